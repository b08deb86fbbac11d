package io.github.overleafha.infra.aws;

import com.pulumi.aws.autoscaling.Group;
import com.pulumi.aws.autoscaling.GroupArgs;
import com.pulumi.aws.autoscaling.inputs.GroupInstanceMaintenancePolicyArgs;
import com.pulumi.aws.autoscaling.inputs.GroupInstanceRefreshArgs;
import com.pulumi.aws.autoscaling.inputs.GroupInstanceRefreshPreferencesArgs;
import com.pulumi.aws.autoscaling.inputs.GroupLaunchTemplateArgs;
import com.pulumi.aws.autoscaling.inputs.GroupTagArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.dlm.LifecyclePolicy;
import com.pulumi.aws.dlm.LifecyclePolicyArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleCreateRuleArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleCrossRegionCopyRuleArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleCrossRegionCopyRuleRetainRuleArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleRetainRuleArgs;
import com.pulumi.aws.ebs.Volume;
import com.pulumi.aws.ebs.VolumeArgs;
import com.pulumi.aws.ec2.LaunchTemplate;
import com.pulumi.aws.ec2.LaunchTemplateArgs;
import com.pulumi.aws.ec2.NetworkInterface;
import com.pulumi.aws.ec2.NetworkInterfaceArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateBlockDeviceMappingArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateBlockDeviceMappingEbsArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateIamInstanceProfileArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateMetadataOptionsArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateMonitoringArgs;
import com.pulumi.aws.ec2.inputs.LaunchTemplateTagSpecificationArgs;
import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.Zone;
import com.pulumi.aws.route53.ZoneArgs;
import com.pulumi.aws.route53.inputs.ZoneVpcArgs;
import com.pulumi.aws.ssm.Parameter;
import com.pulumi.aws.ssm.ParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.AwsAccount;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;
import io.github.overleafha.node.BootSpecs;
import io.github.overleafha.node.CloudConfigRenderer;
import io.github.overleafha.node.NodeBootSpec;
import io.github.overleafha.render.IamPolicies;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Server Pro nodes, as two Auto Scaling groups that replace dead or unhealthy instances themselves:
 * <ul>
 *   <li>the leader (node 1): a one-instance group in node 1's subnet. Its boot takes over node 1's fixed network
 *   interface (every node's GIT_BRIDGE_HOST) and git-bridge's persistent, snapshotted EBS volume; it runs the
 *   migrations and git-bridge;</li>
 *   <li>the followers (nodes 2..N): one group spread over the private subnets' zones, registered with the nodes'
 *   target group, sized {@code nodeCount - 1} (0 in maintenance).</li>
 * </ul>
 * A change of a launch template rolls its group by instance refresh, launching each replacement before the load
 * balancer drains and the group terminates the instance it replaces, one at a time. In maintenance the leader is
 * replaced terminate-first instead, so the old version stops before the new one migrates.
 */
public final class Fleet extends Component {

    static final String BACKUP_TAG = "overleaf-ha:backup";
    static final int GIT_BRIDGE_TTL_SECONDS = 60;
    /** AL2023's root device. */
    private static final String ROOT_DEVICE = "/dev/xvda";
    /**
     * How long the group trusts a new instance before the load balancer's health check counts: it pulls several GB
     * of images, and on a new stack the followers wait for the leader's first migrations.
     */
    static final int HEALTH_CHECK_GRACE_SECONDS = 1800;
    /** How long an instance refresh waits after a replacement is in service before it moves on: its image pulls. */
    static final int REFRESH_WARMUP_SECONDS = 900;

    /** What the fleet takes from the rest of the stack. */
    public record Args(StackConfig config, StackConfig.Aws aws, Output<String> vpcId, Output<List<String>> privateSubnetIds,
                       Output<List<String>> privateSubnetZones,
                       Output<List<String>> trustedProxyCidrs, Output<String> nodeSecurityGroupId,
                       SortedMap<String, Output<String>> policyArns, String sharedSecretName,
                       SortedSet<String> sharedSecretNames, Optional<String> registryCredentialsName,
                       Output<String> redisReplicationGroupId, int redisPort, boolean redisTls,
                       ImageReference serverProImage,
                       ImageReference gitBridgeImage, List<Resource> bootPrerequisites,
                       Output<String> nodesTargetGroupArn, Output<String> gitTargetGroupArn,
                       Output<AwsAccount> account, StackTags tags) {
    }

    private final Group leaderGroup;
    private final Group followerGroup;
    private final Volume gitBridgeVolume;
    private final NetworkInterface leaderInterface;
    private final NodeIdentity leaderIdentity;
    private final NodeIdentity followerIdentity;
    /** Partition and account: the ARNs in the nodes' policies are built from names, known in a first preview. */
    private final Output<AwsAccount> account;

    public Fleet(String name, Args args, ComponentResourceOptions options) {
        super("aws:Fleet", name, options);
        StackConfig config = args.config();
        StackConfig.Aws aws = args.aws();
        StackTags tags = args.tags();
        account = args.account();
        var logGroup = new LogGroup(childName("containers"), LogGroupArgs.builder()
                .name(BootSpecs.logGroupName(config))
                .retentionInDays(aws.nodes().logRetentionDays())
                .tags(tags(tags, childName("containers")))
                .build(), child());
        // The leader writes the value; Pulumi only makes sure the parameter exists.
        var migrations = new Parameter(childName("migrated-version"), ParameterArgs.builder()
                .name(BootSpecs.migrationParameterName(config))
                .type("String")
                .value(NodeBootSpec.NO_MIGRATIONS_YET)
                .description("Server Pro version whose migrations node 1 finished; other nodes wait for it")
                .tags(tags(tags, childName("migrated-version")))
                .build(), CustomResourceOptions.builder().parent(this).ignoreChanges("value").build());

        Output<String> leaderSubnet = args.privateSubnetIds().applyValue(ids -> ids.get(0));
        Output<String> leaderZone = args.privateSubnetZones().applyValue(zones -> zones.get(0));
        // A fixed address for node 1 that survives its replacement: every node's GIT_BRIDGE_HOST points here.
        leaderInterface = new NetworkInterface(childName("node-1"), NetworkInterfaceArgs.builder()
                .subnetId(leaderSubnet)
                .securityGroups(args.nodeSecurityGroupId().applyValue(List::of))
                .description("Server Pro node 1 and git-bridge: a stable address across replacements")
                .tags(leaderResourceTags(config, tags, childName("node-1")))
                .build(), child());
        gitBridgeVolume = gitBridgeVolume(config, aws, leaderZone, tags);

        String leaderGroupName = BootSpecs.leaderGroupName(config);
        String logGroupName = BootSpecs.logGroupName(config);
        String parameterName = BootSpecs.migrationParameterName(config);
        String metricNamespace = config.names().metricNamespace();
        var followerPolicy = operationsPolicy("follower-operations", "Server Pro followers: ship logs, read the migrated version",
                Output.tuple(account, args.redisReplicationGroupId())
                        .applyValue(t -> IamPolicies.followerOperations(t.t1, logGroupName, parameterName, t.t2,
                                metricNamespace)), tags);
        var leaderPolicy = operationsPolicy("leader-operations",
                "Server Pro leader: ship logs, record the migrated version, take node 1's interface and git-bridge's volume",
                Output.tuple(account, args.redisReplicationGroupId())
                        .applyValue(t -> IamPolicies.leaderOperations(t.t1, logGroupName, parameterName,
                                BootSpecs.LEADER_RESOURCE_TAG, BootSpecs.leaderTag(config), leaderGroupName, t.t2,
                                metricNamespace)), tags);
        leaderIdentity = identity("leader", args.policyArns(), leaderPolicy, tags);
        followerIdentity = identity("follower", args.policyArns(), followerPolicy, tags);

        Record gitBridgeName = gitBridgeName(config, args.vpcId(), tags);

        // Only names and config: the user data is known in a first preview. What AWS assigns on create (Redis's
        // endpoint, the secrets' ARNs, the leader's interface and volume ids) the nodes look up as they boot.
        Output<BootSpecs.DeployedFacts> facts = Output.tuple(args.trustedProxyCidrs(), args.redisReplicationGroupId(),
                        logGroup.name(), migrations.name())
                .applyValue(t -> new BootSpecs.DeployedFacts(
                        BootSpecs.environmentInputs(config, aws, args.redisPort(), args.redisTls(), t.t1),
                        args.sharedSecretName(), args.sharedSecretNames(), args.registryCredentialsName(), t.t2,
                        args.serverProImage(), args.gitBridgeImage(), t.t3, t.t4));
        Output<String> leaderUserData = Output.tuple(facts, leaderZone)
                .applyValue(t -> CloudConfigRenderer.render(BootSpecs.leader(config, aws, t.t1,
                        BootSpecs.leaderResources(config, aws, t.t2))));
        Output<String> followerUserData = facts.applyValue(f -> CloudConfigRenderer.render(BootSpecs.follower(config, aws, f)));

        boolean maintenance = aws.maintenance();
        var leaderTemplate = launchTemplate("leader", config, leaderIdentity, leaderUserData, args, tags);
        var followerTemplate = launchTemplate("follower", config, followerIdentity, followerUserData, args, tags);
        List<Resource> leaderBoot = bootPrerequisites(args, leaderIdentity, gitBridgeName);
        List<Resource> followerBoot = bootPrerequisites(args, followerIdentity, gitBridgeName);
        leaderGroup = group("leader", leaderGroupName, leaderTemplate, leaderSubnet.applyValue(List::of),
                Capacity.of(1),
                // Launch the new leader first; in maintenance terminate first, so no old version runs as it migrates.
                maintenance ? Healthy.TERMINATE_FIRST : Healthy.LAUNCH_FIRST,
                Output.all(args.nodesTargetGroupArn(), args.gitTargetGroupArn()), tags, leaderBoot, maintenance);
        int followers = maintenance ? 0 : config.fleet().followerCount();
        followerGroup = group("followers", BootSpecs.followerGroupName(config), followerTemplate, args.privateSubnetIds(),
                Capacity.of(followers),
                followerRefresh(config.fleet().followerCount()),
                args.nodesTargetGroupArn().applyValue(List::of), tags, followerBoot, false);
        registerOutputs(Map.of("leaderGroupName", leaderGroup.name(), "followerGroupName", followerGroup.name()));
    }

    /** Desired capacity and its bounds. */
    record Capacity(int min, int max, int desired) {

        /** Exactly {@code desired}, and room for one more: what a launch-before-terminate replacement needs. */
        static Capacity of(int desired) {
            return new Capacity(desired, desired == 0 ? 0 : desired + 1, desired);
        }
    }

    /** The share of the desired capacity kept in service, and the most allowed, while instances are replaced. */
    record Healthy(int minPercentage, int maxPercentage) {
        static final Healthy LAUNCH_FIRST = new Healthy(100, 200);
        static final Healthy TERMINATE_FIRST = new Healthy(0, 100);
    }

    /**
     * Followers: all of them stay in service and at most one extra is launched, so they are replaced one at a time,
     * each drained by the load balancer before it is terminated.
     */
    static Healthy followerRefresh(int followers) {
        // Rounded up: 100 + 33 % of 3 followers is 3.99 instances, which leaves no room for the extra one.
        int extra = (100 + Math.max(1, followers) - 1) / Math.max(1, followers);
        return new Healthy(100, 100 + Math.min(100, extra));
    }

    private Policy operationsPolicy(String suffix, String description, Output<String> document, StackTags tags) {
        return new Policy(childName(suffix), PolicyArgs.builder()
                .description(description)
                .policy(document)
                .tags(tags(tags, childName(suffix)))
                .build(), child());
    }

    private NodeIdentity identity(String role, SortedMap<String, Output<String>> shared, Policy operations,
                                  StackTags tags) {
        SortedMap<String, Output<String>> policies = new TreeMap<>(shared);
        policies.put("operations", AwsAccounts.policyArn(account, operations));
        // Session Manager replaces SSH: no key pairs, no port 22.
        policies.put("ssm-session-manager", managedPolicy("AmazonSSMManagedInstanceCore"));
        return new NodeIdentity(childName(role + "-identity"), new NodeIdentity.Args(policies, tags), childComponent());
    }

    /**
     * A node reads its secrets, database and permissions as it boots, and reaches git-bridge by name: they must exist
     * before its group does.
     */
    private static List<Resource> bootPrerequisites(Args args, NodeIdentity identity, Record gitBridgeName) {
        List<Resource> prerequisites = new ArrayList<>(args.bootPrerequisites());
        prerequisites.addAll(identity.permissions());
        prerequisites.add(gitBridgeName);
        return prerequisites;
    }

    private LaunchTemplate launchTemplate(String role, StackConfig config, NodeIdentity identity,
                                          Output<String> userData, Args args, StackTags tags) {
        String name = childName(role);
        Function<String, LaunchTemplateTagSpecificationArgs> tagged = type -> LaunchTemplateTagSpecificationArgs.builder()
                .resourceType(type).tags(tags(tags, name)).build();
        return new LaunchTemplate(name, LaunchTemplateArgs.builder()
                .description("Overleaf Server Pro " + role)
                .imageId(args.aws().nodes().amiId())
                .instanceType(args.aws().nodes().instanceType())
                .iamInstanceProfile(LaunchTemplateIamInstanceProfileArgs.builder()
                        .name(identity.instanceProfileName()).build())
                .vpcSecurityGroupIds(args.nodeSecurityGroupId().applyValue(List::of))
                .userData(userData.applyValue(text -> Base64.getEncoder()
                        .encodeToString(text.getBytes(StandardCharsets.UTF_8))))
                // IMDSv2 only; hop limit 2 lets Server Pro's container reach the role's credentials.
                .metadataOptions(LaunchTemplateMetadataOptionsArgs.builder()
                        .httpEndpoint("enabled")
                        .httpTokens("required")
                        .httpPutResponseHopLimit(2)
                        .build())
                .blockDeviceMappings(LaunchTemplateBlockDeviceMappingArgs.builder()
                        .deviceName(ROOT_DEVICE)
                        .ebs(LaunchTemplateBlockDeviceMappingEbsArgs.builder()
                                .volumeType("gp3")
                                .volumeSize(args.aws().nodes().rootVolumeGiB())
                                .encrypted("true")
                                .deleteOnTermination("true")
                                .build())
                        .build())
                .monitoring(LaunchTemplateMonitoringArgs.builder().enabled(true).build())
                // Tags of what a launch creates: the instance and its root volume (not git-bridge's, attached later).
                .tagSpecifications(tagged.apply("instance"), tagged.apply("volume"))
                .updateDefaultVersion(true)
                .tags(tags(tags, name))
                .build(), child());
    }

    private Group group(String suffix, String groupName, LaunchTemplate template, Output<List<String>> subnetIds,
                        Capacity capacity, Healthy refresh, Output<List<String>> targetGroupArns, StackTags tags,
                        List<Resource> bootPrerequisites, boolean alone) {
        Healthy replacement = alone ? Healthy.TERMINATE_FIRST : Healthy.LAUNCH_FIRST;
        List<GroupTagArgs> groupTags = tags(tags, childName(suffix)).entrySet().stream()
                .map(tag -> GroupTagArgs.builder().key(tag.getKey()).value(tag.getValue()).propagateAtLaunch(false).build())
                .toList();
        return new Group(childName(suffix), GroupArgs.builder()
                .name(groupName)
                .vpcZoneIdentifiers(subnetIds)
                .minSize(capacity.min())
                .maxSize(capacity.max())
                .desiredCapacity(capacity.desired())
                // An explicit version (not $Latest): a new template version is what starts an instance refresh.
                .launchTemplate(GroupLaunchTemplateArgs.builder()
                        .id(template.id())
                        .version(template.latestVersion().applyValue(String::valueOf))
                        .build())
                .targetGroupArns(targetGroupArns)
                // An instance the load balancer finds unhealthy is replaced, as is one EC2 finds impaired. A leader
                // that must run alone (maintenance: it migrates) answers the load balancer 503 for a long while, and
                // a replacement beside it would migrate too: the group then neither health-checks nor replaces it.
                .healthCheckType(alone ? "EC2" : "ELB")
                .healthCheckGracePeriod(HEALTH_CHECK_GRACE_SECONDS)
                .suspendedProcesses(alone ? List.of("HealthCheck", "ReplaceUnhealthy") : List.of())
                // Health-check replacements launch first too (the old instance keeps serving until the new one does),
                // except for a leader that must run alone: terminate first.
                .instanceMaintenancePolicy(GroupInstanceMaintenancePolicyArgs.builder()
                        .minHealthyPercentage(replacement.minPercentage())
                        .maxHealthyPercentage(replacement.maxPercentage()).build())
                // Do not wait for exactly the desired count of healthy instances: a refresh holds one more for a while.
                .waitForCapacityTimeout("0")
                .instanceRefresh(GroupInstanceRefreshArgs.builder()
                        .strategy("Rolling")
                        .preferences(GroupInstanceRefreshPreferencesArgs.builder()
                                .minHealthyPercentage(refresh.minPercentage())
                                .maxHealthyPercentage(refresh.maxPercentage())
                                .instanceWarmup(String.valueOf(REFRESH_WARMUP_SECONDS))
                                // A second update does not roll again the instances already on the new template.
                                .skipMatching(true)
                                .build())
                        .build())
                .tags(groupTags)
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(bootPrerequisites).build());
    }

    private static Map<String, String> leaderResourceTags(StackConfig config, StackTags tags, String name) {
        Map<String, String> resourceTags = tags(tags, name);
        resourceTags.put(BootSpecs.LEADER_RESOURCE_TAG, BootSpecs.leaderTag(config));
        return resourceTags;
    }

    private Output<String> managedPolicy(String policyName) {
        return account.applyValue(a -> "arn:" + a.partition() + ":iam::aws:policy/" + policyName);
    }

    /** git-bridge's repositories: encrypted, protected from deletion, and snapshotted daily. */
    private Volume gitBridgeVolume(StackConfig config, StackConfig.Aws aws, Output<String> zone, StackTags tags) {
        // DLM snapshots every volume carrying ANY of its target tags: one tag, unique to this stack's volume.
        String backupTag = config.names().gitBridgeBackupTag();
        var volumeTags = leaderResourceTags(config, tags, childName("git-bridge"));
        volumeTags.put(BACKUP_TAG, backupTag);
        var volume = new Volume(childName("git-bridge"), VolumeArgs.builder()
                .availabilityZone(zone)
                .type("gp3")
                .size(aws.nodes().gitBridgeVolumeGiB())
                .encrypted(true)
                .finalSnapshot(true)
                // Restoring git-bridge from a DLM snapshot: a new volume from it replaces this one.
                .snapshotId(aws.nodes().gitBridgeSnapshotId().map(Output::of).orElse(null))
                .tags(volumeTags)
                .build(), dataChild(aws.retainDataOnDestroy()));
        var dlmRole = new Role(childName("snapshots"), RoleArgs.builder()
                .description("Data Lifecycle Manager: daily snapshots of git-bridge's volume")
                .assumeRolePolicy(IamPolicies.assumeRoleBy("dlm.amazonaws.com"))
                .tags(tags(tags, childName("snapshots")))
                .build(), child());
        new RolePolicyAttachment(childName("snapshots"), RolePolicyAttachmentArgs.builder()
                .role(dlmRole.name())
                .policyArn(managedPolicy("service-role/AWSDataLifecycleManagerServiceRole"))
                .build(), child());
        new LifecyclePolicy(childName("snapshots"), LifecyclePolicyArgs.builder()
                .description(config.names().snapshotPolicyDescription())
                .executionRoleArn(AwsAccounts.roleArn(account, dlmRole))
                .state("ENABLED")
                .policyDetails(LifecyclePolicyPolicyDetailsArgs.builder()
                        .resourceTypes("VOLUME")
                        .targetTags(Map.of(BACKUP_TAG, backupTag))
                        .schedules(LifecyclePolicyPolicyDetailsScheduleArgs.builder()
                                .name("daily")
                                .createRule(LifecyclePolicyPolicyDetailsScheduleCreateRuleArgs.builder()
                                        .interval(24).intervalUnit("HOURS").times("03:00").build())
                                .retainRule(LifecyclePolicyPolicyDetailsScheduleRetainRuleArgs.builder()
                                        .count(aws.nodes().gitBridgeSnapshotRetentionDays()).build())
                                .copyTags(true)
                                // With a recovery region, each snapshot is also copied there (encrypted with that
                                // region's default EBS key) and kept as many days.
                                .crossRegionCopyRules(aws.recovery().region().stream()
                                        .map(region -> LifecyclePolicyPolicyDetailsScheduleCrossRegionCopyRuleArgs.builder()
                                                .target(region)
                                                .encrypted(true)
                                                .copyTags(true)
                                                .retainRule(LifecyclePolicyPolicyDetailsScheduleCrossRegionCopyRuleRetainRuleArgs.builder()
                                                        .interval(aws.nodes().gitBridgeSnapshotRetentionDays())
                                                        .intervalUnit("DAYS").build())
                                                .build())
                                        .toList())
                                .build())
                        .build())
                .tags(tags(tags, childName("snapshots")))
                .build(), child());
        return volume;
    }

    /**
     * git-bridge's stable name, every node's GIT_BRIDGE_HOST: a record in the stack's private zone pointing at node 1's
     * fixed interface. A name, not the address: the name is known before the interface exists (so the user data is
     * known in a first preview), and should the interface be replaced the record follows it in place, with no new
     * user data. Chosen over a fixed address carved from the subnet: AWS may already have given that address to
     * another interface (Redis, an endpoint, another stack in an existing VPC), and an existing stack's interface
     * would have to be replaced to take it.
     */
    private Record gitBridgeName(StackConfig config, Output<String> vpcId, StackTags tags) {
        var zone = new Zone(childName("private-zone"), ZoneArgs.builder()
                .name(config.names().privateZone())
                .comment("Overleaf " + config.slug() + ": names the nodes reach inside the VPC")
                .vpcs(ZoneVpcArgs.builder().vpcId(vpcId).build())
                .tags(tags(tags, childName("private-zone")))
                .build(), child());
        return new Record(childName("git-bridge"), RecordArgs.builder()
                .zoneId(zone.zoneId())
                .name(config.names().gitBridgeHost())
                .type("A")
                // Short: after a replaced interface, nodes find the new address within a minute.
                .ttl(GIT_BRIDGE_TTL_SECONDS)
                .records(leaderInterface.privateIp().applyValue(List::of))
                .build(), child());
    }

    public Output<String> leaderGroupName() {
        return leaderGroup.name();
    }

    public Output<String> followerGroupName() {
        return followerGroup.name();
    }

    /**
     * Node 1's fixed network interface: whichever instance holds it is the leader, at any time (an instance id read
     * at update time goes stale with the first replacement).
     */
    public Output<String> leaderNetworkInterfaceId() {
        return leaderInterface.id();
    }

    public Output<String> gitBridgeVolumeId() {
        return gitBridgeVolume.id();
    }

    public Output<String> leaderRoleArn() {
        return leaderIdentity.roleArn();
    }

    public Output<String> followerRoleArn() {
        return followerIdentity.roleArn();
    }
}
