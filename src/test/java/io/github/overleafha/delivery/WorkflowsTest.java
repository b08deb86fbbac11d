package io.github.overleafha.delivery;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery workflows: what starts them, what each job may do, and what they pin. */
class WorkflowsTest {

    private static final Path WORKFLOWS = TestStacks.PROJECT_DIR.resolve(".github/workflows");
    private static final String PREVIEW = "preview.yml";
    private static final String DEPLOY = "deploy.yml";

    /** Every path whose change can change a stack's resources. */
    private static final List<String> STACK_PATHS = List.of("src/**", "pom.xml", "Pulumi*.yaml", "scripts/**");

    /** An action named by owner/repo(/path), at an exact release tag or a full commit SHA. */
    private static final Pattern PINNED_ACTION = Pattern.compile(
            "[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@(?<ref>v\\d+\\.\\d+\\.\\d+|[0-9a-f]{40})");
    private static final Pattern VERSION_COMMENT = Pattern.compile("#\\s*v\\d+\\.\\d+\\.\\d+\\s*$");

    private static final Pattern AWS_ACCESS_KEY_ID = Pattern.compile("(AKIA|ASIA)[A-Z0-9]{16}");
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{32,}={0,2}");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static String text(String workflow) {
        try {
            return Files.readString(WORKFLOWS.resolve(workflow));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String workflow) {
        try {
            return YAML.readTree(text(workflow));
        } catch (IOException e) {
            throw new UncheckedIOException(workflow + " is not valid YAML", e);
        }
    }

