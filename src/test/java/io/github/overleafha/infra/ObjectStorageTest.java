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

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
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
        // Beside them only the access-log bucket, which holds no user data.
        assertThat(ofType(plan, "aws:s3/bucketV2:BucketV2")).filteredOn(bucket -> !"access-logs".equals(bucket.parent()))
                .extracting(bucket -> text(bucket, "bucket"))
                .containsExactlyInAnyOrderElementsOf(SUFFIXES.stream().map(s -> "example-edu-overleaf-dev-" + s).toList());
        assertThat(ofType(plan, "aws:s3/bucketV2:BucketV2")).filteredOn(bucket -> !"access-logs".equals(bucket.parent())).allSatisfy(bucket -> {
            assertThat(input(bucket, "forceDestroy").asBoolean()).isFalse();
            assertThat(bucket.protect()).isTrue();
            assertThat(bucket.parent()).isEqualTo("storage");
        });
    }

    @Test
    void everyBucketBlocksPublicAccessAndEnforcesOwnership() {
        for (String suffix : SUFFIXES) {
            PlannedResource block = get(plan, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "storage-" + suffix);
            // The bucket's name (its id), known before the bucket exists.
            assertThat(text(block, "bucket")).isEqualTo("example-edu-overleaf-dev-" + suffix);
            for (String setting : List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")) {
                assertThat(input(block, setting).asBoolean()).as(setting).isTrue();
            }
            assertThat(text(get(plan, "aws:s3/bucketOwnershipControls:BucketOwnershipControls", "storage-" + suffix), "rule.objectOwnership")).isEqualTo("BucketOwnerEnforced");
        }
    }

    @Test
    void everyBucketIsEncryptedVersionedAndExpiresOldVersions() {
        for (String suffix : SUFFIXES) {
            String name = "storage-" + suffix;
            assertThat(text(get(plan, "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2", name), "rules.0.applyServerSideEncryptionByDefault.sseAlgorithm")).isEqualTo("AES256");
            assertThat(text(get(plan, "aws:s3/bucketVersioningV2:BucketVersioningV2", name), "versioningConfiguration.status")).isEqualTo("Enabled");
            PlannedResource lifecycle = get(plan, "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", name);
            assertThat(text(lifecycle, "rules.0.status")).isEqualTo("Enabled");
            assertThat(input(lifecycle, "rules.0.noncurrentVersionExpiration.noncurrentDays").asInt()).isEqualTo(30);
            assertThat(text(lifecycle, "rules.0.filter.prefix")).isEmpty();
            assertThat(input(lifecycle, "rules.0.expiration.expiredObjectDeleteMarker").asBoolean()).isTrue();
            assertThat(input(lifecycle, "rules.0.abortIncompleteMultipartUpload.daysAfterInitiation").asInt()).isEqualTo(7);
        }
    }

    @Test
    void everyBucketDeniesRequestsWithoutTls() throws Exception {
        for (String suffix : SUFFIXES) {
            String bucketArn = "arn:aws:s3:::example-edu-overleaf-dev-" + suffix;
            JsonNode policy = JSON.readTree(text(get(plan, "aws:s3/bucketPolicy:BucketPolicy", "storage-" + suffix), "policy"));
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
            JsonNode statements = JSON.readTree(text(get(plan, "aws:iam/policy:Policy", "storage-" + suffix + "-access"), "policy"))
                    .path("Statement");
            assertThat(statements).hasSize(2);
            assertThat(statements.get(0).path("Action")).extracting(JsonNode::asText).containsExactly("s3:ListBucket", "s3:ListBucketMultipartUploads");
            assertThat(statements.get(0).path("Resource")).extracting(JsonNode::asText).containsExactly(bucketArn);
            assertThat(statements.get(1).path("Action")).extracting(JsonNode::asText)
                    .containsExactly("s3:GetObject", "s3:PutObject", "s3:DeleteObject",
                        "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts");
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
