package io.github.overleafha.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy documents as IAM reads them: each statement's effect, actions, resources and conditions. */
class IamPoliciesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode statements(String document) throws IOException {
        JsonNode root = JSON.readTree(document);
        assertThat(root.get("Version").asText()).isEqualTo("2012-10-17");
        return root.get("Statement");
    }

    @Test
    void bucketAccessListsTheBucketsAndReadsWritesAndDeletesTheirObjectsOnly() throws IOException {
        String a = IamPolicies.bucketArn("p-user-files");
        String b = IamPolicies.bucketArn("p-template-files");
        assertThat(a).isEqualTo("arn:aws:s3:::p-user-files");
        assertThat(IamPolicies.bucketAccess(a, b)).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"ListBucket\",\"Effect\":\"Allow\",\"Action\":[\"s3:ListBucket\",\"s3:ListBucketMultipartUploads\"],"
                + "\"Resource\":[\"arn:aws:s3:::p-user-files\",\"arn:aws:s3:::p-template-files\"]},"
                + "{\"Sid\":\"ReadWriteObjects\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\",\"s3:DeleteObject\","
                + "\"s3:AbortMultipartUpload\",\"s3:ListMultipartUploadParts\"],"
                + "\"Resource\":[\"arn:aws:s3:::p-user-files/*\",\"arn:aws:s3:::p-template-files/*\"]}]}");
    }

    @Test
    void insecureTransportIsDeniedToEveryoneOnTheBucketAndItsObjects() throws IOException {
        JsonNode deny = statements(IamPolicies.denyInsecureTransport("arn:aws:s3:::p-chunks")).get(0);
        assertThat(deny.get("Effect").asText()).isEqualTo("Deny");
        assertThat(deny.get("Principal").asText()).isEqualTo("*");
        assertThat(deny.get("Action")).extracting(JsonNode::asText).containsExactly("s3:*");
        assertThat(deny.get("Resource")).extracting(JsonNode::asText)
                .containsExactly("arn:aws:s3:::p-chunks", "arn:aws:s3:::p-chunks/*");
        assertThat(deny.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
    }

    @Test
    void aNodeReadsItsSecretAndNothingElse() throws IOException {
        JsonNode read = statements(IamPolicies.readSecret("arn:aws:secretsmanager:eu-west-1:1:secret:s")).get(0);
        assertThat(read.get("Action")).extracting(JsonNode::asText).containsExactly("secretsmanager:GetSecretValue");
        assertThat(read.get("Resource")).extracting(JsonNode::asText).containsExactly("arn:aws:secretsmanager:eu-west-1:1:secret:s");
        assertThat(read.has("Condition")).isFalse();
    }

    @Test
    void onlyTheNamedServiceMayAssumeTheRole() throws IOException {
        JsonNode trust = statements(IamPolicies.assumeRoleBy("ec2.amazonaws.com")).get(0);
        assertThat(trust.get("Effect").asText()).isEqualTo("Allow");
        assertThat(trust.at("/Principal/Service").asText()).isEqualTo("ec2.amazonaws.com");
        assertThat(trust.get("Action").asText()).isEqualTo("sts:AssumeRole");
    }
}
