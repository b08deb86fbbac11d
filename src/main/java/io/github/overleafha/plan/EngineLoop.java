package io.github.overleafha.plan;

import com.pulumi.Context;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;

import java.util.function.Consumer;

/**
 * What drives a program's asynchronous tasks on the SDK's mock engine until they are done. Plans use
 * {@link #awaiting()}; {@link #sdk()} is the SDK's own loop, kept so tests can prove both print the same plan.
 */
public interface EngineLoop {

    /** Runs {@code program} on the mock engine {@code engine} describes and returns what the engine saw. */
    TestResult run(PulumiTestInternal.Builder engine, Consumer<Context> program);

    /** The SDK's runner, as {@code pulumi up} uses it: polls its in-flight tasks. */
    static EngineLoop sdk() {
        return (engine, program) -> engine.build().runTest(program);
    }

    /** {@link AwaitingRunner}: waits on the tasks and drops debug messages; the same plan, a fraction of the CPU. */
    static EngineLoop awaiting() {
        return AwaitingRunner::run;
    }
}
