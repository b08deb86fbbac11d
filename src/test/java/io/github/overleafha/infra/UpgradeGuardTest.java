package io.github.overleafha.infra;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlanDiff;
import io.github.overleafha.plan.PlanRunner;
import io.github.overleafha.plan.TestPlans;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A new Server Pro version is refused at preview unless the stack is in maintenance, with the procedure. */
class UpgradeGuardTest {

    private static final String PARAMETER = "/overleaf-ha/dev/migrated-version";
    // Each version change below re-pins the images for the new release (pin-images), as the config requires.

    @Test
    void aNewVersionOutsideMaintenanceIsRefusedBeforeAnythingIsDeclaredWithTheThreeSteps() {
        StackConfig upgrade = TestStacks.dev(Map.of("serverProVersion", "6.3.0", "pinnedImagesVersion", "6.3.0"));

        InvalidConfigException refused = catchThrowableOfType(InvalidConfigException.class,
                () -> PlanRunner.plan(upgrade, Map.of(PARAMETER, "6.2.2")));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:serverProVersion");
            assertThat(problem.value()).isEqualTo("6.3.0");
            assertThat(problem.why()).contains("recorded the migrations of Server Pro 6.2.2");
            assertThat(problem.fix()).containsSubsequence("(1)", "set maintenance to true", "(2)",
                    "set serverProVersion to 6.3.0", "(3)", "set maintenance to false");
        });
    }

    @Test
    void aLeaderStillMigratingKeepsTheStackInMaintenanceWhateverTheVersion() {
        // The bypass: leaving maintenance while the leader migrates, or reverting to the old version.
        for (String version : List.of("6.3.0", "6.2.2")) {
            StackConfig leaving = TestStacks.dev(Map.of("serverProVersion", version, "pinnedImagesVersion", version));

            InvalidConfigException refused = catchThrowableOfType(InvalidConfigException.class,
                    () -> PlanRunner.plan(leaving, Map.of(PARAMETER, "migrating:6.3.0")));

            assertThat(refused).as(version).isNotNull();
            assertThat(refused.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.key()).isEqualTo("overleaf-ha:maintenance");
                assertThat(problem.why()).contains("started the migrations of Server Pro 6.3.0", "'migrating:6.3.0'");
                assertThat(problem.fix()).contains("keep maintenance true", "until the leader records 6.3.0",
                        "aws ssm get-parameter --name " + PARAMETER);
            });
        }
        // In maintenance the upgrade goes on.
        StackConfig upgrading = TestStacks.dev(Map.of("maintenance", "true", "serverProVersion", "6.3.0", "pinnedImagesVersion", "6.3.0"));
        assertThat(PlanRunner.plan(upgrading, Map.of(PARAMETER, "migrating:6.3.0")).resources()).isNotEmpty();
    }

    @Test
    void inMaintenanceTheNewVersionReplacesTheLeaderTerminateFirstWhileNoFollowerRuns() {
        Plan maintenance = TestStacks.devPlan(Map.of("maintenance", "true"));
        Plan upgrade = PlanRunner.plan(TestStacks.dev(Map.of("maintenance", "true", "serverProVersion", "6.3.0", "pinnedImagesVersion", "6.3.0")),
                Map.of(PARAMETER, "6.2.2"));

        var changes = PlanDiff.between(maintenance, upgrade);
        var leader = changes.get(PlanDiff.key("aws:autoscaling/group:Group", "fleet-leader"));
        assertThat(leader.step()).isEqualTo(PlanDiff.Step.UPDATE);
        assertThat(leader.changedInputs()).contains("launchTemplate");
        assertThat(input(get(upgrade, "aws:autoscaling/group:Group", "fleet-leader"), "instanceRefresh.preferences.minHealthyPercentage").asInt()).isZero();
        assertThat(input(get(upgrade, "aws:autoscaling/group:Group", "fleet-followers"), "desiredCapacity").asInt()).isZero();
    }

    @Test
    void theLocalStackHasNoMaintenanceMode() {
        InvalidConfigException refused = catchThrowableOfType(InvalidConfigException.class,
                () -> TestStacks.local(Map.of("maintenance", "true")));
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:maintenance");
            assertThat(problem.fix()).contains("set maintenance to false");
        });
    }

    @Test
    void theFirstDeployAndAnUnchangedVersionAreNotGuarded() {
        assertThat(TestPlans.plan(TestStacks.dev(Map.of("serverProVersion", "6.3.0", "pinnedImagesVersion", "6.3.0"))).resources()).isNotEmpty();
        assertThat(PlanRunner.plan(TestStacks.dev(Map.of("serverProVersion", "6.3.0", "pinnedImagesVersion", "6.3.0")), Map.of(PARAMETER, "none"))
                .resources()).isNotEmpty();
        assertThat(PlanRunner.plan(TestStacks.dev(), Map.of(PARAMETER, "6.2.2")).resources()).isNotEmpty();
        // Leaving maintenance once the leader recorded the new version starts the followers on it.
        Plan after = PlanRunner.plan(TestStacks.dev(Map.of("serverProVersion", "6.3.0", "pinnedImagesVersion", "6.3.0")), Map.of(PARAMETER, "6.3.0"));
        assertThat(input(get(after, "aws:autoscaling/group:Group", "fleet-followers"), "desiredCapacity").asInt()).isEqualTo(2);
    }
}
