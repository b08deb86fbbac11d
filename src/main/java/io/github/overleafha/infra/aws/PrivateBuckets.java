package io.github.overleafha.infra.aws;

import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.resources.CustomResourceOptions;

/**
 * What every bucket of the stack gets: no public access, no ACLs (owner enforced), S3-managed encryption. Each setting
 * names its bucket, so it is known in a first preview; its options must make it wait for the bucket.
 */
final class PrivateBuckets {

    private PrivateBuckets() {
    }

    static BucketPublicAccessBlock blockPublicAccess(String name, String bucketName, CustomResourceOptions options) {
        return new BucketPublicAccessBlock(name, BucketPublicAccessBlockArgs.builder()
                .bucket(bucketName)
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), options);
    }

    static BucketOwnershipControls enforceOwnership(String name, String bucketName, CustomResourceOptions options) {
        return new BucketOwnershipControls(name, BucketOwnershipControlsArgs.builder()
                .bucket(bucketName)
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), options);
    }

    /** SSE-S3 (AES256): the only encryption ALB log delivery supports, and enough for the others. */
    static BucketServerSideEncryptionConfigurationV2 encryptWithS3Keys(String name, String bucketName,
                                                                      CustomResourceOptions options) {
        return new BucketServerSideEncryptionConfigurationV2(name, BucketServerSideEncryptionConfigurationV2Args.builder()
                .bucket(bucketName)
                .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                        .applyServerSideEncryptionByDefault(
                                BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                        .sseAlgorithm("AES256")
                                        .build())
                        .build())
                .build(), options);
    }
}
