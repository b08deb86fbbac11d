package io.github.overleafha.infra.aws;

import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.core.AwsAccount;
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

    /**
     * @param bucketName    the log bucket's name, unique in S3
     * @param retentionDays logs older than this are deleted
     * @param account       the stack's partition, region and account: the region decides which principal delivers the
     *                      load balancer's logs; the bucket's ARN is built from its name, so its policy is known in a
     *                      first preview
     */
    public record Args(String bucketName, int retentionDays, Output<AwsAccount> account, StackTags tags) {
    }

    public AccessLogs(String name, Args args, ComponentResourceOptions options) {
        super("aws:AccessLogs", name, options);
        String bucketName = args.bucketName();
        int retentionDays = args.retentionDays();
        Output<AwsAccount> account = args.account();
        StackTags tags = args.tags();
        bucket = new BucketV2(childName("bucket"), BucketV2Args.builder()
                .bucket(bucketName)
                // Logs only: a destroy may take them along.
                .forceDestroy(true)
                .tags(tags(tags, bucketName))
                .build(), child());
        var settings = PrivateBuckets.of(childName("bucket"), bucketName, bucket, this::childAfter);
        settings.next(inOrder -> new BucketLifecycleConfigurationV2(childName("bucket"), BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucketName)
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-access-logs")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder().days(retentionDays).build())
                        .build())
                .build(), inOrder));
        policy = settings.next(inOrder -> new BucketPolicy(childName("bucket"), BucketPolicyArgs.builder()
                .bucket(bucketName)
                .policy(account.applyValue(a -> IamPolicies.accessLogDelivery(a.s3Bucket(bucketName), ElbLogDelivery.principal(a))))
                .build(), inOrder));
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
