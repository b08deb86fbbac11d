package io.github.overleafha.plan;

import io.github.overleafha.ExitStatus;
import io.github.overleafha.TestStacks;
import io.github.overleafha.plan.PlanCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.github.overleafha.plan.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Config and command line read the way the Pulumi CLI reads them (pulumi/pulumi: pkg/cmd/pulumi/config and
 * sdk/go/common/resource/config): {@code pulumi config set nodeCount 5} sets the project's key, stack files name
 * every key's namespace and may not repeat one, and a YAML error is located.
 */
class ConfigSemanticsTest {

    @TempDir
    Path dir;

    /** A project directory with the repository's Pulumi.yaml and a stack file {@code Pulumi.<stack>.yaml}. */
    private Path project(String stack, String stackFile) throws IOException {
        Files.copy(TestStacks.PROJECT_DIR.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), stackFile);
        return dir;
    }

    /** {@code plan} of a local stack named {@code stack} whose file adds {@code lines} to a minimal config. */
    private Run planWith(String stack, String lines, String... options) throws IOException {
        Path project = project(stack, LOCAL + lines);
        List<String> args = new ArrayList<>(List.of("plan", "--stack", stack, "--dir", project.toString()));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    private static final String LOCAL = """
            config:
              overleaf-ha:target: local
              overleaf-ha:siteUrl: http://localhost:8080
              overleaf-ha:adminEmail: admin@overleaf.localhost
            """;

    @Test
    void aBareSetKeyIsTheProjectsKey() {
        Run run = run("plan", "--stack", "dev", "--format", "json", "--set", "nodeCount=5");
        assertThat(run.status()).isZero();
        // Five nodes: the leader and a followers' group of four.
        assertThat(run.out()).contains("\"desiredCapacity\" : 4").doesNotContain("\"desiredCapacity\" : 2");
    }

    @Test
    void aSetWithoutKeyOrValueIsRefused() {
        for (String setting : new String[] {"=5", "nodeCount", " =5"}) {
            Run run = run("plan", "--stack", "dev", "--set", setting);
            assertThat(run.status()).as(setting).isEqualTo(ExitStatus.INVALID_CONFIG.code());
            assertThat(run.err()).as(setting).contains("--set <key>=<value>").doesNotContain("\tat ");
        }
    }

    @Test
    void aNamespaceNeitherTheProjectNorAProviderReadsIsRefused() {
        Run run = run("plan", "--stack", "dev", "--set", "overleaf:nodeCount=5");
        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_CONFIG.code());
        assertThat(run.err()).contains("overleaf:nodeCount = \"5\"").contains("namespace overleaf")
                .contains("write overleaf-ha:nodeCount");
    }

    @Test
    void aBareKeyInAStackFileIsRefusedWithTheFix() throws IOException {
        Run run = planWith("bare", "  nodeCount: 5\n");
        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_CONFIG.code());
        assertThat(run.err()).contains("nodeCount = \"5\"").contains("refuses a bare key")
                .contains("write overleaf-ha:nodeCount in Pulumi.bare.yaml");
    }

    @Test
    void aDuplicateKeyIsRefusedWithItsLine() throws IOException {
        Run run = planWith("twice", "  overleaf-ha:nodeCount: 3\n  overleaf-ha:nodeCount: 5\n");
        assertThat(run.status()).isEqualTo(ExitStatus.MISSING_FILES.code());
        assertThat(run.err()).contains("Pulumi.twice.yaml:6:").contains("Duplicate field 'overleaf-ha:nodeCount'");
    }

    @Test
    void aYamlErrorNamesFileLineAndColumn() throws IOException {
        Run run = planWith("broken", "  overleaf-ha:nodeCount: [3\n");
        assertThat(run.status()).isEqualTo(ExitStatus.MISSING_FILES.code());
        assertThat(run.err()).containsPattern("Pulumi\\.broken\\.yaml:\\d+:\\d+: ").doesNotContain("cannot read");
    }

    @Test
    void nullIsNotSet() throws IOException {
        Run run = planWith("nulls", "  overleaf-ha:bucketNamePrefix: ~\n  overleaf-ha:localHttpPort: null\n", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("overleaf-ha-nulls-user-files").contains("\"external\" : 8080").doesNotContain("null-");
    }

    @Test
    void aFifoOrDeviceIsNotReadAsAProjectFile() throws Exception {
        Path fifo = Files.createDirectory(dir.resolve("fifo"));
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.resolve("Pulumi.yaml").toString()).start();
        assertThat(mkfifo.waitFor()).as("mkfifo (coreutils) is needed for this test").isZero();
        Path device = Files.createDirectory(dir.resolve("device"));
        Files.createSymbolicLink(device.resolve("Pulumi.yaml"), Path.of("/dev/zero"));
        for (Path project : new Path[] {fifo, device}) {
            Files.writeString(project.resolve("Pulumi.local.yaml"), LOCAL);
            Run run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> run("plan", "--stack", "local", "--dir", project.toString()));
            assertThat(run.status()).isEqualTo(ExitStatus.MISSING_FILES.code());
            assertThat(run.err()).contains("is not a regular file");
        }
    }

    @Test
    void anOversizedStackFileIsRefusedUnread() throws IOException {
        Run run = planWith("huge", "# " + "x".repeat(2 << 20) + "\n");
        assertThat(run.status()).isEqualTo(ExitStatus.MISSING_FILES.code());
        assertThat(run.err()).contains("Pulumi.huge.yaml is larger than 1024 KiB");
    }

    @Test
    void aSiteUrlWithoutHostIsAConfigProblem() {
        Run run = run("plan", "--stack", "local", "--set", "siteUrl=http:foo");
        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_CONFIG.code());
        assertThat(run.err()).contains("overleaf-ha:siteUrl = \"http:foo\": it has no fully qualified host name");
    }

    @Test
    void noArgumentsPrintUsageWithoutAStackTraceOrEnvironment() {
        Run run = run();
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run.err()).contains("Usage: overleaf-ha").contains("plan").contains("check")
                .contains("pulumi up").doesNotContain("\tat ").doesNotContain("PULUMI_");
    }

    /** picocli's own status for these (2) would pass for an invalid configuration. */
    @Test
    void aCommandLineTheToolCannotReadIsAUsageError() {
        for (String[] args : List.of(new String[] {"plan"}, new String[] {"plan", "--stack", "dev", "--format", "yaml"},
                new String[] {"check", "--stack", "dev", "--colour"}, new String[] {"deploy"})) {
            Run run = run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(ExitStatus.USAGE.code());
            assertThat(run.err()).as(String.join(" ", args)).containsAnyOf("Missing required option", "Invalid value",
                    "Unknown option", "Unmatched argument").doesNotContain("\tat ");
            assertThat(run.out()).isEmpty();
        }
    }

    /** The jar's own entry point, as a user starts it by hand: outside the engine it must not start a deployment. */
    @Test
    void theJarStartedByHandWithoutArgumentsPrintsUsage() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                io.github.overleafha.App.class.getName()).directory(TestStacks.PROJECT_DIR.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PULUMI_"));
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(err).contains("Usage: overleaf-ha").doesNotContain("\tat ").doesNotContain("PULUMI_");
        assertThat(out).isEmpty();
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        Run run = run("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out().trim()).matches("overleaf-ha \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
