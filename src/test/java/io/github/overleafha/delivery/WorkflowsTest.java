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
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery workflows, parsed as YAML: what starts them, where secrets can be reached (only in environments a
 * reviewer approves), the order stacks are promoted in, and what they pin.
 */
class WorkflowsTest {

    static final Path WORKFLOWS = TestStacks.PROJECT_DIR.resolve(".github/workflows");
    static final String PREVIEW = "preview.yml";
    static final String DEPLOY = "deploy.yml";
    static final String DEPLOY_STACK = "deploy-stack.yml";
    static final List<String> ALL = List.of(PREVIEW, DEPLOY, DEPLOY_STACK);
    /** The order one commit on main goes through the AWS stacks. */
    static final List<String> PROMOTION = List.of("dev", "prod");

    /** The secrets a stack's jobs use, each held by the stack's environments. */
    private static final List<String> STACK_SECRETS = List.of("PULUMI_ACCESS_TOKEN", "PULUMI_CONFIG_PASSPHRASE");

    /** Every path whose change can change a stack's resources. */
    private static final List<String> STACK_PATHS = List.of("src/**", "pom.xml", "Pulumi*.yaml", "scripts/**");

    /** An action named by owner/repo(/path), at a full commit SHA. */
    private static final Pattern PINNED_ACTION = Pattern.compile(
            "(?<action>[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)(/[A-Za-z0-9_./-]+)?@(?<sha>[0-9a-f]{40})");
    private static final Pattern VERSION_COMMENT = Pattern.compile("#\\s*(?<version>v\\d+\\.\\d+\\.\\d+)\\s*$");

    private static final Pattern AWS_ACCESS_KEY_ID = Pattern.compile("(AKIA|ASIA)[A-Z0-9]{16}");
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{32,}={0,2}");

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static String text(String workflow) {
        try {
            return Files.readString(WORKFLOWS.resolve(workflow));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String workflow) {
        try {
            return YAML.readTree(text(workflow));
        } catch (IOException e) {
            throw new UncheckedIOException(workflow + " is not valid YAML", e);
        }
    }

    static Stream<JsonNode> elements(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false);
    }

    private static List<String> strings(JsonNode list) {
        return elements(list).map(JsonNode::asText).toList();
    }

    private static JsonNode job(String workflow, String name) {
        JsonNode job = parse(workflow).path("jobs").path(name);
        assertThat(job.isObject()).as("%s has a job %s", workflow, name).isTrue();
        return job;
    }

    static List<JsonNode> steps(String workflow) {
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
            return Optional.empty(); // in this repository: from the same commit as the workflow
        }
        if (!PINNED_ACTION.matcher(uses).matches()) {
            return Optional.of(uses + " is not pinned to a full commit SHA");
        }
        if (!VERSION_COMMENT.matcher(line).find()) {
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
    @ValueSource(strings = {PREVIEW, DEPLOY, DEPLOY_STACK})
    void isValidYamlWithItsTriggersUnderOn(String workflow) {
        JsonNode root = parse(workflow);

        assertThat(root.path("name").asText()).isNotBlank();
        // Jackson keeps the key `on` a string, where a YAML 1.1 reader would turn it into the boolean true.
        assertThat(root.has("on")).isTrue();
        assertThat(root.has("true")).isFalse();
        assertThat(root.path("jobs").isObject()).isTrue();
    }

    @Test
    void theWorkflowsAreExactlyTheseThree() throws IOException {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrderElementsOf(ALL);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY, DEPLOY_STACK})
    void noWorkflowRunsInTheBaseRepositorysTrustedContext(String workflow) {
        // Both run with the base repository's secrets and a writable token, whatever code they then check out.
        assertThat(parse(workflow).path("on").properties()).extracting(Map.Entry::getKey)
                .doesNotContain("pull_request_target", "workflow_run");
        assertThat(text(workflow)).doesNotContain("allow-unsafe-pr-checkout");
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
        for (String stack : PROMOTION) {
            assertThat(job(DEPLOY, stack).path("if").asText()).as("a dispatch from another branch deploys nothing")
                    .contains("github.ref == 'refs/heads/main'");
        }
    }

