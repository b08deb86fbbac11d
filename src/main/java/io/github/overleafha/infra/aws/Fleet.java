package io.github.overleafha.infra.aws;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.dlm.LifecyclePolicy;
import com.pulumi.aws.dlm.LifecyclePolicyArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleCreateRuleArgs;
import com.pulumi.aws.dlm.inputs.LifecyclePolicyPolicyDetailsScheduleRetainRuleArgs;
import com.pulumi.aws.ebs.Volume;
import com.pulumi.aws.ebs.VolumeArgs;
import com.pulumi.aws.ec2.Instance;
import com.pulumi.aws.ec2.InstanceArgs;
import com.pulumi.aws.ec2.NetworkInterface;
import com.pulumi.aws.ec2.NetworkInterfaceArgs;
import com.pulumi.aws.ec2.VolumeAttachment;
import com.pulumi.aws.ec2.VolumeAttachmentArgs;
import com.pulumi.aws.ec2.inputs.InstanceMetadataOptionsArgs;
import com.pulumi.aws.ec2.inputs.InstanceNetworkInterfaceArgs;
import com.pulumi.aws.ec2.inputs.InstanceRootBlockDeviceArgs;
import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.inputs.GetPartitionArgs;
import com.pulumi.aws.outputs.GetPartitionResult;
import com.pulumi.aws.ssm.Parameter;
import com.pulumi.aws.ssm.ParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.AwsAccount;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.ServerProInputs;
import io.github.overleafha.infra.StackTags;
import io.github.overleafha.render.CloudConfigRenderer;
import io.github.overleafha.render.IamPolicies;
import io.github.overleafha.render.NodeBootSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Server Pro nodes: N identical EC2 instances on NVMe instance store, node 1 with git-bridge and its
 * persistent, snapshotted EBS volume, the nodes' role, their log group and the migration parameter.
 */
public final class Fleet extends Component {

    /** Where git-bridge's volume is attached; on Nitro instances it appears as an NVMe device named by volume id. */
    static final String GIT_BRIDGE_DEVICE = "/dev/sdf";
    static final String BACKUP_TAG = "overleaf-ha:backup";
    /** Before the leader has recorded anything, followers see this and wait. */
    static final String NO_MIGRATIONS_YET = "none";

    /** What the fleet takes from the rest of the stack. */
    public record Inputs(Output<List<String>> privateSubnetIds, Output<List<String>> privateSubnetZones,
                         Output<List<String>> trustedProxyCidrs, Output<String> nodeSecurityGroupId,
                         SortedMap<String, Output<String>> policyArns, Output<String> sharedSecretArn,
                         SortedSet<String> sharedSecretNames, Optional<Output<String>> registryCredentialsArn,
                         Output<ServerProEnvironment.Redis> redis, ImageReference serverProImage,
                         ImageReference gitBridgeImage, List<Resource> bootPrerequisites) {
    }

    private final NodeIdentity identity;
    /** aws, aws-cn or aws-us-gov: the managed policies' ARNs start with it. */
    private final Output<String> partition = AwsFunctions.getPartition(GetPartitionArgs.builder().build())
            .applyValue(GetPartitionResult::partition);
    /** Partition and account: the ARNs in the nodes' policies are built from names, known in a first preview. */
    private final Output<AwsAccount> account;
    private final List<Instance> nodes = new ArrayList<>();

