package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.overleafha.TestStacks;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlanDiff;
import io.github.overleafha.plan.PlanDiff.Change;
import io.github.overleafha.plan.PlanDiff.Step;
import io.github.overleafha.plan.PlannedResource;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.node.BootSpecs;
import io.github.overleafha.node.CloudConfigRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.where;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Day 2 on the dev stack: each routine change (anything but the Server Pro version) is planned before and after,
 * and the difference classified with the provider's replacement rules, then read per group of nodes: what happens to
 * its nodes, how many are out of service at once, how many are replaced at once.
 */
class RoutineChangesTest {

    private static final String GROUP = "aws:autoscaling/group:Group";
    /** Resources whose replacement would take the leader's identity (address, repositories) or a group with it. */
    private static final List<String> NODE_RESOURCES = List.of(GROUP, "aws:ec2/launchTemplate:LaunchTemplate",
            "aws:ec2/networkInterface:NetworkInterface", "aws:ebs/volume:Volume");
    private static Plan before;

    @BeforeAll
    static void plan() {
        before = TestStacks.devPlan();
    }

    /** What happens to the nodes of one group. */
    enum Action { NOTHING, IN_PLACE, ROLL, SCALE_OUT, SCALE_IN, REPLACE_ALL }

    record GroupOutcome(Action action, int outOfServiceAtOnce, int replacedAtOnce, int nodesBefore, int nodesAfter) {
    }

    static Stream<Arguments> routineChanges() {
        return Stream.of(
                change("appName", Map.of("appName", "Overleaf (dev, renamed)"), Action.ROLL, Action.ROLL),
                change("SMTP settings", Map.of("smtpHost", "smtp.example.edu", "smtpPort", "465", "smtpUser", "overleaf"),
                        Action.ROLL, Action.ROLL),
                change("TeX Live list", Map.of("texLiveImages",
                        "[\"quay.io/sharelatex/texlive-full:2025.1\",\"quay.io/sharelatex/texlive-full:2024.1\"]"),
                        Action.ROLL, Action.ROLL),
                change("trusted client CIDRs", Map.of("allowedIngressCidrs", "[\"192.0.2.0/24\"]"), Action.NOTHING, Action.NOTHING),
                change("compile timeout", Map.of("compileTimeoutSeconds", "240"), Action.ROLL, Action.ROLL),
                change("instance type", Map.of("instanceType", "m6id.2xlarge"), Action.ROLL, Action.ROLL),
                change("AMI", Map.of("nodeAmiId", "ami-0f0e0d0c0b0a09080"), Action.ROLL, Action.ROLL),
                change("root volume size", Map.of("rootVolumeSizeGiB", "40"), Action.ROLL, Action.ROLL),
                change("git-bridge volume size", Map.of("gitBridgeVolumeSizeGiB", "200"), Action.NOTHING, Action.NOTHING),
                change("nodeCount up", Map.of("nodeCount", "5"), Action.NOTHING, Action.SCALE_OUT),
                change("nodeCount down", Map.of("nodeCount", "2"), Action.NOTHING, Action.SCALE_IN),
                change("log retention", Map.of("logRetentionDays", "90"), Action.NOTHING, Action.NOTHING),
                change("noncurrent version expiry", Map.of("noncurrentVersionExpirationDays", "30"), Action.NOTHING,
                        Action.NOTHING));
    }