    @Test
    void deployStackIsOnlyCalledWithAStack() {
        JsonNode on = parse(DEPLOY_STACK).path("on");

        assertThat(on.properties()).extracting(Map.Entry::getKey).containsExactly("workflow_call");
        assertThat(on.path("workflow_call").path("inputs").properties()).extracting(Map.Entry::getKey).containsExactly("stack");
        assertThat(on.path("workflow_call").path("inputs").path("stack").path("required").asBoolean()).isTrue();
        assertThat(on.path("workflow_call").path("secrets").properties()).as("names the caller passes; values from the environment")
                .extracting(Map.Entry::getKey).containsExactlyInAnyOrderElementsOf(STACK_SECRETS);
        assertThat(on.path("workflow_call").path("secrets").properties())
                .allSatisfy(secret -> assertThat(secret.getValue().path("required").asBoolean(true)).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY, DEPLOY_STACK})
    void grantsNothingAtTheTop(String workflow) {
        JsonNode permissions = parse(workflow).path("permissions");

        assertThat(permissions.isObject()).as("permissions: {}").isTrue();
        assertThat(permissions.isEmpty()).isTrue();
    }

    @Test
    void eachJobHoldsOnlyWhatItNeeds() throws IOException {
        JsonNode readOnly = YAML.readTree("{contents: read}");
        JsonNode stackAccess = YAML.readTree("{contents: read, id-token: write}");
        // The pull request's code (test, preview) never holds a token that can write; only the comment job does.
        assertThat(permissionsByJob(PREVIEW)).isEqualTo(Map.of("test", readOnly, "stacks", readOnly,
                "preview", stackAccess, "comment", YAML.readTree("{pull-requests: write}")));
        assertThat(permissionsByJob(DEPLOY)).isEqualTo(Map.of("test", readOnly, "stacks", readOnly,
                "dev", stackAccess, "prod", stackAccess));
        assertThat(permissionsByJob(DEPLOY_STACK)).isEqualTo(Map.of("up", stackAccess));
    }

