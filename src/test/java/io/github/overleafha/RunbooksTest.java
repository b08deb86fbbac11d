package io.github.overleafha;

import io.github.overleafha.config.ProjectFile;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The runbooks name real config keys, stack outputs and resources, so they cannot silently go stale. */
class RunbooksTest {

    private static final Pattern CODE = Pattern.compile("`([^`\\s]+)`");
    private static String runbooks;
    private static Plan plan;

    @BeforeAll
    static void read() throws IOException {
        runbooks = Files.readString(TestStacks.PROJECT_DIR.resolve("docs/runbooks.md"));
        plan = TestStacks.devPlan();
    }

    @Test
    void everyOperationHasItsRunbook() {
        assertThat(runbooks).contains("## First deployment", "## Upgrading Server Pro", "## Backup and restore",
                "## Scaling out and in", "## Rotating secrets", "## When a node dies", "## Disks filling up",
                "### Instance store full", "### Growing git-bridge's volume",
                "## Tearing a stack down without losing data");
    }

    @Test
    void theUpgradeRunbookFollowsTheGuidesSteps() {
        String upgrade = runbooks.substring(runbooks.indexOf("## Upgrading Server Pro"), runbooks.indexOf("## Backup and restore"));
        assertThat(upgrade).containsSubsequence("Maintenance window", "Stop every node", "Consistent backup",
                "serverProVersion", "Leader first", "Finished migrations", "Validate");
    }

    @Test
    void theRunbooksFindTheLeaderWhenTheyNeedItThroughNodeOnesInterface() {
        assertThat(runbooks).contains("aws ec2 describe-network-interfaces --network-interface-ids <leaderNetworkInterfaceId>"
                + " --query 'NetworkInterfaces[0].Attachment.InstanceId'");
        assertThat(plan.outputs()).containsKey("leaderNetworkInterfaceId");
        assertThat(runbooks).doesNotContain("leaderInstanceId");
    }

    @Test
    void camelCaseNamesAreConfigKeysOrStackOutputs() {
        Set<String> keys = ProjectFile.load(TestStacks.PROJECT_DIR.resolve("Pulumi.yaml")).declarations().keySet().stream()
                .map(key -> key.substring(key.indexOf(':') + 1)).collect(Collectors.toSet());
        Set<String> outputs = plan.outputs().keySet();
        Matcher code = CODE.matcher(runbooks);
        int checked = 0;
        while (code.find()) {
            String name = code.group(1);
            if (name.matches("[a-z]+[A-Z][A-Za-z0-9]*")) {
                assertThat(keys.contains(name) || outputs.contains(name)).as("`%s` is a config key or a stack output", name).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(15);
    }

    @Test
    void resourceNamesInTheRunbooksExistInTheDevPlan() {
        List<String> names = plan.resources().stream().map(PlannedResource::name).toList();
        for (String name : List.of("fleet-leader", "fleet-followers", "fleet-node-1", "fleet-git-bridge", "fleet-snapshots",
                "monitoring-nodes-below-minimum")) {
            assertThat(runbooks).contains(name);
            assertThat(names).contains(name);
        }
        assertThat(names).anyMatch(name -> name.startsWith("shared-secrets-"));
    }

    /**
     * Each {@code pulumi} command as the CLI really behaves (pulumi/pulumi): {@code state delete} refuses a protected
     * resource without {@code --force} and a resource others depend on (pkg/cmd/pulumi/state/state_delete.go);
     * the engine refuses to replace a resource protected in both state and program (pull requests #8810, #8873)
     * and to destroy a protected one. So: no state surgery, no replacement of protected resources, and
     * {@code pulumi destroy} only after the data has been switched from protected to retained.
     */
    @Test
    void everyPulumiCommandRunsAsWritten() {
        List<String> commands = commands("pulumi ");
        assertThat(commands).hasSizeGreaterThan(15);
        Plan retained = TestStacks.devPlan(java.util.Map.of("retainDataOnDestroy", "true"));
        for (String command : commands) {
            assertThat(command).as(command).doesNotContain("state delete", "state edit", "pulumi import", "--force",
                    "--target-dependents");
            Matcher replace = Pattern.compile("--replace <urn of ([a-z0-9-]+)").matcher(command);
            if (replace.find()) {
                String prefix = replace.group(1).replaceAll("-(N|\\.\\.\\.)$", "-");
                assertThat(plan.resources()).as(command).anyMatch(r -> r.name().startsWith(prefix))
                        .noneMatch(r -> r.name().startsWith(prefix) && r.protect());
            }
        }
        String teardown = runbooks.substring(runbooks.indexOf("## Tearing a stack down"));
        assertThat(teardown).containsSubsequence("`pulumi config set retainDataOnDestroy true`", "`pulumi up`", "`pulumi destroy`");
        assertThat(runbooks.indexOf("`pulumi destroy`")).as("pulumi destroy only in the teardown")
                .isGreaterThan(runbooks.indexOf("## Tearing a stack down"));
        assertThat(retained.resources()).as("after retainDataOnDestroy nothing blocks pulumi destroy")
                .noneMatch(PlannedResource::protect);
        String restore = runbooks.substring(runbooks.indexOf("### Restoring git-bridge from a snapshot"),
                runbooks.indexOf("## Scaling out and in"));
        assertThat(restore).containsSubsequence("retainDataOnDestroy true", "`pulumi up`", "gitBridgeSnapshotId snap-",
                "`pulumi up`", "retainDataOnDestroy false", "`pulumi up`");
    }

    /**
     * Atlas CLI commands carry the flags the Atlas CLI requires (mongodb.com/docs/atlas/cli/current/command/...):
     * {@code backups snapshots create} needs {@code --desc}; {@code backups restores start} needs
     * {@code --clusterName}, a point in time or a snapshot, and the target cluster and project.
     */
    @Test
    void everyAtlasCommandCarriesItsRequiredFlags() {
        var required = java.util.Map.of(
                "atlas backups snapshots create", List.of("--desc", "--projectId"),
                "atlas backups snapshots watch", List.of("--clusterName", "--projectId"),
                "atlas backups restores start pointInTime", List.of("--clusterName", "--pointInTimeUTCSeconds",
                        "--targetClusterName", "--targetProjectId", "--projectId"),
                "atlas backups restores start automated", List.of("--clusterName", "--snapshotId",
                        "--targetClusterName", "--targetProjectId", "--projectId"));
        List<String> commands = commands("atlas ");
        assertThat(commands).hasSizeGreaterThanOrEqualTo(required.size());
        for (String command : commands) {
            var known = required.keySet().stream().filter(command::startsWith).findFirst();
            assertThat(known).as("a known Atlas command: %s", command).isPresent();
            assertThat(command).as(command).contains(required.get(known.get()));
        }
        assertThat(commands).anyMatch(c -> c.startsWith("atlas backups restores start pointInTime"));
    }

    /** Inline commands of the runbooks starting with {@code program}. */
    private static List<String> commands(String program) {
        List<String> commands = new java.util.ArrayList<>();
        Matcher code = Pattern.compile("`(" + Pattern.quote(program) + "[^`]*)`").matcher(runbooks);
        while (code.find()) {
            commands.add(code.group(1));
        }
        return commands;
    }

    @Test
    void unitNamesInTheRunbooksAreTheOnesNodesRun() {
        String userData = TestStacks.userData(plan, "leader");
        for (String unit : List.of("overleaf-server-pro.service", "overleaf-git-bridge.service", "overleaf-log-shipping.service")) {
            assertThat(runbooks).contains(unit);
            assertThat(userData).contains(unit);
        }
    }
}
