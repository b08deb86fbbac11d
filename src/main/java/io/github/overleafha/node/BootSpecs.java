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
 * What the leader and the followers boot with, put together in one place from the configuration and the facts only
 * a deployment knows: for the real nodes and for the user-data budget alike.
 */
public final class BootSpecs {

    private BootSpecs() {
    }

    /** What a node's user data names that only exists once other resources do. */
    public record DeployedFacts(ServerProEnvironment.Inputs environment, String sharedSecretArn,
                                SortedSet<String> sharedSecretNames, Optional<String> registryCredentialsArn,
                                ImageReference serverProImage, ImageReference gitBridgeImage, String logGroup,
                                String migrationParameter) {
    }

    /** The resources the leader takes over at boot: git-bridge's volume and node 1's fixed network interface. */
    public record LeaderResources(String gitBridgeVolumeId, String networkInterfaceId) {
    }

    public static String logGroupName(StackConfig config) {
        return config.names().logGroup();
    }

    /** The groups' names are fixed: the leader's policy and boot name them before the groups exist. */
    public static String leaderGroupName(StackConfig config) {
        return config.slug() + "-leader";
    }

    public static String followerGroupName(StackConfig config) {
        return config.slug() + "-followers";
    }

    /** The stack's SSM parameter hierarchy. */
    public static String parameterPath(StackConfig config) {
        return config.names().path();
    }

    public static String migrationParameterName(StackConfig config) {
        return config.names().migrationParameter();
    }

    /** Every node's environment inputs: git-bridge listens on the leader's fixed address. */
    public static ServerProEnvironment.Inputs environmentInputs(StackConfig config, StackConfig.Aws aws,
                                                                ServerProEnvironment.Redis redis,
                                                                List<String> trustedProxies, String leaderAddress) {
        return ServerProInputs.of(config, ServerProEnvironment.ObjectStore.withBuckets(aws.network().region(),
                        Optional.empty(), false, config.storage().bucketNamePrefix()),
                redis, trustedProxies, leaderAddress, NodeBootSpec.SERVER_PRO_CONTAINER);
    }

    public static NodeBootSpec leader(StackConfig config, StackConfig.Aws aws, DeployedFacts facts,
                                      LeaderResources resources) {
        var env = facts.environment();
        // git-bridge listens on node 1's own address, which every node already has as GIT_BRIDGE_HOST.
        var gitBridge = new NodeBootSpec.GitBridge(facts.gitBridgeImage(), resources.gitBridgeVolumeId(),
                resources.networkInterfaceId(), ServerProEnvironment.gitBridge(env, env.gitBridgeHost()));
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
                facts.sharedSecretArn(), new TreeSet<>(facts.sharedSecretNames()), facts.registryCredentialsArn(),
                ServerProEnvironment.node(facts.environment(), index, NodeBootSpec.SERVER_PRO_DATA_DIR), gitBridge,
                facts.migrationParameter(), facts.logGroup(), followerGroupName(config),
                leaderGroupName(config));
    }
}
