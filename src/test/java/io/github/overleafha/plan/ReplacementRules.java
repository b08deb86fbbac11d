package io.github.overleafha.plan;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which inputs of a resource type the provider can only change by replacing the resource: the one table the Day-2
 * tests use (through {@link PlanDiff}). Taken from terraform-provider-aws (which pulumi-aws 6.x wraps; its
 * schema's {@code ForceNew: true}, which Pulumi reports as a replacement), files under {@code internal/service/}:
 * <ul>
 *   <li>{@code autoscaling/group.go}: {@code name}, {@code name_prefix}, {@code initial_lifecycle_hook}. Everything
 *   else updates in place; a changed {@code launch_template} (an explicit version) starts an instance refresh.</li>
 *   <li>{@code ec2/ec2_launch_template.go}: {@code name}, {@code name_prefix}. Every other change makes a new
 *   template version (with {@code update_default_version}, the default one).</li>
 *   <li>{@code ec2/vpc_network_interface.go}: {@code subnet_id}, {@code interface_type}.</li>
 *   <li>{@code ec2/ebs_volume.go}: {@code availability_zone}, {@code encrypted}, {@code kms_key_id},
 *   {@code snapshot_id}, {@code outpost_arn}. Size, type, IOPS and throughput are modified in place.</li>
 *   <li>{@code ssm/parameter.go}: {@code name}. {@code logs/group.go}: {@code name}, {@code name_prefix}.</li>
 *   <li>{@code iam/policy.go}: {@code name}, {@code name_prefix}, {@code path}, {@code description}.
 *   {@code iam/role.go} and {@code iam/instance_profile.go}: {@code name}, {@code name_prefix}, {@code path}.
 *   {@code iam/role_policy_attachment.go}: {@code role}, {@code policy_arn}.</li>
 *   <li>{@code elbv2/target_group.go}: {@code name}, {@code name_prefix}, {@code port}, {@code protocol},
 *   {@code protocol_version}, {@code target_type}, {@code vpc_id}. {@code elbv2/listener.go}:
 *   {@code load_balancer_arn}. {@code elbv2/listener_rule.go}: {@code listener_arn}.</li>
 *   <li>{@code route53/zone.go}: {@code name}, {@code delegation_set_id}; its {@code vpc} associations change in
 *   place (the new one first). {@code route53/record.go}: {@code name}, {@code zone_id}; {@code records} and
 *   {@code ttl} are upserted in place.</li>
 *   <li>A bucket's settings, {@code s3/bucket_public_access_block.go}, {@code bucket_ownership_controls.go},
 *   {@code bucket_policy.go}, {@code bucket_replication_configuration.go}: {@code bucket};
 *   {@code bucket_server_side_encryption_configuration.go}, {@code bucket_versioning.go},
 *   {@code bucket_lifecycle_configuration.go}: {@code bucket}, {@code expected_bucket_owner}. Their rules, policy,
 *   status and replication role are put again in place.</li>
 * </ul>
 * Names are Pulumi's (camelCase) spelling of the same properties.
 */
public final class ReplacementRules {

    private static final Map<String, Set<String>> REPLACING_INPUTS = Map.ofEntries(
            Map.entry("aws:autoscaling/group:Group", Set.of("name", "namePrefix", "initialLifecycleHooks")),
            Map.entry("aws:ec2/launchTemplate:LaunchTemplate", Set.of("name", "namePrefix")),
            Map.entry("aws:ec2/networkInterface:NetworkInterface", Set.of("subnetId", "interfaceType")),
            Map.entry("aws:ebs/volume:Volume", Set.of("availabilityZone", "encrypted", "kmsKeyId", "snapshotId", "outpostArn")),
            Map.entry("aws:ssm/parameter:Parameter", Set.of("name")),
            Map.entry("aws:cloudwatch/logGroup:LogGroup", Set.of("name", "namePrefix")),
            Map.entry("aws:iam/policy:Policy", Set.of("name", "namePrefix", "path", "description")),
            Map.entry("aws:iam/role:Role", Set.of("name", "namePrefix", "path")),
            Map.entry("aws:iam/instanceProfile:InstanceProfile", Set.of("name", "namePrefix", "path")),
            Map.entry("aws:iam/rolePolicyAttachment:RolePolicyAttachment", Set.of("role", "policyArn")),
            Map.entry("aws:lb/targetGroup:TargetGroup",
                    Set.of("name", "namePrefix", "port", "protocol", "protocolVersion", "targetType", "vpcId")),
            Map.entry("aws:lb/listener:Listener", Set.of("loadBalancerArn")),
            Map.entry("aws:lb/listenerRule:ListenerRule", Set.of("listenerArn")),
            Map.entry("aws:route53/zone:Zone", Set.of("name", "delegationSetId")),
            Map.entry("aws:route53/record:Record", Set.of("name", "zoneId")),
            Map.entry("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", Set.of("bucket")),
            Map.entry("aws:s3/bucketOwnershipControls:BucketOwnershipControls", Set.of("bucket")),
            Map.entry("aws:s3/bucketPolicy:BucketPolicy", Set.of("bucket")),
            Map.entry("aws:s3/bucketReplicationConfig:BucketReplicationConfig", Set.of("bucket")),
            Map.entry("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                    Set.of("bucket", "expectedBucketOwner")),
            Map.entry("aws:s3/bucketVersioningV2:BucketVersioningV2", Set.of("bucket", "expectedBucketOwner")),
            Map.entry("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
                    Set.of("bucket", "expectedBucketOwner")));

    private ReplacementRules() {
    }

    /** The inputs of {@code type} whose change replaces it; empty when the table does not cover the type. */
    public static Optional<Set<String>> replacingInputs(String type) {
        return Optional.ofNullable(REPLACING_INPUTS.get(type));
    }
}
