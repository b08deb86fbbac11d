package io.github.overleafha.infra.aws;

import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.AwsAccount;
import io.github.overleafha.core.BucketRole;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;
import io.github.overleafha.render.IamPolicies;

import java.util.EnumMap;
import java.util.Map;

/**
 * The guide's four buckets, each private, encrypted, TLS-only and versioned, and the guide's four IAM policies,
 * one per bucket. Buckets are protected: destroying the stack must not destroy users' files.
 */
public final class ObjectStorage extends Component {

    /** Uploads abandoned half-way still cost storage; a week is ample for any upload to finish. */
    private static final int ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS = 7;

    private final String bucketNamePrefix;
    private final Map<BucketRole, Output<String>> accessPolicyArns = new EnumMap<>(BucketRole.class);

    /**
     * @param retainOnDestroy the buckets are retained by {@code pulumi destroy} instead of protected
     * @param account the stack's partition and account: bucket ARNs are built from the names, so every policy here
     *                is known in a first preview
     */
    public ObjectStorage(String name, StackConfig.Storage config, boolean retainOnDestroy, Output<AwsAccount> account,
                         StackTags tags,
                         ComponentResourceOptions options) {
        super("aws:ObjectStorage", name, options);
        bucketNamePrefix = config.bucketNamePrefix();
        for (BucketRole role : BucketRole.values()) {
            String bucketName = role.bucketName(bucketNamePrefix);
            Output<String> bucketArn = account.applyValue(a -> a.s3Bucket(bucketName));
            BucketV2 bucket = bucket(role, bucketName, bucketArn, config, retainOnDestroy, tags);
            var accessPolicy = new Policy(childName(role.suffix() + "-access"), PolicyArgs.builder()
                    .description("Server Pro nodes: list " + bucketName + " and read, write and delete its objects")
                    .policy(bucketArn.applyValue(IamPolicies::bucketAccess))
                    .tags(tags(tags, childName(role.suffix() + "-access")))
                    .build(), childAfter(bucket));
            accessPolicyArns.put(role, AwsAccounts.policyArn(account, accessPolicy));
        }
        registerOutputs(Map.of("bucketNames", Output.of(bucketNames())));
    }

    /** The bucket and its settings; the settings name the bucket (its id) and wait for it to exist. */
    private BucketV2 bucket(BucketRole role, String bucketName, Output<String> bucketArn, StackConfig.Storage config,
                            boolean retainOnDestroy, StackTags tags) {
        String base = childName(role.suffix());
        var bucket = new BucketV2(base, BucketV2Args.builder()
                .bucket(bucketName)
                .forceDestroy(false)
                .tags(tags(tags, bucketName))
                .build(), dataChild(retainOnDestroy));
        var publicAccessBlock = new BucketPublicAccessBlock(base, BucketPublicAccessBlockArgs.builder()
                .bucket(bucketName)
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), childAfter(bucket));
        new BucketOwnershipControls(base, BucketOwnershipControlsArgs.builder()
                .bucket(bucketName)
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), childAfter(bucket));
        new BucketServerSideEncryptionConfigurationV2(base, BucketServerSideEncryptionConfigurationV2Args.builder()
                .bucket(bucketName)
                .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                        .applyServerSideEncryptionByDefault(
                                BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                        .sseAlgorithm("AES256")
                                        .build())
                        .build())
                .build(), childAfter(bucket));
        var versioning = new BucketVersioningV2(base, BucketVersioningV2Args.builder()
                .bucket(bucketName)
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                .build(), childAfter(bucket));
        new BucketLifecycleConfigurationV2(base, BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucketName)
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-noncurrent-versions")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
                                .noncurrentDays(config.noncurrentVersionExpirationDays())
                                .build())
                        .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
                                .daysAfterInitiation(ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS)
                                .build())
                        .build())
                .build(), childAfter(versioning));
        // S3 rejects a bucket policy written while the public access block is still being applied.
        new BucketPolicy(base, BucketPolicyArgs.builder()
                .bucket(bucketName)
                .policy(bucketArn.applyValue(IamPolicies::denyInsecureTransport))
                .build(), childAfter(bucket, publicAccessBlock));
        return bucket;
    }

    /** Bucket names by role suffix. */
    public Map<String, String> bucketNames() {
        return BucketRole.namesBySuffix(bucketNamePrefix);
    }

    /** The access policy of one bucket, for the nodes' role. */
    public Output<String> accessPolicyArn(BucketRole role) {
        return accessPolicyArns.get(role);
    }
}
