package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.TestStacks;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectStorageTest {

    private static final List<String> SUFFIXES = List.of("user-files", "template-files", "project-blobs", "chunks");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.devPlan(Map.of("noncurrentVersionExpirationDays", "30"));
    }

    @Test
    void theGuidesFourBucketsAreNamedFromThePrefixAndProtected() {
        assertThat(plan.ofType("aws:s3/bucketV2:BucketV2"))
                .extracting(bucket -> bucket.text("bucket"))
                .containsExactlyInAnyOrderElementsOf(SUFFIXES.stream().map(s -> "example-edu-overleaf-dev-" + s).toList());
        assertThat(plan.ofType("aws:s3/bucketV2:BucketV2")).allSatisfy(bucket -> {
            assertThat(bucket.input("forceDestroy").asBoolean()).isFalse();
            assertThat(bucket.protect()).isTrue();
            assertThat(bucket.parent()).isEqualTo("storage");
        });
    }

    @Test
    void everyBucketBlocksPublicAccessAndEnforcesOwnership() {
        for (String suffix : SUFFIXES) {
            PlannedResource block = plan.get("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "storage-" + suffix);
            // The bucket's name (its id), known before the bucket exists.
            assertThat(block.text("bucket")).isEqualTo("example-edu-overleaf-dev-" + suffix);
            for (String setting : List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")) {
                assertThat(block.input(setting).asBoolean()).as(setting).isTrue();
            }
            assertThat(plan.get("aws:s3/bucketOwnershipControls:BucketOwnershipControls", "storage-" + suffix)
                    .text("rule.objectOwnership")).isEqualTo("BucketOwnerEnforced");
        }
    }

    @Test
    void everyBucketIsEncryptedVersionedAndExpiresOldVersions() {
        for (String suffix : SUFFIXES) {
            String name = "storage-" + suffix;
            assertThat(plan.get("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2", name)
                    .text("rules.0.applyServerSideEncryptionByDefault.sseAlgorithm")).isEqualTo("AES256");
            assertThat(plan.get("aws:s3/bucketVersioningV2:BucketVersioningV2", name)
                    .text("versioningConfiguration.status")).isEqualTo("Enabled");
            PlannedResource lifecycle = plan.get("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", name);
            assertThat(lifecycle.text("rules.0.status")).isEqualTo("Enabled");
            assertThat(lifecycle.input("rules.0.noncurrentVersionExpiration.noncurrentDays").asInt()).isEqualTo(30);
            assertThat(lifecycle.text("rules.0.filter.prefix")).isEmpty();
        }
    }

    @Test
    void everyBucketDeniesRequestsWithoutTls() throws Exception {
        for (String suffix : SUFFIXES) {
            String bucketArn = "arn:aws:s3:::example-edu-overleaf-dev-" + suffix;
            JsonNode policy = JSON.readTree(plan.get("aws:s3/bucketPolicy:BucketPolicy", "storage-" + suffix).text("policy"));
            JsonNode statement = policy.path("Statement").get(0);
            assertThat(statement.path("Effect").asText()).isEqualTo("Deny");
            assertThat(statement.path("Principal").asText()).isEqualTo("*");
            assertThat(statement.path("Condition").path("Bool").path("aws:SecureTransport").asText()).isEqualTo("false");
            assertThat(statement.path("Resource")).extracting(JsonNode::asText).containsExactly(bucketArn, bucketArn + "/*");
        }
    }

    @Test
    void eachBucketHasItsOwnLeastPrivilegePolicy() throws Exception {
        for (String suffix : SUFFIXES) {
            String bucketArn = "arn:aws:s3:::example-edu-overleaf-dev-" + suffix;
            JsonNode statements = JSON.readTree(plan.get("aws:iam/policy:Policy", "storage-" + suffix + "-access").text("policy"))
                    .path("Statement");
            assertThat(statements).hasSize(2);
            assertThat(statements.get(0).path("Action")).extracting(JsonNode::asText).containsExactly("s3:ListBucket");
            assertThat(statements.get(0).path("Resource")).extracting(JsonNode::asText).containsExactly(bucketArn);
            assertThat(statements.get(1).path("Action")).extracting(JsonNode::asText)
                    .containsExactly("s3:GetObject", "s3:PutObject", "s3:DeleteObject");
            assertThat(statements.get(1).path("Resource")).extracting(JsonNode::asText).containsExactly(bucketArn + "/*");
            assertThat(statements).allSatisfy(s -> assertThat(s.path("Effect").asText()).isEqualTo("Allow"));
        }
    }

    @Test
    void bucketNamesAreAStackOutput() {
        assertThat(plan.outputs().get("bucketNames").path("project-blobs").asText())
                .isEqualTo("example-edu-overleaf-dev-project-blobs");
    }
}
