package io.github.overleafha.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action a workflow uses, checked against a hand-made summary of its action.yml at the pinned release
 * (src/test/resources/actions): the commit and release the workflow names, a Node 24 runtime, and inputs the action
 * really has, the required ones given.
 */
class ActionInputsTest {

    private static final Path SUMMARIES = TestStacks.PROJECT_DIR.resolve("src/test/resources/actions");
    private static final Pattern USES = Pattern.compile(
            "uses:\\s*(?<action>[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)@(?<sha>[0-9a-f]{40})\\s*#\\s*(?<version>v\\d+\\.\\d+\\.\\d+)");
    /** The runtime GitHub's current runners default to; Node 20 actions are deprecated. */
    private static final String CURRENT_RUNTIME = "node24";

    private record Summary(String action, String version, String commit, String runtime, Map<String, Boolean> inputs) {
    }

    private static Map<String, Summary> summaries() {
        try (Stream<Path> files = Files.list(SUMMARIES)) {
            Map<String, Summary> byAction = new TreeMap<>();
            for (Path file : files.toList()) {
                JsonNode root = WorkflowsTest.YAML.readTree(Files.readString(file));
                Map<String, Boolean> inputs = new TreeMap<>();
                root.path("inputs").properties().forEach(input ->
                        inputs.put(input.getKey(), input.getValue().path("required").asBoolean()));
                var summary = new Summary(root.path("action").asText(), root.path("version").asText(),
                        root.path("commit").asText(), root.path("runs").asText(), inputs);
                assertThat(file.getFileName().toString()).isEqualTo(summary.action().replace('/', '_').replace("_", "__") + ".yaml");
                byAction.put(summary.action(), summary);
            }
            return byAction;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {WorkflowsTest.PREVIEW, WorkflowsTest.DEPLOY, WorkflowsTest.DEPLOY_STACK})
    void everyPinnedActionIsTheSummarisedReleaseOnNode24(String workflow) {
        Map<String, Summary> summaries = summaries();
        List<String> lines = WorkflowsTest.text(workflow).lines().filter(line -> line.contains("uses:"))
                .filter(line -> !line.contains("uses: ./")).toList();

        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            Matcher uses = USES.matcher(line);
            assertThat(uses.find()).as(line).isTrue();
            Summary summary = summaries.get(uses.group("action"));
            assertThat(summary).as("a summary of %s in %s", uses.group("action"), SUMMARIES).isNotNull();
            assertThat(uses.group("sha")).as(line).isEqualTo(summary.commit());
            assertThat(uses.group("version")).as(line).isEqualTo(summary.version());
            assertThat(summary.runtime()).as(summary.action()).isEqualTo(CURRENT_RUNTIME);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {WorkflowsTest.PREVIEW, WorkflowsTest.DEPLOY, WorkflowsTest.DEPLOY_STACK})
    void everyInputGivenExistsAndEveryRequiredInputIsGiven(String workflow) {
        Map<String, Summary> summaries = summaries();

        assertThat(WorkflowsTest.steps(workflow)).filteredOn(step -> step.has("uses") && !step.path("uses").asText().startsWith("./"))
                .isNotEmpty()
                .allSatisfy(step -> {
                    String action = step.path("uses").asText().substring(0, step.path("uses").asText().indexOf('@'));
                    Summary summary = summaries.get(action);
                    Set<String> given = step.path("with").properties().stream().map(Map.Entry::getKey)
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertThat(summary.inputs().keySet()).as("inputs of %s", action).containsAll(given);
                    summary.inputs().forEach((input, required) -> {
                        if (required) {
                            assertThat(given).as("%s needs %s", action, input).contains(input);
                        }
                    });
                });
    }

    @Test
    void everySummaryIsOfAnActionInUse() {
        Set<String> used = WorkflowsTest.ALL.stream().flatMap(workflow -> WorkflowsTest.uses(workflow).stream())
                .filter(uses -> !uses.startsWith("./"))
                .map(uses -> uses.substring(0, uses.indexOf('@')))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(summaries().keySet()).isEqualTo(used);
    }

    @Test
    void theInputCheckCatchesAMisspeltAndAMissingInput() {
        Summary credentials = summaries().get("aws-actions/configure-aws-credentials");

        assertThat(credentials.inputs()).containsEntry("aws-region", true).doesNotContainKey("region");
        assertThat(summaries().get("pulumi/actions").inputs()).containsKeys("comment-on-pr", "edit-pr-comment")
                .doesNotContainKey("comment-on-pull-request");
    }
}
