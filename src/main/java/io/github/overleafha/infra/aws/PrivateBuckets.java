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
import com.pulumi.resources.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What every bucket of the stack gets: no public access, no ACLs (owner enforced), S3-managed encryption, and its
 * settings written one at a time. Each setting names its bucket, so it is known in a first preview.
 * <p>
 * S3 may answer a bucket-level write made while another is in progress on the same bucket with 409 OperationAborted
 * ("A conflicting conditional operation is currently in progress"): reported for the policy beside the public access
 * block (terraform-provider-aws#7628) and beside the ownership controls. AWS documents no pair as safe, and the
 * provider's retries of that error are bounded (a new bucket's public access block ran out of them in
 * terraform-provider-aws#36873), so every setting of a bucket waits for the one before it.
 */
final class PrivateBuckets {

    private PrivateBuckets() {
    }

    /**
     * One bucket's settings in the order they are written: each created after the one before, the first after the
     * bucket. Each is kept as its bucket is (the bucket's options): protected with a protected bucket, retained with a
     * retained one. A setting is a separate resource that depends on its bucket, so the engine deletes it first: one
     * less protected than its bucket would be deleted before a destroy (or a removal without preview) stops at the
     * protected bucket, and one not retained would be deleted from a bucket a destroy leaves (terraform-provider-aws
     * deletes the public access block, policy, lifecycle, encryption and ownership configurations, and suspends
     * versioning).
     */
    static final class Settings {

        private final Function<Resource[], CustomResourceOptions> bucketOptionsAfter;
        private Resource last;

        private Settings(Resource bucket, Function<Resource[], CustomResourceOptions> bucketOptionsAfter) {
            this.bucketOptionsAfter = bucketOptionsAfter;
            this.last = bucket;
        }

        /**
         * Declares the next setting with the bucket's options, made to wait for the previous setting and for
         * {@code alsoAfter}.
         */
        <R extends Resource> R next(Function<CustomResourceOptions, R> setting, Resource... alsoAfter) {
            return nextDeletable(bucketOptionsAfter, setting, alsoAfter);
        }

        /**
         * Declares the next setting, in the same order, with options of its own ({@code optionsAfter}, given what it
         * waits for) instead of the bucket's: for a setting whose deletion takes nothing from the kept bucket and is
         * a change the stack must be able to make (a replication rule, when the recovery region is turned off).
         */
        <R extends Resource> R nextDeletable(Function<Resource[], CustomResourceOptions> optionsAfter,
                                             Function<CustomResourceOptions, R> setting, Resource... alsoAfter) {
            List<Resource> dependencies = new ArrayList<>(List.of(last));
            dependencies.addAll(List.of(alsoAfter));
            R declared = setting.apply(optionsAfter.apply(dependencies.toArray(Resource[]::new)));
            last = declared;
            return declared;
        }
    }

    /**
     * The settings every bucket gets, in this order: public access blocked (first: S3 rejects a bucket policy written
     * while the block is being applied), ownership enforced, encrypted with S3-managed keys. The caller adds its own
     * settings with {@link Settings#next}.
     *
     * @param bucketOptionsAfter the bucket's own options (its component as parent, its provider, protect or retain on
     *                           delete) made to wait for the given resources: each setting's options
     */
    static Settings of(String name, String bucketName, Resource bucket,
                       Function<Resource[], CustomResourceOptions> bucketOptionsAfter) {
        var settings = new Settings(bucket, bucketOptionsAfter);
        settings.next(options -> blockPublicAccess(name, bucketName, options));
        settings.next(options -> enforceOwnership(name, bucketName, options));
        settings.next(options -> encryptWithS3Keys(name, bucketName, options));
        return settings;
    }

    private static BucketPublicAccessBlock blockPublicAccess(String name, String bucketName, CustomResourceOptions options) {
        return new BucketPublicAccessBlock(name, BucketPublicAccessBlockArgs.builder()
                .bucket(bucketName)
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), options);
    }

    private static BucketOwnershipControls enforceOwnership(String name, String bucketName, CustomResourceOptions options) {
        return new BucketOwnershipControls(name, BucketOwnershipControlsArgs.builder()
                .bucket(bucketName)
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), options);
    }

    /** SSE-S3 (AES256): the only encryption ALB log delivery supports, and enough for the others. */
    private static BucketServerSideEncryptionConfigurationV2 encryptWithS3Keys(String name, String bucketName,
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
