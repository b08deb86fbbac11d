package io.github.overleafha.infra.aws;

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
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.core.ElbLogDelivery;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;
import io.github.overleafha.render.IamPolicies;

import java.util.Map;

/**
 * A bucket of its own for the load balancer's access logs: encrypted with S3-managed keys (the only kind log
 * delivery supports), private, TLS-only, writable under {@code AWSLogs/} by the region's log delivery principal,
 * and emptied of logs older than the retention.
 */
public final class AccessLogs extends Component {

    private final BucketV2 bucket;
    private final BucketPolicy policy;

    public AccessLogs(String name, String bucketName, String region, int retentionDays, StackTags tags,
                      ComponentResourceOptions options) {
        super("aws:AccessLogs", name, options);
        bucket = new BucketV2(childName("bucket"), BucketV2Args.builder()
                .bucket(bucketName)
                // Logs only: a destroy may take them along.
                .forceDestroy(true)
                .tags(tags(tags, bucketName))
                .build(), child());
        var publicAccessBlock = new BucketPublicAccessBlock(childName("bucket"), BucketPublicAccessBlockArgs.builder()
                .bucket(bucket.id())
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), child());
        // Chained: S3 sub-resources applied at once to one bucket can fail with 409 OperationAborted.
        var ownership = new BucketOwnershipControls(childName("bucket"), BucketOwnershipControlsArgs.builder()
                .bucket(bucket.id())
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), childAfter(publicAccessBlock));
        var encryption = new BucketServerSideEncryptionConfigurationV2(childName("bucket"),
                BucketServerSideEncryptionConfigurationV2Args.builder()
                        .bucket(bucket.id())
                        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                                .applyServerSideEncryptionByDefault(
                                        BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                                .sseAlgorithm("AES256")
                                                .build())
                                .build())
                        .build(), childAfter(ownership));
        var lifecycle = new BucketLifecycleConfigurationV2(childName("bucket"), BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-access-logs")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder().days(retentionDays).build())
                        .build())
                .build(), childAfter(encryption));
        Map<String, String> principal = ElbLogDelivery.principal(region);
        policy = new BucketPolicy(childName("bucket"), BucketPolicyArgs.builder()
                .bucket(bucket.id())
                .policy(bucket.arn().applyValue(arn -> IamPolicies.accessLogDelivery(arn, principal)))
                .build(), childAfter(lifecycle));
        registerOutputs(Map.of("bucket", bucket.bucket()));
    }

    public Output<String> bucketName() {
        return bucket.bucket();
    }

    /** The load balancer checks it may write when logging is turned on: it must come after this. */
    public Resource writable() {
        return policy;
    }
}
