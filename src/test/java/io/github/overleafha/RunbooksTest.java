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
                "## Scaling out and in", "## Rotating secrets", "## When a node dies",
                "## Tearing a stack down without losing data");
    }

    @Test
    void theUpgradeRunbookFollowsTheGuidesSteps() {
        String upgrade = runbooks.substring(runbooks.indexOf("## Upgrading Server Pro"), runbooks.indexOf("## Backup and restore"));
        assertThat(upgrade).containsSubsequence("Maintenance window", "Stop every node", "Consistent backup",
                "serverProVersion", "Leader first", "Finished migrations", "Validate");
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
        for (String name : List.of("fleet-node-1", "fleet-git-bridge", "fleet-snapshots", "monitoring-nodes-below-minimum")) {
            assertThat(runbooks).contains(name);
            assertThat(names).contains(name);
        }
        assertThat(names).anyMatch(name -> name.startsWith("shared-secrets-"));
    }

    @Test
    void unitNamesInTheRunbooksAreTheOnesNodesRun() {
        String userData = plan.get("aws:ec2/instance:Instance", "fleet-node-1").text("userData");
        for (String unit : List.of("overleaf-server-pro.service", "overleaf-git-bridge.service")) {
            assertThat(runbooks).contains(unit);
            assertThat(userData).contains(unit);
        }
    }
}
