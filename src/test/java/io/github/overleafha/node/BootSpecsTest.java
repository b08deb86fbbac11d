package io.github.overleafha.node;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.ImageReference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The names every node's boot shares with the resources and policies, and what sets the leader apart. */
class BootSpecsTest {

    private static final StackConfig DEV = TestStacks.dev();

    private static BootSpecs.DeployedFacts facts() {
        var environment = BootSpecs.environmentInputs(DEV, TestStacks.aws(DEV), 6379, true, List.of("10.40.224.0/22"));
        return new BootSpecs.DeployedFacts(environment, "overleaf-ha/dev/server-pro-environment-",
                new TreeSet<>(List.of("CRYPTO_RANDOM")), Optional.empty(), "redis-group-1a2b3c4",
                ImageReference.of("quay.io/sharelatex/sharelatex-pro", "6.2.2"),
                ImageReference.of("quay.io/sharelatex/git-bridge", "6.2.2"),
                BootSpecs.logGroupName(DEV), BootSpecs.migrationParameterName(DEV));
    }

    @Test
    void theStacksNamesAreFixedAndUnderItsProjectAndStack() {
        assertThat(BootSpecs.leaderGroupName(DEV)).isEqualTo("overleaf-ha-dev-leader");
        assertThat(BootSpecs.followerGroupName(DEV)).isEqualTo("overleaf-ha-dev-followers");
        assertThat(BootSpecs.parameterPath(DEV)).isEqualTo("/overleaf-ha/dev");
        assertThat(BootSpecs.migrationParameterName(DEV)).isEqualTo("/overleaf-ha/dev/migrated-version")
                .startsWith(BootSpecs.parameterPath(DEV) + "/");
        assertThat(BootSpecs.logGroupName(DEV)).isEqualTo("/overleaf-ha/dev/containers");
    }

    @Test
    void bothNodesBootWithTheGroupsLogGroupAndParameterNamesInTheirUserData() {
        var leader = BootSpecs.leader(DEV, TestStacks.aws(DEV), facts(), BootSpecs.leaderResources(DEV, TestStacks.aws(DEV), "eu-west-1a"));
        var follower = BootSpecs.follower(DEV, TestStacks.aws(DEV), facts());
        for (NodeBootSpec spec : List.of(leader, follower)) {
            assertThat(spec.leaderGroupName()).isEqualTo("overleaf-ha-dev-leader");
            assertThat(spec.followerGroupName()).isEqualTo("overleaf-ha-dev-followers");
            assertThat(spec.migrationParameterName()).isEqualTo("/overleaf-ha/dev/migrated-version");
            assertThat(CloudConfigRenderer.render(spec)).contains("LOG_GROUP='/overleaf-ha/dev/containers'",
                    "MIGRATION_PARAMETER='/overleaf-ha/dev/migrated-version'");
        }
        assertThat(leader.leader()).isTrue();
        assertThat(follower.leader()).isFalse();
    }

    /**
     * Nothing AWS assigns on create: the nodes find git-bridge by its name in the stack's private zone, and the leader
     * its interface and volume by the stack's tag, node 1's zone and the snapshot git-bridge was restored from.
     */
    @Test
    void theNodesNameOnlyWhatIsKnownBeforeTheResourcesExist() {
        var leader = BootSpecs.leader(DEV, TestStacks.aws(DEV), facts(), BootSpecs.leaderResources(DEV, TestStacks.aws(DEV), "eu-west-1a"));
        var follower = BootSpecs.follower(DEV, TestStacks.aws(DEV), facts());
        for (NodeBootSpec spec : List.of(leader, follower)) {
            assertThat(spec.environment()).containsEntry("GIT_BRIDGE_HOST", "git-bridge.dev.overleaf-ha.internal")
                    .doesNotContainKeys("REDIS_HOST", "OVERLEAF_REDIS_HOST");
            assertThat(spec.redisReplicationGroup()).isEqualTo("redis-group-1a2b3c4");
        }
        assertThat(leader.gitBridge().orElseThrow().environment())
                .containsEntry("GIT_BRIDGE_POSTBACK_BASE_URL", "http://git-bridge.dev.overleaf-ha.internal:8000");
        assertThat(leader.gitBridge().orElseThrow().resources()).isEqualTo(new NodeBootSpec.LeaderResources(
                "overleaf-ha:leader-resource", "overleaf-ha/dev", "eu-west-1a", Optional.empty(), Optional.empty()));
        StackConfig restored = TestStacks.dev(java.util.Map.of("gitBridgeSnapshotId", "snap-0123456789abcdef0"));
        assertThat(BootSpecs.leaderResources(restored, TestStacks.aws(restored), "eu-west-1a").volumeSnapshot()).contains("snap-0123456789abcdef0");
        // An existing VPC's node 1 subnet is configured: another one of the same zone replaces the interface.
        StackConfig existing = TestStacks.dev(java.util.Map.of("availabilityZones", "[]",
                "existingVpcId", "vpc-0123456789abcdef0",
                "existingPublicSubnetIds", "[\"subnet-0a000000000000001\",\"subnet-0a000000000000002\"]",
                "existingPrivateSubnetIds", "[\"subnet-0b000000000000001\",\"subnet-0b000000000000002\"]"));
        assertThat(BootSpecs.leaderResources(existing, TestStacks.aws(existing), "eu-west-1a").subnet()).contains("subnet-0b000000000000001");
        assertThat(BootSpecs.leaderResources(DEV, TestStacks.aws(DEV), "eu-west-1a").subnet()).isEmpty();
    }

    @Test
    void onlyTheLeaderReachesHistoryThroughItsSiblingAndFollowersUseTheirOwn() {
        var leader = BootSpecs.leader(DEV, TestStacks.aws(DEV), facts(), BootSpecs.leaderResources(DEV, TestStacks.aws(DEV), "eu-west-1a"));
        var follower = BootSpecs.follower(DEV, TestStacks.aws(DEV), facts());
        assertThat(follower.environment().get("V1_HISTORY_URL")).startsWith("http://localhost:");
        assertThat(leader.environment().get("V1_HISTORY_URL")).isEqualTo("http://server-pro:3100/api");
    }
}
