package io.github.overleafha.infra.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketReplicationConfig;
import com.pulumi.aws.s3.BucketReplicationConfigArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleDeleteMarkerReplicationArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleDestinationArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.core.AwsAccount;
import io.github.overleafha.core.BucketRole;
import io.github.overleafha.core.StackNames;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;
import io.github.overleafha.render.IamPolicies;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The guide's four buckets, each private, encrypted, TLS-only and versioned, and the guide's four IAM policies,
 * one per bucket. Buckets and their settings are protected (or retained, with retainDataOnDestroy): destroying the
 * stack must not destroy users' files, nor leave them less protected. With a recovery region, each is replicated to
 * a bucket of its own there.
 */
public final class ObjectStorage extends Component {

    /** Uploads abandoned half-way still cost storage; a week is ample for any upload to finish. */
    private static final int ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS = 7;

    private final String bucketNamePrefix;
    private final Map<BucketRole, Output<String>> accessPolicyArns = new EnumMap<>(BucketRole.class);

    /**
     * @param bucketNamePrefix                each bucket's name is this and its role's suffix
     * @param noncurrentVersionExpirationDays overwritten and deleted objects' old versions are kept this long
     * @param retainOnDestroy                 the buckets (and replicas) are retained by {@code pulumi destroy} instead
     *                                        of protected
     * @param account                         the stack's partition and account: bucket ARNs are built from the names,
     *                                        so every policy here is known in a first preview
     * @param replication                     the recovery region, if any
     */
    public record Args(String bucketNamePrefix, int noncurrentVersionExpirationDays, boolean retainOnDestroy,
                       Output<AwsAccount> account, Optional<Replication> replication, StackTags tags) {
    }

    public ObjectStorage(String name, Args args, ComponentResourceOptions options) {
        super("aws:ObjectStorage", name, options);
        String bucketNamePrefix = args.bucketNamePrefix();
        int noncurrentVersionExpirationDays = args.noncurrentVersionExpirationDays();
        boolean retainOnDestroy = args.retainOnDestroy();
        Output<AwsAccount> account = args.account();
        Optional<Replication> replication = args.replication();
        StackTags tags = args.tags();
        this.bucketNamePrefix = bucketNamePrefix;
        Optional<Role> replicationRole = replication.map(r -> replicationRole(tags));
        for (BucketRole role : BucketRole.values()) {
            String bucketName = role.bucketName(bucketNamePrefix);
            Output<String> bucketArn = account.applyValue(a -> a.s3Bucket(bucketName));
            Versioned source = bucket(childName(role.suffix()), bucketName, bucketArn,
                    noncurrentVersionExpirationDays, retainOnDestroy, Optional.empty(), tags);
            var accessPolicy = new Policy(childName(role.suffix() + "-access"), PolicyArgs.builder()
                    .description("Server Pro nodes: list " + bucketName + " and read, write and delete its objects")
                    .policy(bucketArn.applyValue(IamPolicies::bucketAccess))
                    .tags(tags(tags, childName(role.suffix() + "-access")))
                    .build(), childAfter(source.bucket()));
            accessPolicyArns.put(role, AwsAccounts.policyArn(account, accessPolicy));
            if (replication.isPresent()) {
                String replicaName = StackNames.replicaBucket(bucketName);
                Output<String> replicaArn = account.applyValue(a -> a.s3Bucket(replicaName));
                Versioned replica = bucket(childName(role.suffix() + "-replica"), replicaName, replicaArn,
                        noncurrentVersionExpirationDays, retainOnDestroy, Optional.of(replication.get().provider()),
                        tags);
                replicate(role, bucketName, source, bucketArn, replica, replicaArn, replicationRole.orElseThrow());
            }
        }
        registerOutputs(Map.of("bucketNames", Output.of(bucketNames())));
    }

    /** The provider that creates resources in the recovery region. */
    public record Replication(Provider provider) {
    }

    /** A bucket, its versioning, and its settings, to which the replication rule (a setting too) is added. */
    private record Versioned(BucketV2 bucket, BucketVersioningV2 versioning, PrivateBuckets.Settings settings) {
    }

