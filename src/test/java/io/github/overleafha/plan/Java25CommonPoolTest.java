package io.github.overleafha.plan;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.ConfigSources;
import io.github.overleafha.config.ConfigValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program as {@code pulumi up} starts it on a 2-core runner with Java 25: {@code java} without the launcher's
 * flags, so a common fork/join pool of one worker, at which the SDK's polling runner livelocks
 * (pulumi/pulumi-java#2270, fixed after 1.36.1). App's engine path raises the pool before anything uses it
 * ({@code SdkRunnerPool}); without that call this preview of the local stack spins forever (2 of 2 runs, and
 * this test's). Whether the livelock strikes depends on timing (run from a directory without the sources, which
 * skips the fingerprint, it did not in 7 runs), so the test also records the pool's parallelism inside the running
 * program: {@link PoolProbe}, the common pool's thread factory, writes it when the pool makes its first worker. That
 * is the pool the JVM built, not the property: a property set after something had built the pool changes nothing.
 */
class Java25CommonPoolTest {

    static final String JAVA_25_VARIABLE = "JAVA25_HOME";
    static final Path JAVA_25_DEFAULT = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";
    private static final String THREAD_FACTORY = "java.util.concurrent.ForkJoinPool.common.threadFactory";
    private static final long TIMEOUT_SECONDS = 180;

    @Test
    void theProgramStartedWithOneWorkerRunsWithMoreAndCompletesOnJava25(@TempDir Path dir) throws Exception {
        Path home = Optional.ofNullable(System.getenv(JAVA_25_VARIABLE)).map(Path::of).orElse(JAVA_25_DEFAULT);
        assertThat(home.resolve("bin/java")).as("a Java 25 JDK (the SDK's livelock needs Java 25 or later): install"
                + " Temurin 25 into " + JAVA_25_DEFAULT + " (Debian/Ubuntu: the package temurin-25-jdk of"
                + " https://adoptium.net/installation/linux/), or unpack one from"
                + " https://adoptium.net/temurin/releases/?version=25 and point " + JAVA_25_VARIABLE + " at it")
                .isExecutable();
        // JAVA25_HOME pointed at an older JDK would run the program where the livelock cannot happen.
        assertThat(Files.readAllLines(home.resolve("release"))).as(home + "/release: a JDK of Java 25 or later")
                .anySatisfy(line -> assertThat(line).matches("JAVA_VERSION=\"(2[5-9]|[3-9]\\d)\\b.*"));
        ConfigValues config = ConfigSources.offline(TestStacks.PROJECT_DIR, "local", Map.of());
        Path output = dir.resolve("program.log");
        Path pool = dir.resolve("pool");
        try (var engine = new PreviewEngine(config.project(), config.stack(), "")) {
            ProcessBuilder builder = PreviewRunner.program(config, TestStacks.PROJECT_DIR, engine.address());
            List<String> launched = builder.command();
            List<String> asPulumiUp = new ArrayList<>(List.of(home.resolve("bin/java").toString(), "-D" + PARALLELISM + "=1",
                    "-D" + THREAD_FACTORY + "=" + PoolProbe.class.getName(), "-D" + PoolProbe.FILE + "=" + pool));
            asPulumiUp.addAll(launched.subList(launched.indexOf("-cp"), launched.size()));
            Process program = builder.command(asPulumiUp).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
                while (!Files.exists(pool) && program.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                // A pool of one fails here at once, not after the timeout: the livelock would spin a core for 180 s.
                if (Files.exists(pool)) {
                    assertThat(Integer.parseInt(Files.readString(pool))).as("the common pool's parallelism in the running"
                            + " program: does App.main still call SdkRunnerPool.reserve() before anything uses the pool?")
                            .isGreaterThanOrEqualTo(2);
                }
                assertThat(program.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS))
                        .as("the program finished within %d s on Java 25 (a livelock of the SDK's runner: does App.main still call"
                                + " SdkRunnerPool.reserve() first?)", TIMEOUT_SECONDS).isTrue();
                String log = Files.readString(output, StandardCharsets.UTF_8);
                Preview preview = engine.result(program.exitValue(), log, "");
                assertThat(preview.exitCode()).as(preview.logText() + "\n" + log).isZero();
                assertThat(preview.errors()).as(log).isEmpty();
                assertThat(pool).as("the common pool made a worker (" + log + ")").exists();
            } finally {
                program.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * The common pool's thread factory in the program's JVM (the JVM loads it by name, with the system class loader):
     * writes the pool's parallelism to the file {@link #FILE} names as the pool makes its first worker.
     */
    public static final class PoolProbe implements ForkJoinPool.ForkJoinWorkerThreadFactory {

        static final String FILE = "overleaf-ha.test.common-pool-file";
        private final AtomicBoolean recorded = new AtomicBoolean();

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            if (recorded.compareAndSet(false, true)) {
                Path file = Path.of(System.getProperty(FILE));
                Path partial = file.resolveSibling(file.getFileName() + ".partial");
                try {
                    Files.writeString(partial, String.valueOf(pool.getParallelism()));
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        }
    }
}
