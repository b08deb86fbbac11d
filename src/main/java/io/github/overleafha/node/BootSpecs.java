package io.github.overleafha.node;

import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.infra.ServerProInputs;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the leader and the followers boot with, put together in one place from the configuration and what other
 * resources are named: for the real nodes and for the user-data budget alike. Every value is known before those
 * resources exist (names the program or the provider's check chooses, config), so a first preview shows the user
 * data; ids and addresses AWS assigns on create are looked up by the node as it boots.
 */
public final class BootSpecs {

    /** Marks the two resources the leader may attach: node 1's network interface and git-bridge's volume. */
    public static final String LEADER_RESOURCE_TAG = "overleaf-ha:leader-resource";

    private BootSpecs() {
    }

    /**
     * What a node's user data names of other resources.
     *
     * @param sharedSecretName       the shared secret's name prefix
     * @param registryCredentialsName the registry login's secret name prefix, if any
     * @param redisReplicationGroup  the replication group's id, whose endpoint the node looks up: a replaced group
     *                               has a new id, so both launch templates change and the nodes roll onto it
     */
    public record DeployedFacts(ServerProEnvironment.Inputs environment, String sharedSecretName,
                                SortedSet<String> sharedSecretNames, Optional<String> registryCredentialsName,
                                String redisReplicationGroup, ImageReference serverProImage,
                                ImageReference gitBridgeImage, String logGroup, String migrationParameter) {
    }

    /** The leader tag's value: unique to this stack, so no other stack's leader may attach these. */
    public static String leaderTag(StackConfig config) {
        return config.names().leaderTag();
    }

    /**
     * What the leader finds its resources by, in node 1's zone (and subnet, where the configuration names it): what
     * replaces them (another zone or configured subnet: both; a snapshot to restore: the volume) changes the leader's
     * user data, so the leader rolls onto the new ones. A new VPC's node 1 subnet changes only with its zone.
     */
    public static NodeBootSpec.LeaderResources leaderResources(StackConfig config, StackConfig.Aws aws, String zone) {
        return new NodeBootSpec.LeaderResources(LEADER_RESOURCE_TAG, leaderTag(config), zone,
                aws.network().existing().map(existing -> existing.privateSubnetIds().get(0)),
                aws.nodes().gitBridgeSnapshotId());
    }

    public static String logGroupName(StackConfig config) {
        return config.names().logGroup();
    }

    /** The groups' names are fixed: the leader's policy and boot name them before the groups exist. */
    public static String leaderGroupName(StackConfig config) {
        return config.names().leaderGroup();
    }

    public static String followerGroupName(StackConfig config) {
        return config.names().followerGroup();
    }

    /** The stack's SSM parameter hierarchy. */
    public static String parameterPath(StackConfig config) {
        return config.names().path();
    }

    public static String migrationParameterName(StackConfig config) {
        return config.names().migrationParameter();
    }

    /**
     * Every node's environment inputs: Redis's host is looked up at boot; git-bridge is reached by its name in the
     * stack's private zone, which follows node 1's fixed interface.
     */
    public static ServerProEnvironment.Inputs environmentInputs(StackConfig config, StackConfig.Aws aws, int redisPort,
                                                                boolean redisTls, List<String> trustedProxies) {
        return ServerProInputs.of(config, ServerProEnvironment.ObjectStore.withBuckets(aws.network().region(),
                        Optional.empty(), false, config.storage().bucketNamePrefix()),
                ServerProEnvironment.Redis.lookedUpAtBoot(redisPort, redisTls), trustedProxies,
                config.names().gitBridgeHost(), NodeBootSpec.SERVER_PRO_CONTAINER);
    }

    public static NodeBootSpec leader(StackConfig config, StackConfig.Aws aws, DeployedFacts facts,
                                      NodeBootSpec.LeaderResources resources) {
        var env = facts.environment();
        // git-bridge listens on node 1's own interface, which every node reaches as GIT_BRIDGE_HOST.
        var gitBridge = new NodeBootSpec.GitBridge(facts.gitBridgeImage(), resources,
                ServerProEnvironment.gitBridge(env, env.gitBridgeHost()));
        return spec(config, aws, facts, true, Optional.of(gitBridge));
    }

    public static NodeBootSpec follower(StackConfig config, StackConfig.Aws aws, DeployedFacts facts) {
        return spec(config, aws, facts, false, Optional.empty());
    }

    private static NodeBootSpec spec(StackConfig config, StackConfig.Aws aws, DeployedFacts facts, boolean leader,
                                     Optional<NodeBootSpec.GitBridge> gitBridge) {
        // ServerProEnvironment numbers nodes: 1 is git-bridge's sibling, every follower is alike.
        int index = leader ? 1 : 2;
        return new NodeBootSpec(leader, aws.network().region(),
                facts.serverProImage(), config.serverPro().version().toString(), config.serverPro().texLiveImages(),
                facts.sharedSecretName(), new TreeSet<>(facts.sharedSecretNames()), facts.registryCredentialsName(),
                facts.redisReplicationGroup(), ServerProEnvironment.node(facts.environment(), index, NodeBootSpec.SERVER_PRO_DATA_DIR), gitBridge,
                facts.migrationParameter(), facts.logGroup(), followerGroupName(config),
                leaderGroupName(config), config.names().metricNamespace());
    }
}
