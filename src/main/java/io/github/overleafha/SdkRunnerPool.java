package io.github.overleafha;

/**
 * The common fork/join pool a program needs under the SDK's own task runner (pulumi-java 1.x, checked against
 * 1.36.1). That runner ({@code DeploymentImpl.DefaultRunner}) starts its polling pass only once the program's
 * callback has returned, then re-queues the pass onto the worker that runs it, which thereby runs nothing else: the
 * pass owns one worker until every task is done. On Java 25 and later {@code CompletableFuture}'s async steps use
 * the common pool even at parallelism 1 (earlier JDKs start a thread per step below 2), so a pool of one worker
 * livelocks: pulumi/pulumi-java#2270, fixed by #2314 after 1.36.1. The engine runs the jar without the launcher's
 * flags, and a JVM's default parallelism is one less than its cores, so a 2-core runner gets one. Any two workers
 * avoid it; four leave room beside the polling pass. The program's blocking migration-parameter invoke
 * ({@code AwsStack}) runs inside the callback, before the pass starts, so it does not compete with it: a preview
 * through the real entry point completes with a pool of two. Java25CommonPoolTest runs the program on Java 25 with
 * one worker: without this call its preview of the local stack livelocks.
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
