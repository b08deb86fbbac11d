package io.github.overleafha;

/**
 * The common fork/join pool a program needs under the SDK's own task runner (pulumi-java 1.x, checked against
 * 1.36.1): that runner re-queues its polling pass onto the worker it runs on, which then runs nothing else (its own
 * queue is never empty), and the program blocks a second worker on the migration-parameter invoke
 * ({@code AwsStack}). The pool adds no worker for a blocked one while another is busy, so with two workers the
 * invoke's own steps never run and {@code pulumi preview} spins forever (seen: a 27-minute stall). A JVM's default
 * is one worker less than its cores, so a 3-core CI runner gets exactly two. Four keep one free for the program.
 */
final class SdkRunnerPool {

    static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";
    static final int WORKERS = 4;

    private SdkRunnerPool() {
    }

    /** Sizes the common pool; effective only before anything has used it, so the engine path calls it first. */
    static void reserve() {
        System.setProperty(PARALLELISM, parallelism(System.getProperty(PARALLELISM)));
    }

    /** The parallelism to run with, given the one the JVM was started with (null when none was set). */
    static String parallelism(String configured) {
        try {
            if (configured != null && Integer.parseInt(configured.strip()) >= WORKERS) {
                return configured;
            }
        } catch (NumberFormatException e) {
            // The JVM ignores a value it cannot read; so do we.
        }
        return String.valueOf(WORKERS);
    }
}