    private Role replicationRole(StackTags tags) {
        return new Role(childName("replication"), RoleArgs.builder()
                .description("S3 replication of the Overleaf buckets to the recovery region")
                .assumeRolePolicy(IamPolicies.assumeRoleBy("s3.amazonaws.com"))
                .tags(tags(tags, childName("replication")))
                .build(), child());
    }

    /** Every object version and delete marker of the source copied to the replica, by S3 itself. */
    private void replicate(BucketRole role, String bucketName, Versioned source, Output<String> sourceArn,
                           Versioned replica, Output<String> replicaArn, Role replicationRole) {
        String base = childName(role.suffix() + "-replication");
        var policy = new RolePolicy(base, RolePolicyArgs.builder()
                .role(replicationRole.id())
                .policy(Output.tuple(sourceArn, replicaArn).applyValue(arns -> IamPolicies.replicate(arns.t1, arns.t2)))
                .build(), child());
        // Neither protected nor retained with the source: deleting the rule only stops copying (both buckets and
        // their settings stay), it cannot copy without the role, which is no data, and turning the recovery region
        // off must remove it rather than leave a rule with no role on the source.
        source.settings().nextDeletable(this::childAfter,
                inOrder -> new BucketReplicationConfig(base, BucketReplicationConfigArgs.builder()
                .bucket(bucketName)
                .role(replicationRole.arn())
                .rules(BucketReplicationConfigRuleArgs.builder()
                        .id("replicate-everything")
                        .status("Enabled")
                        .filter(BucketReplicationConfigRuleFilterArgs.builder().prefix("").build())
                        .deleteMarkerReplication(BucketReplicationConfigRuleDeleteMarkerReplicationArgs.builder()
                                .status("Enabled").build())
                        .destination(BucketReplicationConfigRuleDestinationArgs.builder()
                                .bucket(replicaArn)
                                .storageClass("STANDARD")
                                .build())
                        .build())
                .build(), inOrder),
                // S3 refuses a replication rule unless both buckets are versioned.
                source.versioning(), replica.versioning(), policy);
    }

    /**
     * A bucket holding users' data, and each of its settings: protected, or retained by a destroy
     * (retainDataOnDestroy), made to wait for {@code after}.
     */
    private CustomResourceOptions data(Optional<Provider> provider, boolean retainOnDestroy, Resource... after) {
        var options = dataChildOptions(retainOnDestroy, after);
        provider.ifPresent(options::provider);
        return options.build();
    }

    /**
     * A private, encrypted, TLS-only, versioned bucket, in the stack's region or (with a provider) another. Its
     * settings name the bucket, are written one at a time, after it, and are kept as it is ({@link PrivateBuckets}).
     */
    private Versioned bucket(String base, String bucketName, Output<String> bucketArn, int noncurrentDays,
                             boolean retainOnDestroy, Optional<Provider> provider, StackTags tags) {
        var bucket = new BucketV2(base, BucketV2Args.builder()
                .bucket(bucketName)
                .forceDestroy(false)
                .tags(tags(tags, bucketName))
                .build(), data(provider, retainOnDestroy));
        var settings = PrivateBuckets.of(base, bucketName, bucket, after -> data(provider, retainOnDestroy, after));
        var versioning = settings.next(inOrder -> new BucketVersioningV2(base, BucketVersioningV2Args.builder()
                .bucket(bucketName)
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                .build(), inOrder));
        settings.next(inOrder -> new BucketLifecycleConfigurationV2(base, BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucketName)
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-noncurrent-versions")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
                                .noncurrentDays(noncurrentDays)
                                .build())
                        .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
                                .daysAfterInitiation(ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS)
                                .build())
                        // Once its noncurrent versions have expired, a delete marker hides nothing: without this
                        // rule every deleted object would leave one behind forever, slowing listings.
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder()
                                .expiredObjectDeleteMarker(true)
                                .build())
                        .build())
                .build(), inOrder));
        settings.next(inOrder -> new BucketPolicy(base, BucketPolicyArgs.builder()
                .bucket(bucketName)
                .policy(bucketArn.applyValue(IamPolicies::denyInsecureTransport))
                .build(), inOrder));
        return new Versioned(bucket, versioning, settings);
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
