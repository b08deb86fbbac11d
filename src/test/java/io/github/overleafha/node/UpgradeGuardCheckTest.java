package io.github.overleafha.node;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.ConfigProblem;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The upgrade guard on the value the migration parameter holds at preview, each case on its own. */
class UpgradeGuardCheckTest {

    private static final StackConfig AT_622 = TestStacks.dev();
    private static final StackConfig UPGRADE = TestStacks.dev(Map.of("serverProVersion", "6.3.0", "pinnedImagesVersion", "6.3.0"));
    private static final StackConfig UPGRADE_IN_MAINTENANCE = TestStacks.dev(
            Map.of("maintenance", "true", "serverProVersion", "6.3.0", "pinnedImagesVersion", "6.3.0"));

    private static ConfigProblem refusal(StackConfig config, String recorded) {
        InvalidConfigException refused = catchThrowableOfType(InvalidConfigException.class,
                () -> UpgradeGuard.check(config, TestStacks.aws(config), Optional.of(recorded)));
        assertThat(refused).as("recorded %s", recorded).isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }

    @Test
    void theSameVersionAsRecordedPassesOutsideMaintenance() {
        assertThatNoException().isThrownBy(() -> UpgradeGuard.check(AT_622, TestStacks.aws(AT_622), Optional.of("6.2.2")));
    }

    @Test
    void nothingRecordedOrNoMigrationsYetPasses() {
        assertThatNoException().isThrownBy(() -> UpgradeGuard.check(UPGRADE, TestStacks.aws(UPGRADE), Optional.empty()));
        assertThatNoException().isThrownBy(() -> UpgradeGuard.check(UPGRADE, TestStacks.aws(UPGRADE), Optional.of(NodeBootSpec.NO_MIGRATIONS_YET)));
    }

    @Test
    void anotherVersionOutsideMaintenanceIsRefusedNamingBothVersions() {
        ConfigProblem problem = refusal(UPGRADE, "6.2.2");
        assertThat(problem.key()).isEqualTo("overleaf-ha:serverProVersion");
        assertThat(problem.value()).isEqualTo("6.3.0");
        assertThat(problem.why()).startsWith("the leader last recorded the migrations of Server Pro 6.2.2,");
        assertThat(problem.fix()).contains("keep serverProVersion at 6.2.2", "set serverProVersion to 6.3.0",
                "once the leader recorded 6.3.0");
        // Going back is no safer than going forward.
        assertThat(refusal(AT_622, "6.3.0").value()).isEqualTo("6.2.2");
    }

    @Test
    void anotherVersionInMaintenancePasses() {
        assertThatNoException().isThrownBy(() -> UpgradeGuard.check(UPGRADE_IN_MAINTENANCE, TestStacks.aws(UPGRADE_IN_MAINTENANCE), Optional.of("6.2.2")));
    }

    @Test
    void aMigrationInProgressKeepsTheStackInMaintenanceNamingTheVersionAndTheParameter() {
        ConfigProblem problem = refusal(UPGRADE, "migrating:6.3.0");
        assertThat(problem.key()).isEqualTo("overleaf-ha:maintenance");
        assertThat(problem.value()).isEqualTo("false");
        assertThat(problem.why()).startsWith("the leader started the migrations of Server Pro 6.3.0 and has not")
                .contains("(the migration parameter says 'migrating:6.3.0')");
        assertThat(problem.fix()).startsWith("keep maintenance true (and serverProVersion at 6.3.0) and pulumi up until the leader records 6.3.0 (aws ssm get-parameter --name /overleaf-ha/dev/migrated-version)");
        // The recorded version is the one being migrated to, whatever serverProVersion says now.
        assertThat(refusal(AT_622, "migrating:6.3.0").key()).isEqualTo("overleaf-ha:maintenance");
        assertThatNoException().isThrownBy(() -> UpgradeGuard.check(UPGRADE_IN_MAINTENANCE, TestStacks.aws(UPGRADE_IN_MAINTENANCE), Optional.of("migrating:6.3.0")));
    }
}