    private static Stream<JsonNode> elements(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false);
    }

    private static List<String> strings(JsonNode list) {
        return elements(list).map(JsonNode::asText).toList();
    }

    private static JsonNode job(String workflow, String name) {
        return parse(workflow).path("jobs").path(name);
    }

    private static List<JsonNode> steps(String workflow) {
        return elements(parse(workflow).path("jobs")).flatMap(job -> elements(job.path("steps"))).toList();
    }

    private static JsonNode stepUsing(JsonNode job, String action) {
        return elements(job.path("steps"))
                .filter(step -> step.path("uses").asText().startsWith(action + "@"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    private static String runScripts(JsonNode job) {
        return String.join("\n", elements(job.path("steps")).map(step -> step.path("run").asText()).toList());
    }

    /** Why {@code uses} (written on {@code line} of the workflow) is not pinned, or nothing if it is. */
    static Optional<String> pinProblem(String uses, String line) {
        if (uses.startsWith("./")) {
            return Optional.empty(); // an action in this repository comes from the same commit as the workflow
        }
        Matcher pinned = PINNED_ACTION.matcher(uses);
        if (!pinned.matches()) {
            return Optional.of(uses + " is neither at an exact vX.Y.Z tag nor at a full commit SHA");
        }
        if (!pinned.group("ref").startsWith("v") && !VERSION_COMMENT.matcher(line).find()) {
            return Optional.of(uses + " is pinned to a SHA without a # vX.Y.Z comment naming its release");
        }
        return Optional.empty();
    }

    /** Literal values in {@code text} that look like AWS keys or other generated credentials. */
    static List<String> secretLookingValues(String text) {
        List<String> found = new ArrayList<>(AWS_ACCESS_KEY_ID.matcher(text).results().map(MatchResult::group).toList());
        // Generated credentials mix upper case, lower case and digits; a commit SHA is lower-case hex.
        BASE64_RUN.matcher(text).results().map(MatchResult::group)
                .filter(run -> run.chars().anyMatch(Character::isUpperCase)
                        && run.chars().anyMatch(Character::isLowerCase)
                        && run.chars().anyMatch(Character::isDigit))
                .forEach(found::add);
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY})
    void isValidYamlWithItsTriggersUnderOn(String workflow) {
        JsonNode root = parse(workflow);

        assertThat(root.path("name").asText()).isNotBlank();
        // Jackson keeps the key `on` a string, where a YAML 1.1 reader would turn it into the boolean true.
        assertThat(root.has("on")).isTrue();
        assertThat(root.has("true")).isFalse();
        assertThat(root.path("jobs").isObject()).isTrue();
    }

    @Test
    void previewRunsOnPullRequestsThatChangeAStack() {
        JsonNode on = parse(PREVIEW).path("on");

        assertThat(on.properties()).extracting(Map.Entry::getKey).containsExactly("pull_request");
        assertThat(on.path("pull_request").properties()).extracting(Map.Entry::getKey).containsExactly("paths");
        assertThat(strings(on.path("pull_request").path("paths"))).isEqualTo(STACK_PATHS);
    }

    @Test
    void deployRunsOnPushesToMainThatChangeAStackAndByHand() {
        JsonNode on = parse(DEPLOY).path("on");

        assertThat(on.properties()).extracting(Map.Entry::getKey).containsExactly("push", "workflow_dispatch");
        assertThat(strings(on.path("push").path("branches"))).isEqualTo(List.of("main"));
        assertThat(strings(on.path("push").path("paths"))).isEqualTo(STACK_PATHS);
        assertThat(job(DEPLOY, "deploy").path("if").asText())
                .as("a dispatch from another branch deploys nothing")
                .contains("github.ref == 'refs/heads/main'");
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY})
    void grantsNothingAtTheTop(String workflow) {
        JsonNode permissions = parse(workflow).path("permissions");

        assertThat(permissions.isObject()).as("permissions: {}").isTrue();
        assertThat(permissions.isEmpty()).isTrue();
    }

    @Test
    void eachJobHoldsOnlyWhatItNeeds() throws IOException {
        String readOnly = "{contents: read}";
        assertThat(permissionsByJob(PREVIEW)).isEqualTo(Map.of(
                "test", YAML.readTree(readOnly),
                "stacks", YAML.readTree(readOnly),
                "preview", YAML.readTree("{contents: read, id-token: write, pull-requests: write}")));
        assertThat(permissionsByJob(DEPLOY)).isEqualTo(Map.of(
                "test", YAML.readTree(readOnly),
                "stacks", YAML.readTree(readOnly),
                "deploy", YAML.readTree("{contents: read, id-token: write}")));
    }

    private static Map<String, JsonNode> permissionsByJob(String workflow) {
        return parse(workflow).path("jobs").properties().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, job -> job.getValue().path("permissions")));
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY})
    void everyActionIsPinnedToAnExactRelease(String workflow) {
        List<String> lines = text(workflow).lines().toList();
        List<String> uses = Stream.concat(
                        elements(parse(workflow).path("jobs")).map(job -> job.path("uses")),
                        steps(workflow).stream().map(step -> step.path("uses")))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .toList();

        assertThat(uses).isNotEmpty().allSatisfy(action -> {
            String line = lines.stream().filter(l -> l.contains("uses: " + action)).findFirst().orElseThrow();
            assertThat(pinProblem(action, line)).isEmpty();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            actions/checkout@v4                                             | uses: actions/checkout@v4
            actions/checkout@main                                           | uses: actions/checkout@main
            actions/checkout@v4.2                                           | uses: actions/checkout@v4.2
            actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683      | uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
            docker://alpine:3.20                                            | uses: docker://alpine:3.20
            """)
    void thePinRuleRejectsMovingAndUnexplainedReferences(String uses, String line) {
        assertThat(pinProblem(uses, line)).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            actions/checkout@v4.2.2                                         | uses: actions/checkout@v4.2.2
            actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683      | uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
            github/codeql-action/init@v3.29.5                               | uses: github/codeql-action/init@v3.29.5
            ./.github/actions/build                                         | uses: ./.github/actions/build
            """)
    void thePinRuleAcceptsExactReleases(String uses, String line) {
        assertThat(pinProblem(uses, line)).isEmpty();
    }

    @Test
    void bothWorkflowsInstallTheSamePinnedPulumiCli() {
        String previewVersion = parse(PREVIEW).path("env").path("PULUMI_VERSION").asText();
        String deployVersion = parse(DEPLOY).path("env").path("PULUMI_VERSION").asText();

        assertThat(previewVersion).matches("\\d+\\.\\d+\\.\\d+").isEqualTo(deployVersion);
        for (String workflow : List.of(PREVIEW, DEPLOY)) {
            List<JsonNode> installs = steps(workflow).stream()
                    .filter(step -> step.path("uses").asText().startsWith("pulumi/actions@"))
                    .toList();
            assertThat(installs).as(workflow).isNotEmpty().allSatisfy(step -> {
                assertThat(step.path("with").path("pulumi-version").asText()).isEqualTo("${{ env.PULUMI_VERSION }}");
                assertThat(step.path("with").has("command")).as("the action only installs the CLI").isFalse();
            });
        }
    }

    @Test
    void bothWorkflowsBuildAndTestAlikeBeforeTouchingAStack() {
        JsonNode test = job(PREVIEW, "test");

        assertThat(job(DEPLOY, "test")).as("deploy's test job is preview's").isEqualTo(test);
        assertThat(stepUsing(test, "actions/setup-java").path("with")).isEqualTo(YAML.valueToTree(
                Map.of("distribution", "temurin", "java-version", "17", "cache", "maven")));
        assertThat(runScripts(test)).contains("mvn -B package -DskipTests", "bash scripts/test.sh");
        assertThat(stepUsing(test, "actions/upload-artifact").path("with").path("path").asText())
                .isEqualTo("target/overleaf-ha.jar");
        for (JsonNode stackJob : List.of(job(PREVIEW, "preview"), job(DEPLOY, "deploy"))) {
            assertThat(strings(stackJob.path("needs"))).containsExactly("test", "stacks");
            assertThat(stackJob.path("strategy").path("matrix").path("stack").asText())
                    .isEqualTo("${{ fromJSON(needs.stacks.outputs.stacks) }}");
            assertThat(stepUsing(stackJob, "actions/download-artifact").path("with").path("path").asText())
                    .isEqualTo("target");
        }
    }

    @Test
    void theTestJobInstallsEveryPackageTheTestCommandWouldInstall() throws IOException {
        String testCommand = Files.readString(TestStacks.PROJECT_DIR.resolve("scripts/test.sh"));
        Matcher table = Pattern.compile("package_of=\\(([^)]*)\\)").matcher(testCommand);
        assertThat(table.find()).as("scripts/test.sh maps each tool to its package in package_of=(...)").isTrue();
        Set<String> needed = Pattern.compile("\\[[^]]+]=(\\S+)").matcher(table.group(1)).results()
                .map(tool -> tool.group(1))
                .collect(Collectors.toSet());
        List<String> install = runScripts(job(PREVIEW, "test")).lines()
                .filter(line -> line.contains("apt-get install"))
                .map(line -> List.of(line.trim().split("\\s+")))
                .findFirst()
                .orElseThrow();
        Set<String> installed = Set.copyOf(install.subList(install.indexOf("--no-install-recommends") + 1, install.size()));

        assertThat(needed).isNotEmpty();
        assertThat(installed).isEqualTo(needed);
    }

    @Test
    void previewListsTheStacksThePullRequestTouches() {
        JsonNode stacks = job(PREVIEW, "stacks");

        assertThat(runScripts(stacks)).contains("bash scripts/touched-stacks.sh \"$BASE_SHA\" \"$HEAD_SHA\"");
        JsonNode env = elements(stacks.path("steps")).filter(step -> step.has("run")).findFirst().orElseThrow().path("env");
        assertThat(env.path("BASE_SHA").asText()).isEqualTo("${{ github.event.pull_request.base.sha }}");
        assertThat(env.path("HEAD_SHA").asText()).isEqualTo("${{ github.sha }}");
        assertThat(stepUsing(stacks, "actions/checkout").path("with").path("fetch-depth").asInt(-1)).isZero();
    }

    @Test
    void deployListsEveryAwsStack() {
        assertThat(runScripts(job(DEPLOY, "stacks")))
                .contains("bash scripts/touched-stacks.sh \"$(git hash-object -t tree /dev/null)\" HEAD");
    }

    @Test
    void previewShowsTheDiffInOneCommentPerStackThatItEdits() {
        JsonNode preview = job(PREVIEW, "preview");
        JsonNode comment = stepUsing(preview, "actions/github-script");
        String script = comment.path("with").path("script").asText();

        assertThat(runScripts(preview)).contains("pulumi preview --diff --color never --stack \"$STACK\"");
        assertThat(comment.path("if").asText()).as("a failed preview is reported too").contains("!cancelled()");
        assertThat(script)
                .contains("const marker = `<!-- overleaf-ha-preview:${stack} -->`;")
                .contains("comment.body.startsWith(marker)")
                .contains("github.rest.issues.updateComment(")
                .contains("github.rest.issues.createComment(");
        assertThat(script.indexOf("updateComment")).as("an existing comment is edited first").isLessThan(script.indexOf("createComment"));
    }

    @Test
    void deployUpdatesEachStackInItsOwnEnvironmentOneRunAtATime() {
        JsonNode deploy = job(DEPLOY, "deploy");

        assertThat(deploy.path("environment").asText()).isEqualTo("${{ matrix.stack }}");
        assertThat(deploy.path("concurrency").path("group").asText()).contains("${{ matrix.stack }}");
        assertThat(deploy.path("concurrency").path("cancel-in-progress").isBoolean()).isTrue();
        assertThat(deploy.path("concurrency").path("cancel-in-progress").booleanValue()).isFalse();
        assertThat(runScripts(deploy)).contains("pulumi up --yes --stack \"$STACK\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY})
    void reachesAwsOnlyThroughOidcAndHoldsNoSecret(String workflow) {
        assertThat(secretLookingValues(text(workflow))).isEmpty();
        assertThat(text(workflow)).doesNotContain("aws-access-key-id", "aws-secret-access-key",
                "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "aws-session-token");
        elements(parse(workflow).path("jobs")).forEach(job -> elements(job.path("steps"))
                .filter(step -> step.path("uses").asText().startsWith("aws-actions/configure-aws-credentials@"))
                .forEach(step -> {
                    assertThat(step.path("with").path("role-to-assume").asText()).startsWith("${{ vars.");
                    assertThat(job.path("permissions").path("id-token").asText()).isEqualTo("write");
                }));
    }

    @Test
    void theSecretDetectorKnowsAwsKeysFromCommitShas() {
        assertThat(secretLookingValues("key: AKIAIOSFODNN7EXAMPLE")).containsExactly("AKIAIOSFODNN7EXAMPLE");
        assertThat(secretLookingValues("secret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).hasSize(1);
        assertThat(secretLookingValues("uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY})
    void runScriptsTakeContextThroughTheEnvironmentOnly(String workflow) {
        // An expression inside a script is pasted into the shell text: a crafted branch name would be run.
        assertThat(steps(workflow)).allSatisfy(step -> assertThat(step.path("run").asText()).doesNotContain("${{"));
    }
}
