package io.github.overleafha.node;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.ServerProEnvironment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The names every node's boot shares with the resources and policies, and what sets the leader apart. */
class BootSpecsTest {

    private static final StackConfig DEV = TestStacks.dev();

    private static BootSpecs.DeployedFacts facts() {
        var environment = BootSpecs.environmentInputs(DEV, TestStacks.aws(DEV), new ServerProEnvironment.Redis("master.a.cache.amazonaws.com", 6379, true),
                List.of("10.40.224.0/22"), "10.40.0.10");
        return new BootSpecs.DeployedFacts(environment, "arn:aws:secretsmanager:eu-west-1:123456789012:secret:s-AbCdEf",
                new TreeSet<>(List.of("CRYPTO_RANDOM")), Optional.empty(),
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
        var leader = BootSpecs.leader(DEV, TestStacks.aws(DEV), facts(), new BootSpecs.LeaderResources("vol-0123456789abcdef0", "eni-0123456789abcdef0"));
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

    @Test
    void onlyTheLeaderReachesHistoryThroughItsSiblingAndFollowersUseTheirOwn() {
        var leader = BootSpecs.leader(DEV, TestStacks.aws(DEV), facts(), new BootSpecs.LeaderResources("vol-0123456789abcdef0", "eni-0123456789abcdef0"));
        var follower = BootSpecs.follower(DEV, TestStacks.aws(DEV), facts());
        assertThat(follower.environment().get("V1_HISTORY_URL")).startsWith("http://localhost:");
        assertThat(leader.environment().get("V1_HISTORY_URL")).isEqualTo("http://server-pro:3100/api");
    }
}
