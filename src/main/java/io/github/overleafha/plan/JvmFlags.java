package io.github.overleafha.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JVM flags of the project's short-lived runs, from {@code jvm.options} on the class path: the one place they
 * are defined, read by bin/overleaf-ha too (from src/main/resources), so the launcher, the preview runner's program
 * and the tests' child JVMs start alike.
 */
public final class JvmFlags {

    private JvmFlags() {
    }

    /** The common pool's size for a JVM running the SDK's own task runner: see {@link #forSdkRunner()}. */
    static final int SDK_RUNNER_POOL = 4;
    private static final String POOL_PARALLELISM = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=";

    /**
     * The flags for a JVM that runs the program under the SDK's own task runner (the real entry point, under an
     * engine), where the launcher's two common-pool workers can deadlock: that runner re-queues its polling pass
     * onto the worker it runs on, which then runs nothing else (its own queue is never empty), and the program
     * itself blocks a worker on the migration-parameter invoke ({@code AwsStack}); the pool adds no worker for a
     * blocked one while another is busy, so the tasks the invoke waits for never run (seen: a 27-minute stall, and
     * a preview child spinning at 100% CPU with both workers in those two frames). Four workers keep one free for
     * them; with only the plan's runner, which does not poll, two are enough.
     */
    public static List<String> forSdkRunner() {
        return flags().stream()
                .map(flag -> flag.startsWith(POOL_PARALLELISM) ? POOL_PARALLELISM + SDK_RUNNER_POOL : flag)
                .toList();
    }

    /** One flag a line; blank lines and lines starting with # are skipped, as the launcher skips them. */
    public static List<String> flags() {
        try (InputStream in = JvmFlags.class.getResourceAsStream("/jvm.options")) {
            if (in == null) {
                throw new IllegalStateException("jvm.options is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