    private static Arguments change(String what, Map<String, String> overrides, Action leader, Action followers) {
        return Arguments.of(what, overrides, leader, followers);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routineChanges")
    void aRoutineChangeNeverTakesANodeOutOfServiceNorReplacesSeveralAtOnce(String what, Map<String, String> overrides,
                                                                          Action leaderAction, Action followerAction) {
        Map<String, Change> changes = PlanDiff.between(before, TestStacks.devPlan(overrides));

        // Nothing a node's identity hangs on is replaced, and every change to the fleet is one the rules classify.
        assertThat(changes.values()).filteredOn(change -> NODE_RESOURCES.contains(change.type()))
                .allSatisfy(change -> assertThat(change.step()).as(change.name() + " " + change.changedInputs())
                        .isIn(Step.SAME, Step.UPDATE));
        assertThat(changes.values()).filteredOn(change -> change.type().startsWith("aws:") && change.after() != null
                        && "fleet".equals(change.after().parent()))
                .allSatisfy(change -> assertThat(change.step()).as(change.name() + " " + change.changedInputs())
                        .isNotIn(Step.REPLACE, Step.UNCLASSIFIED));

        // Nothing protected (the data, each data bucket's settings, Redis) is replaced or deleted: the engine would
        // refuse it. An update in place is allowed, and every one the rules classify.
        assertThat(changes.values()).filteredOn(change -> where(before, PlannedResource::protect).stream()
                        .anyMatch(kept -> PlanDiff.key(kept.type(), kept.name()).equals(PlanDiff.key(change.type(), change.name()))))
                .allSatisfy(change -> assertThat(change.step()).as(change.name() + " " + change.changedInputs())
                        .isIn(Step.SAME, Step.UPDATE));

        GroupOutcome leader = outcome(changes.get(PlanDiff.key(GROUP, "fleet-leader")));
        GroupOutcome followers = outcome(changes.get(PlanDiff.key(GROUP, "fleet-followers")));
        System.out.printf("%-24s leader: %-9s followers: %-9s (out of service at once: %d, replaced at once: %d per group;"
                        + " nodes %d -> %d)%n", what, leader.action(), followers.action(),
                Math.max(leader.outOfServiceAtOnce(), followers.outOfServiceAtOnce()),
                Math.max(leader.replacedAtOnce(), followers.replacedAtOnce()),
                leader.nodesBefore() + followers.nodesBefore(), leader.nodesAfter() + followers.nodesAfter());

        assertThat(leader.action()).isEqualTo(leaderAction);
        assertThat(followers.action()).isEqualTo(followerAction);
        for (GroupOutcome group : List.of(leader, followers)) {
            assertThat(group.outOfServiceAtOnce()).isZero();
            assertThat(group.replacedAtOnce()).isLessThanOrEqualTo(1);
        }
    }

    /**
     * A data bucket's settings are protected like the bucket (DataRetentionTest), which refuses their replacement or
     * deletion but not an update: a new noncurrent-version expiry puts each lifecycle rule again in place, on the
     * sources and on the replicas, and changes nothing else.
     */
    @Test
    void aNewNoncurrentVersionExpiryUpdatesEachProtectedLifecycleInPlaceAndNothingElse() {
        Map<String, Change> changes = PlanDiff.between(TestStacks.devPlan(Map.of("recoveryRegion", "eu-central-1")),
                TestStacks.devPlan(Map.of("recoveryRegion", "eu-central-1", "noncurrentVersionExpirationDays", "30")));
        assertThat(changes.values()).filteredOn(change -> change.step() != Step.SAME).hasSize(8).allSatisfy(change -> {
            assertThat(change.type()).isEqualTo("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2");
            assertThat(change.step()).as(change.name()).isEqualTo(Step.UPDATE);
            assertThat(change.changedInputs()).containsExactly("rules");
            assertThat(change.after().protect()).as(change.name()).isTrue();
        });
    }

    @Test
    void movingNodeOnesZoneIsNoRoutineChangeAndTheRulesSaySo() {
        Map<String, Change> changes = PlanDiff.between(before,
                TestStacks.devPlan(Map.of("availabilityZones", "[\"eu-west-1b\",\"eu-west-1c\",\"eu-west-1a\"]")));

        // Node 1's address and git-bridge's data live in its zone: both would be replaced, which a routine change never does.
        assertThat(changes.get(PlanDiff.key("aws:ec2/networkInterface:NetworkInterface", "fleet-node-1")).step())
                .isEqualTo(Step.REPLACE);
        assertThat(changes.get(PlanDiff.key("aws:ebs/volume:Volume", "fleet-git-bridge")).step()).isEqualTo(Step.REPLACE);
        assertThat(changes.get(PlanDiff.key("aws:ebs/volume:Volume", "fleet-git-bridge")).changedInputs()).contains("availabilityZone");
    }

    /**
     * A replaced Redis gets a new replication group id (auto-named anew by the engine's check of a replacement): it is
     * in both templates' user data, so both groups roll onto it like an appName change, and the nodes look the new
     * endpoint up as they boot.
     */
    @Test
    void aReplacedRedisIsInBothTemplatesUserDataSoItRollsBothGroupsLikeAppName() {
        StackConfig config = TestStacks.dev();
        var environment = BootSpecs.environmentInputs(config, TestStacks.aws(config), 6379, true, List.of("10.40.224.0/22"));
        var leader = BootSpecs.leaderResources(config, TestStacks.aws(config), "eu-west-1a");
        assertThat(CloudConfigRenderer.render(BootSpecs.follower(config, TestStacks.aws(config), facts(config, environment, "redis-group-bbbbbbb"))))
                .isNotEqualTo(CloudConfigRenderer.render(BootSpecs.follower(config, TestStacks.aws(config), facts(config, environment, "redis-group-aaaaaaa"))));
        assertThat(CloudConfigRenderer.render(BootSpecs.leader(config, TestStacks.aws(config), facts(config, environment, "redis-group-bbbbbbb"), leader)))
                .isNotEqualTo(CloudConfigRenderer.render(BootSpecs.leader(config, TestStacks.aws(config), facts(config, environment, "redis-group-aaaaaaa"), leader)));
        // In the plan, the group's id (its stand-in: the resource's name) reaches both templates' user data.
        assertThat(TestStacks.userData(before, "leader")).contains("REDIS_REPLICATION_GROUP='redis-group'");
        assertThat(TestStacks.userData(before, "follower")).contains("REDIS_REPLICATION_GROUP='redis-group'");
    }

    /**
     * Node 1's interface and git-bridge's volume are found by what can replace them: node 1's zone (both) and the
     * snapshot git-bridge is restored from (the volume). Either changes the leader's user data, so the leader rolls
     * onto the new ones; the followers reach git-bridge by name, which follows the interface.
     */
    @Test
    void whatReplacesTheLeadersResourcesRollsTheLeader() {
        Map<String, Change> restored = PlanDiff.between(before, TestStacks.devPlan(Map.of("gitBridgeSnapshotId", "snap-0123456789abcdef0")));
        assertThat(restored.get(PlanDiff.key("aws:ebs/volume:Volume", "fleet-git-bridge")).step()).isEqualTo(Step.REPLACE);
        assertThat(restored.get(PlanDiff.key("aws:ec2/launchTemplate:LaunchTemplate", "fleet-leader")).changedInputs()).contains("userData");
        assertThat(outcome(restored.get(PlanDiff.key(GROUP, "fleet-leader"))).action()).isEqualTo(Action.ROLL);
        assertThat(outcome(restored.get(PlanDiff.key(GROUP, "fleet-followers"))).action()).isEqualTo(Action.NOTHING);

        Plan moved = TestStacks.devPlan(Map.of("availabilityZones", "[\"eu-west-1b\",\"eu-west-1c\",\"eu-west-1a\"]"));
        Map<String, Change> changes = PlanDiff.between(before, moved);
        assertThat(changes.get(PlanDiff.key("aws:ec2/networkInterface:NetworkInterface", "fleet-node-1")).step()).isEqualTo(Step.REPLACE);
        assertThat(changes.get(PlanDiff.key("aws:ec2/launchTemplate:LaunchTemplate", "fleet-leader")).changedInputs()).contains("userData");
        assertThat(TestStacks.userData(moved, "leader")).contains("LEADER_ZONE='eu-west-1b'");
        // The record that names git-bridge follows the new interface's address in place: the name stays.
        Change record = changes.get(PlanDiff.key("aws:route53/record:Record", "fleet-git-bridge"));
        assertThat(record.changedInputs()).containsExactly("records");
        assertThat(record.step()).isEqualTo(Step.UPDATE);
        assertThat(changes.get(PlanDiff.key("aws:route53/zone:Zone", "fleet-private-zone")).step()).isEqualTo(Step.SAME);
    }

    private static BootSpecs.DeployedFacts facts(StackConfig config, ServerProEnvironment.Inputs environment,
                                                 String redisGroup) {
        return new BootSpecs.DeployedFacts(environment, "overleaf-ha/dev/server-pro-environment-",
                new TreeSet<>(List.of("CRYPTO_RANDOM")), Optional.empty(), redisGroup,
                ImageReference.of("quay.io/sharelatex/sharelatex-pro", "6.2.2"),
                ImageReference.of("quay.io/sharelatex/git-bridge", "6.2.2"),
                BootSpecs.logGroupName(config), BootSpecs.migrationParameterName(config));
    }

    /** What the engine and the group would do to the group's nodes, from the group's change. */
    private static GroupOutcome outcome(Change change) {
        JsonNode after = change.after().inputs();
        int desired = after.path("desiredCapacity").asInt();
        int previous = change.changedInputs().contains("desiredCapacity")
                ? input(get(before, GROUP, change.name()), "desiredCapacity").asInt() : desired;
        return switch (change.step()) {
            case SAME -> new GroupOutcome(Action.NOTHING, 0, 0, desired, desired);
            case REPLACE, UNCLASSIFIED, CREATE, DELETE -> new GroupOutcome(Action.REPLACE_ALL, desired, desired, previous, desired);
            case UPDATE -> {
                if (change.changedInputs().contains("launchTemplate")) {
                    // An instance refresh: min healthy % of the desired capacity stays in service (rounded up);
                    // max healthy % bounds what may run at once, so the extra instances are the ones replaced at once.
                    int min = after.path("instanceRefresh").path("preferences").path("minHealthyPercentage").asInt();
                    int max = after.path("instanceRefresh").path("preferences").path("maxHealthyPercentage").asInt();
                    int kept = (desired * min + 99) / 100;
                    int extra = Math.max(1, desired * (max - 100) / 100);
                    yield new GroupOutcome(Action.ROLL, desired - kept, Math.min(desired, extra + desired - kept), desired, desired);
                }
                if (desired != previous) {
                    yield new GroupOutcome(desired > previous ? Action.SCALE_OUT : Action.SCALE_IN, 0, 0, previous, desired);
                }
                yield new GroupOutcome(Action.IN_PLACE, 0, 0, desired, desired);
            }
        };
    }
}