    public Fleet(String name, StackConfig config, Inputs in, LoadBalancer loadBalancer, StackTags tags,
                 ComponentResourceOptions options) {
        super("aws:Fleet", name, options);
        account = AwsAccounts.lookUp(config.network().region());
        var logGroup = new LogGroup(childName("containers"), LogGroupArgs.builder()
                .name(logGroupName(config))
                .retentionInDays(config.aws().nodes().logRetentionDays())
                .tags(tags(tags, childName("containers")))
                .build(), child());
        // Nodes write the value; Pulumi only makes sure the parameter exists.
        var migrations = new Parameter(childName("migrated-version"), ParameterArgs.builder()
                .name(migrationParameterName(config))
                .type("String")
                .value(NO_MIGRATIONS_YET)
                .description("Server Pro version whose migrations node 1 finished; other nodes wait for it")
                .tags(tags(tags, childName("migrated-version")))
                .build(), CustomResourceOptions.builder().parent(this).ignoreChanges("value").build());
        var operations = new Policy(childName("operations"), PolicyArgs.builder()
                .description("Server Pro nodes: ship container logs, record and read the migrated version")
                .policy(account.applyValue(a -> IamPolicies.nodeOperations(a.logGroup(logGroupName(config)),
                        a.ssmParameter(migrationParameterName(config)))))
                .tags(tags(tags, childName("operations")))
                .build(), child());

        SortedMap<String, Output<String>> policies = new TreeMap<>(in.policyArns());
        policies.put("operations", AwsAccounts.policyArn(account, operations));
        // Session Manager replaces SSH: no key pairs, no port 22.
        policies.put("ssm-session-manager", managedPolicy("AmazonSSMManagedInstanceCore"));
        identity = new NodeIdentity(childName("identity"), policies, tags, childComponent());
        List<Resource> bootPrerequisites = new ArrayList<>(in.bootPrerequisites());
        bootPrerequisites.addAll(identity.permissions());

        Output<String> leaderSubnet = in.privateSubnetIds().applyValue(ids -> ids.get(0));
        Output<String> leaderZone = in.privateSubnetZones().applyValue(zones -> zones.get(0));
        // A fixed address for node 1 that survives its replacement: every node's GIT_BRIDGE_HOST points here.
        var leaderInterface = new NetworkInterface(childName("node-1"), NetworkInterfaceArgs.builder()
                .subnetId(leaderSubnet)
                .securityGroups(in.nodeSecurityGroupId().applyValue(List::of))
                .description("Server Pro node 1 and git-bridge: a stable address across replacements")
                .tags(tags(tags, childName("node-1")))
                .build(), child());
        var gitBridgeVolume = gitBridgeVolume(config, leaderZone, tags);

        Output<ServerProEnvironment.Inputs> environment = Output.tuple(in.redis(), in.trustedProxyCidrs(),
                        leaderInterface.privateIp())
                .applyValue(t -> environmentInputs(config, t.t1, t.t2, t.t3));
        for (int index = 1; index <= config.fleet().nodeCount(); index++) {
            boolean leader = index == 1;
            Output<String> userData = userData(config, in, index, environment, logGroup.name(), migrations.name(),
                    leader ? Optional.of(gitBridgeVolume.id()) : Optional.empty());
            int subnetIndex = index - 1;
            var instance = new Instance(childName("node-" + index), instanceArgs(config, in, userData, leader
                    ? Optional.of(leaderInterface.id()) : Optional.empty(),
                    in.privateSubnetIds().applyValue(ids -> ids.get(subnetIndex % ids.size())), index, tags),
                    CustomResourceOptions.builder().parent(this)
                            // A new version's user data replaces every node: delete first, so the old version is
                            // stopped before the leader migrates (the guide's upgrade), and node 1's interface is free.
                            .deleteBeforeReplace(true)
                            // A node reads its secrets, database and permissions as it boots: they must exist.
                            .dependsOn(bootPrerequisites)
                            .build());
            nodes.add(instance);
            loadBalancer.attach("node-" + index, instance.id(), leader);
            if (leader) {
                new VolumeAttachment(childName("git-bridge"), VolumeAttachmentArgs.builder()
                        .instanceId(instance.id())
                        .volumeId(gitBridgeVolume.id())
                        .deviceName(GIT_BRIDGE_DEVICE)
                        .stopInstanceBeforeDetaching(true)
                        .build(), child());
            }
        }
        registerOutputs(Map.of("roleArn", identity.roleArn()));
    }

    private Output<String> managedPolicy(String policyName) {
        return partition.applyValue(name -> "arn:" + name + ":iam::aws:policy/" + policyName);
    }