    private static Map<String, JsonNode> permissionsByJob(String workflow) {
        return parse(workflow).path("jobs").properties().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, job -> job.getValue().path("permissions")));
    }

    /**
     * The trust model: a secret or an AWS role is reachable only from a job that runs in a GitHub environment, whose
     * reviewers approve each run (and whose name is the OIDC subject the roles trust). A job that runs pull-request
     * code without approval (the tests) holds neither.
     */
    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY, DEPLOY_STACK})
    void secretsAndRolesAreReachableOnlyInsideAnEnvironment(String workflow) {
        parse(workflow).path("jobs").properties().forEach(entry -> {
            JsonNode job = entry.getValue();
            String jobText = job.toString();
            boolean reachesSecrets = jobText.contains("secrets.") || job.path("permissions").path("id-token").asText().equals("write");
            boolean callsAStackJob = job.path("uses").asText().equals("./.github/workflows/" + DEPLOY_STACK);
            if (reachesSecrets && !callsAStackJob) {
                assertThat(job.path("environment").asText()).as("%s: job %s", workflow, entry.getKey()).isNotBlank();
            }
            if (callsAStackJob) {
                // Never `inherit`: only the stack's own two names, each passed as itself.
                Map<String, String> passed = new TreeMap<>();
                job.path("secrets").properties().forEach(secret -> passed.put(secret.getKey(), secret.getValue().asText()));
                assertThat(passed).as("%s: job %s", workflow, entry.getKey()).isEqualTo(STACK_SECRETS.stream()
                        .collect(Collectors.toMap(name -> name, name -> "${{ secrets." + name + " }}")));
            } else {
                assertThat(job.path("secrets").isMissingNode()).as("%s: job %s passes no secrets on", workflow, entry.getKey()).isTrue();
            }
        });
        assertThat(job(PREVIEW, "preview").path("environment").asText()).isEqualTo("preview-${{ matrix.stack }}");
        assertThat(job(DEPLOY_STACK, "up").path("environment").asText()).isEqualTo("${{ inputs.stack }}");
        assertThat(job(PREVIEW, "test").has("environment")).isFalse();
        assertThat(job(PREVIEW, "test").toString()).doesNotContain("secrets.");
    }

    @Test
    void previewsRunOnlyForThisRepositorysOwnBranchesOnTheTestedJar() {
        JsonNode preview = job(PREVIEW, "preview");

        assertThat(preview.path("if").asText()).contains("github.event.pull_request.head.repo.full_name == github.repository");
        assertThat(strings(preview.path("needs"))).containsExactly("test", "stacks");
        assertThat(stepUsing(preview, "actions/download-artifact").path("with").path("name").asText()).isEqualTo("overleaf-ha-jar");
        assertThat(runScripts(preview)).as("nothing is built where the secrets are").doesNotContain("mvn");
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY, DEPLOY_STACK})
    void checkoutsKeepNoTokenForTheCodeThatRunsAfterThem(String workflow) {
        assertThat(steps(workflow).stream().filter(step -> step.path("uses").asText().startsWith("actions/checkout@")))
                .isNotEmpty()
                .allSatisfy(step -> assertThat(step.path("with").path("persist-credentials").asBoolean(true)).isFalse());
    }

    /** Each stack of the order is one job calling deploy-stack.yml, needing the one before it. */
    @Test
    void oneCommitIsPromotedThroughTheStacksInOrderNeverInParallel() {
        JsonNode jobs = parse(DEPLOY).path("jobs");
        List<String> stackJobs = jobs.properties().stream()
                .filter(entry -> entry.getValue().has("uses")).map(Map.Entry::getKey).toList();

        assertThat(stackJobs).isEqualTo(PROMOTION);
        for (int i = 0; i < PROMOTION.size(); i++) {
            JsonNode job = jobs.path(PROMOTION.get(i));
            assertThat(job.path("uses").asText()).isEqualTo("./.github/workflows/" + DEPLOY_STACK);
            assertThat(job.path("with").path("stack").asText()).isEqualTo(PROMOTION.get(i));
            assertThat(strings(job.path("needs"))).contains(i == 0 ? "test" : PROMOTION.get(i - 1));
            // A status function would let the job run after the stack before it failed or was skipped.
            assertThat(job.path("if").asText()).doesNotContain("always()", "failure()", "cancelled()", "!success()");
            assertThat(job.has("strategy")).as("one stack per job, no matrix").isFalse();
        }
        JsonNode concurrency = parse(DEPLOY).path("concurrency");
        assertThat(concurrency.path("group").asText()).isEqualTo("deploy");
        assertThat(concurrency.path("cancel-in-progress").isBoolean()).isTrue();
        assertThat(concurrency.path("cancel-in-progress").booleanValue()).as("a running update is never cut").isFalse();
    }

    @Test
    void everyAwsStackOfTheRepositoryHasItsPlaceInThePromotion() throws IOException {
        try (Stream<Path> files = Files.list(TestStacks.PROJECT_DIR)) {
            List<String> awsStacks = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("Pulumi\\.[A-Za-z0-9_.-]+\\.yaml"))
                    .filter(name -> !text(TestStacks.PROJECT_DIR.resolve(name)).matches("(?s).*overleaf-ha:target:\\s*[\"']?local.*"))
                    .map(name -> name.substring("Pulumi.".length(), name.length() - ".yaml".length()))
                    .toList();
            assertThat(awsStacks).isNotEmpty();
            assertThat(PROMOTION).containsAll(awsStacks);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aStackJobPreviewsThenUpdatesItsStackInItsEnvironmentWithTheTestedJar() {
        JsonNode up = job(DEPLOY_STACK, "up");
        List<JsonNode> pulumi = elements(up.path("steps"))
                .filter(step -> step.path("uses").asText().startsWith("pulumi/actions@")).toList();

        // The action's up skips the engine's preview: the preview before it refuses a protected resource's delete
        // or replacement before anything changes (deploy-stack.yml says why).
        assertThat(pulumi).extracting(step -> step.path("with").path("command").asText()).containsExactly("preview", "up");
        assertThat(pulumi).allSatisfy(step -> {
            assertThat(step.path("with").path("stack-name").asText()).isEqualTo("${{ inputs.stack }}");
            assertThat(step.path("with").path("cloud-url").asText()).isEqualTo("${{ vars.PULUMI_BACKEND_URL }}");
            assertThat(step.path("env")).isEqualTo(pulumi.get(1).path("env"));
        });
        assertThat(stepUsing(up, "actions/download-artifact").path("with").path("path").asText()).isEqualTo("target");
        assertThat(runScripts(up)).doesNotContain("mvn");
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY, DEPLOY_STACK})
    void everyActionIsPinnedToACommitWithItsReleaseInAComment(String workflow) {
        List<String> lines = text(workflow).lines().toList();
        List<String> uses = uses(workflow);

        assertThat(uses).isNotEmpty().allSatisfy(action -> {
            String line = lines.stream().filter(l -> l.contains("uses: " + action)).findFirst().orElseThrow();
            assertThat(pinProblem(action, line)).isEmpty();
        });
    }

    static List<String> uses(String workflow) {
        return Stream.concat(
                        elements(parse(workflow).path("jobs")).map(job -> job.path("uses")),
                        steps(workflow).stream().map(step -> step.path("uses")))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            actions/checkout@v7                                             | uses: actions/checkout@v7
            actions/checkout@main                                           | uses: actions/checkout@main
            actions/checkout@v7.0.1                                         | uses: actions/checkout@v7.0.1
            actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1      | uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1
            actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1      | uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7
            actions/checkout@3d3c42e5                                      | uses: actions/checkout@3d3c42e5 # v7.0.1
            docker://alpine:3.20                                            | uses: docker://alpine:3.20
            """)
    void thePinRuleRejectsTagsAndUnexplainedCommits(String uses, String line) {
        assertThat(pinProblem(uses, line)).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1      | uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
            github/codeql-action/init@0123456789abcdef0123456789abcdef01234567 | uses: github/codeql-action/init@0123456789abcdef0123456789abcdef01234567 # v4.31.2
            ./.github/workflows/deploy-stack.yml                            | uses: ./.github/workflows/deploy-stack.yml
            """)
    void thePinRuleAcceptsCommitsNamingTheirRelease(String uses, String line) {
        assertThat(pinProblem(uses, line)).isEmpty();
    }

    @Test
    void everyWorkflowInstallsTheSamePinnedPulumiCli() {
        Set<String> versions = ALL.stream().map(workflow -> parse(workflow).path("env").path("PULUMI_VERSION").asText())
                .collect(Collectors.toSet());

        assertThat(versions).singleElement().asString().matches("\\d+\\.\\d+\\.\\d+");
        for (String workflow : ALL) {
            assertThat(steps(workflow).stream().filter(step -> step.path("uses").asText().startsWith("pulumi/actions@")))
                    .as(workflow).isNotEmpty()
                    .allSatisfy(step -> assertThat(step.path("with").path("pulumi-version").asText())
                            .isEqualTo("${{ env.PULUMI_VERSION }}"));
        }
        assertThat(stepUsing(job(PREVIEW, "test"), "pulumi/actions").path("with").has("command"))
                .as("the test job only installs the CLI").isFalse();
    }

    @Test
    void bothWorkflowsBuildAndTestAlikeBeforeTouchingAStack() {
        JsonNode test = job(PREVIEW, "test");

        assertThat(job(DEPLOY, "test")).as("deploy's test job is preview's").isEqualTo(test);
        assertThat(stepUsing(test, "actions/setup-java").path("with")).isEqualTo(YAML.valueToTree(
                Map.of("distribution", "temurin", "java-version", "25\n17\n", "cache", "maven")));
        assertThat(runScripts(test)).contains("mvn -B package -DskipTests", "bash scripts/test.sh");
        assertThat(stepUsing(test, "actions/upload-artifact").path("with").path("path").asText())
                .isEqualTo("target/overleaf-ha.jar");
        assertThat(job(PREVIEW, "preview").path("strategy").path("matrix").path("stack").asText())
                .isEqualTo("${{ fromJSON(needs.stacks.outputs.stacks) }}");
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
        for (String stack : PROMOTION) {
            assertThat(job(DEPLOY, stack).path("if").asText())
                    .contains("contains(fromJSON(needs.stacks.outputs.stacks), '" + stack + "')");
        }
    }

    /** The previews are run where the secrets are, with no write token, and kept as one artifact per stack. */
    @Test
    void previewRunsTheDiffPerStackWithNoTokenThatCanWrite() {
        JsonNode preview = job(PREVIEW, "preview");
        JsonNode run = elements(preview.path("steps")).filter(step -> step.path("run").asText().contains("pulumi preview"))
                .findFirst().orElseThrow();

        assertThat(preview.path("permissions")).isEqualTo(YAML.valueToTree(Map.of("contents", "read", "id-token", "write")));
        assertThat(run.path("run").asText()).contains("pulumi preview --stack \"$STACK\" --diff", "| tee preview/preview.txt");
        assertThat(run.path("env").path("STACK").asText()).isEqualTo("${{ matrix.stack }}");
        assertThat(run.path("env").path("PULUMI_BACKEND_URL").asText()).isEqualTo("${{ vars.PULUMI_BACKEND_URL }}");
        assertThat(stepUsing(preview, "pulumi/actions").path("with").has("command"))
                .as("the action would comment from this job: it only installs the CLI").isFalse();
        JsonNode upload = stepUsing(preview, "actions/upload-artifact");
        assertThat(upload.path("with").path("name").asText()).isEqualTo("preview-${{ matrix.stack }}");
        assertThat(upload.path("with").path("path").asText()).isEqualTo("preview/preview.txt");
        assertThat(text(PREVIEW)).doesNotContain("comment-on-pr", "edit-pr-comment");
        assertThat(ALL.stream().flatMap(workflow -> uses(workflow).stream()))
                .as("no comment script with a token in reach of the pull request's code")
                .noneMatch(action -> action.startsWith("actions/github-script@"));
    }

    /** Only this job may write to the pull request, and it holds nothing else and runs nothing of the pull request. */
    @Test
    void aJobWithoutSecretsOrThePullRequestsCodePostsTheComment() {
        JsonNode comment = job(PREVIEW, "comment");

        assertThat(comment.path("permissions")).isEqualTo(YAML.valueToTree(Map.of("pull-requests", "write")));
        assertThat(strings(comment.path("needs"))).containsExactly("preview");
        assertThat(comment.has("environment")).isFalse();
        assertThat(comment.toString()).doesNotContain("secrets.", "vars.AWS_", "id-token");
        assertThat(elements(comment.path("steps")).map(step -> step.path("uses").asText()))
                .noneMatch(uses -> uses.startsWith("actions/checkout@") || uses.startsWith("actions/setup-java@")
                        || uses.startsWith("pulumi/actions@") || uses.startsWith("aws-actions/"));
        JsonNode download = stepUsing(comment, "actions/download-artifact").path("with");
        assertThat(download.path("pattern").asText()).isEqualTo("preview-*");
        assertThat(download.has("name")).as("never the jar").isFalse();
        String script = runScripts(comment);
        assertThat(script).doesNotContain("java", "pulumi ", "mvn", "bash ", "source ", "eval", "overleaf-ha.jar");
        assertThat(script).contains("gh pr comment \"$PR_NUMBER\" --body-file comment.md --edit-last --create-if-none");
        // No other job of any workflow may write.
        for (String workflow : ALL) {
            parse(workflow).path("jobs").properties().forEach(entry -> {
                boolean isComment = workflow.equals(PREVIEW) && entry.getKey().equals("comment");
                entry.getValue().path("permissions").properties().forEach(permission -> {
                    if (!isComment && !permission.getKey().equals("id-token")) {
                        assertThat(permission.getValue().asText()).as("%s: job %s, %s", workflow, entry.getKey(),
                                permission.getKey()).isEqualTo("read");
                    }
                });
            });
        }
    }

    /** A preview and a deploy of one stack never run at once, and neither is cancelled by the other. */
    @Test
    void previewsAndDeploysOfOneStackRunOneAtATime() {
        Map<JsonNode, String> groups = Map.of(
                job(PREVIEW, "preview").path("concurrency"), "stack-${{ matrix.stack }}",
                job(DEPLOY_STACK, "up").path("concurrency"), "stack-${{ inputs.stack }}");

        groups.forEach((concurrency, group) -> {
            assertThat(concurrency.path("group").asText()).isEqualTo(group);
            assertThat(concurrency.path("cancel-in-progress").isBoolean()).isTrue();
            assertThat(concurrency.path("cancel-in-progress").booleanValue()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY_STACK})
    void theAwsAccountIdIsMaskedInTheLogs(String workflow) {
        assertThat(steps(workflow).stream()
                .filter(step -> step.path("uses").asText().startsWith("aws-actions/configure-aws-credentials@")))
                .isNotEmpty()
                .allSatisfy(step -> assertThat(step.path("with").path("mask-aws-account-id").isBoolean()
                        && step.path("with").path("mask-aws-account-id").booleanValue()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY, DEPLOY_STACK})
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
        assertThat(secretLookingValues("uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {PREVIEW, DEPLOY, DEPLOY_STACK})
    void runScriptsTakeContextThroughTheEnvironmentOnly(String workflow) {
        // An expression inside a script is pasted into the shell text: a crafted branch name would be run.
        assertThat(steps(workflow)).allSatisfy(step -> assertThat(step.path("run").asText()).doesNotContain("${{"));
    }
}
