package io.github.overleafha.plan;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.ConfigSources;
import io.github.overleafha.config.ConfigValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program as {@code pulumi up} starts it on a 2-core runner with Java 25: {@code java} without the launcher's
 * flags, so a common fork/join pool of one worker, at which the SDK's polling runner livelocks
 * (pulumi/pulumi-java#2270, fixed after 1.36.1). App's engine path raises the pool before anything uses it
 * ({@code SdkRunnerPool}); without that call this preview of the local stack spins forever (2 of 2 runs, and
 * this test's). Whether the livelock strikes depends on timing (run from a directory without the sources, which
 * skips the fingerprint, it did not in 7 runs), so the test also reads the pool size from the running program's JVM
 * (the JDK's jcmd), once the program has reached the engine.
 */
class Java25CommonPoolTest {

    static final String JAVA_25_VARIABLE = "JAVA25_HOME";
    static final Path JAVA_25_DEFAULT = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";
    private static final long TIMEOUT_SECONDS = 180;

    @Test
    void theProgramStartedWithOneWorkerRunsWithMoreAndCompletesOnJava25(@TempDir Path dir) throws Exception {
        Path home = Optional.ofNullable(System.getenv(JAVA_25_VARIABLE)).map(Path::of).orElse(JAVA_25_DEFAULT);
        for (String tool : List.of("bin/java", "bin/jcmd")) {
            assertThat(home.resolve(tool)).as("a Java 25 JDK (the SDK's livelock needs Java 25 or later; jcmd comes with"
                    + " a JDK, not a JRE): install Temurin 25 into " + JAVA_25_DEFAULT + " (Debian/Ubuntu: the package"
                    + " temurin-25-jdk of https://adoptium.net/installation/linux/), or unpack one from"
                    + " https://adoptium.net/temurin/releases/?version=25 and point " + JAVA_25_VARIABLE + " at it")
                    .isExecutable();
        }
        // JAVA25_HOME pointed at an older JDK would run the program where the livelock cannot happen.
        assertThat(Files.readAllLines(home.resolve("release"))).as(home + "/release: a JDK of Java 25 or later")
                .anySatisfy(line -> assertThat(line).matches("JAVA_VERSION=\"(2[5-9]|[3-9]\\d)\\b.*"));
        ConfigValues config = ConfigSources.offline(TestStacks.PROJECT_DIR, "local", Map.of());
        Path output = dir.resolve("program.log");
        try (var engine = new PreviewEngine(config.project(), config.stack(), "")) {
            ProcessBuilder builder = PreviewRunner.program(config, TestStacks.PROJECT_DIR, engine.address());
            List<String> launched = builder.command();
            List<String> asPulumiUp = new ArrayList<>(List.of(home.resolve("bin/java").toString(), "-D" + PARALLELISM + "=1"));
            asPulumiUp.addAll(launched.subList(launched.indexOf("-cp"), launched.size()));
            Process program = builder.command(asPulumiUp).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            try {
                Optional<String> parallelism = Optional.empty();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
                while (parallelism.isEmpty() && program.isAlive() && System.nanoTime() < deadline) {
                    // Past its first registration the program is inside Pulumi.run, well after App's first line.
                    if (!engine.result(0, "", "").registrations().isEmpty()) {
                        parallelism = parallelism(home, program.pid());
                    }
                    Thread.sleep(100);
                }
                // A pool of one fails here at once, not after the timeout: the livelock would spin a core for 180 s.
                parallelism.ifPresent(workers -> assertThat(Integer.parseInt(workers))
                        .as("the common pool's parallelism the running program holds (jcmd): does App.main still call"
                                + " SdkRunnerPool.reserve() first?").isGreaterThanOrEqualTo(2));
                assertThat(program.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS))
                        .as("the program finished within %d s on Java 25 (a livelock of the SDK's runner: does App.main still call"
                                + " SdkRunnerPool.reserve() first?)", TIMEOUT_SECONDS).isTrue();
                String log = Files.readString(output, StandardCharsets.UTF_8);
                Preview preview = engine.result(program.exitValue(), log, "");
                assertThat(preview.exitCode()).as(preview.logText() + "\n" + log).isZero();
                assertThat(preview.errors()).as(log).isEmpty();
                assertThat(parallelism).as("the common pool's parallelism the running program holds (jcmd; " + log + ")")
                        .hasValueSatisfying(workers -> assertThat(Integer.parseInt(workers)).isGreaterThanOrEqualTo(2));
            } finally {
                program.destroyForcibly().waitFor();
            }
        }
    }

    /** The property as the running JVM holds it; empty when the JVM could not be asked (it is exiting). */
    private static Optional<String> parallelism(Path home, long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(home.resolve("bin/jcmd").toString(), String.valueOf(pid), "VM.system_properties")
                .redirectErrorStream(true).start();
        String answer = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            return Optional.empty();
        }
        return answer.lines().filter(line -> line.startsWith(PARALLELISM + "=")).findFirst()
                .map(line -> line.substring(PARALLELISM.length() + 1).strip());
    }
}