    /** git-bridge's repositories: encrypted, protected from deletion, and snapshotted daily. */
    private Volume gitBridgeVolume(StackConfig config, Output<String> zone, StackTags tags) {
        // DLM snapshots every volume carrying ANY of its target tags: one tag, unique to this stack's volume.
        String backupTag = config.project() + "/" + config.stack() + "/git-bridge";
        var volumeTags = tags(tags, childName("git-bridge"));
        volumeTags.put(BACKUP_TAG, backupTag);
        var volume = new Volume(childName("git-bridge"), VolumeArgs.builder()
                .availabilityZone(zone)
                .type("gp3")
                .size(config.aws().nodes().gitBridgeVolumeGiB())
                .encrypted(true)
                .finalSnapshot(true)
                .tags(volumeTags)
                .build(), protectedChild());
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
                .description(config.project() + "-" + config.stack() + " git-bridge daily snapshots")
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
                                        .count(config.aws().nodes().gitBridgeSnapshotRetentionDays()).build())
                                .copyTags(true)
                                .build())
                        .build())
                .tags(tags(tags, childName("snapshots")))
                .build(), child());
        return volume;
    }

    static String logGroupName(StackConfig config) {
        return "/" + config.project() + "/" + config.stack() + "/containers";
    }

    static String migrationParameterName(StackConfig config) {
        return "/" + config.project() + "/" + config.stack() + "/migrated-version";
    }

    static ServerProEnvironment.Inputs environmentInputs(StackConfig config, ServerProEnvironment.Redis redis,
                                                                 List<String> trustedProxies, String leaderAddress) {
        return ServerProInputs.of(config, ServerProEnvironment.ObjectStore.withBuckets(config.network().region(),
                        Optional.empty(), false, config.storage().bucketNamePrefix()),
                redis, trustedProxies, leaderAddress, NodeBootSpec.SERVER_PRO_CONTAINER);
    }

    /** What a node's user data names that only exists once other resources do. */
    record DeployedFacts(ServerProEnvironment.Inputs environment, String sharedSecretArn, SortedSet<String> sharedSecretNames,
                         Optional<String> registryCredentialsArn, ImageReference serverProImage, ImageReference gitBridgeImage,
                         String logGroup, String migrationParameter, Optional<String> gitBridgeVolumeId) {
    }

    /** Node {@code index}'s boot spec: the one place it is put together, for real nodes and the budget. */
    static NodeBootSpec bootSpec(StackConfig config, DeployedFacts facts, int index) {
        var env = facts.environment();
        Optional<NodeBootSpec.GitBridge> gitBridge = facts.gitBridgeVolumeId().map(volume -> new NodeBootSpec.GitBridge(
                // git-bridge listens on node 1's own address, which every node already has as GIT_BRIDGE_HOST.
                facts.gitBridgeImage(), volume, ServerProEnvironment.gitBridge(env, env.gitBridgeHost())));
        return new NodeBootSpec(index, index == 1, config.network().region(),
                facts.serverProImage(), config.serverPro().version().toString(), config.serverPro().texLiveImages(),
                facts.sharedSecretArn(), new TreeSet<>(facts.sharedSecretNames()), facts.registryCredentialsArn(),
                ServerProEnvironment.node(env, index, NodeBootSpec.SERVER_PRO_DATA_DIR), gitBridge,
                facts.migrationParameter(), facts.logGroup());
    }

    private static Output<String> userData(StackConfig config, Inputs in, int index,
                                           Output<ServerProEnvironment.Inputs> environment, Output<String> logGroup,
                                           Output<String> migrationParameter, Optional<Output<String>> gitBridgeVolumeId) {
        return Output.tuple(environment, in.sharedSecretArn(), optional(in.registryCredentialsArn()),
                        Output.tuple(logGroup, migrationParameter, optional(gitBridgeVolumeId)))
                .applyValue(t -> CloudConfigRenderer.render(bootSpec(config, new DeployedFacts(t.t1, t.t2,
                        in.sharedSecretNames(), t.t3, in.serverProImage(), in.gitBridgeImage(), t.t4.t1, t.t4.t2,
                        t.t4.t3), index)));
    }

    /** An output that may not exist, as one output of an optional value, so it can join a tuple. */
    private static Output<Optional<String>> optional(Optional<Output<String>> output) {
        return output.map(value -> value.applyValue(Optional::of)).orElse(Output.of(Optional.empty()));
    }

    private InstanceArgs instanceArgs(StackConfig config, Inputs in, Output<String> userData,
                                      Optional<Output<String>> networkInterfaceId, Output<String> subnetId, int index,
                                      StackTags tags) {
        var args = InstanceArgs.builder()
                .ami(config.aws().nodes().amiId())
                .instanceType(config.fleet().instanceType())
                .iamInstanceProfile(identity.instanceProfileName())
                .userData(userData)
                .userDataReplaceOnChange(true)
                // IMDSv2 only; hop limit 2 lets Server Pro's container reach the role's credentials.
                .metadataOptions(InstanceMetadataOptionsArgs.builder()
                        .httpEndpoint("enabled")
                        .httpTokens("required")
                        .httpPutResponseHopLimit(2)
                        .build())
                .rootBlockDevice(InstanceRootBlockDeviceArgs.builder()
                        .volumeType("gp3")
                        .volumeSize(config.aws().nodes().rootVolumeGiB())
                        .encrypted(true)
                        .deleteOnTermination(true)
                        // Not volumeTags: those would also overwrite the tags of git-bridge's attached volume.
                        .tags(tags(tags, childName("node-" + index)))
                        .build())
                .monitoring(true)
                .tags(tags(tags, childName("node-" + index)));
        if (networkInterfaceId.isPresent()) {
            args.networkInterfaces(InstanceNetworkInterfaceArgs.builder()
                    .deviceIndex(0)
                    .networkInterfaceId(networkInterfaceId.get())
                    .deleteOnTermination(false)
                    .build());
        } else {
            args.subnetId(subnetId).vpcSecurityGroupIds(in.nodeSecurityGroupId().applyValue(List::of));
        }
        return args.build();
    }

    public Output<String> roleArn() {
        return identity.roleArn();
    }

    public List<Output<String>> instanceIds() {
        return nodes.stream().map(Instance::id).toList();
    }
}
