package io.github.overleafha.plan;

import com.pulumi.Context;
import com.pulumi.core.internal.ContextAwareCompletableFuture;
import com.pulumi.core.internal.Exceptions;
import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.deployment.internal.DeploymentInternal;
import com.pulumi.deployment.internal.EngineLogger;
import com.pulumi.deployment.internal.Runner;
import com.pulumi.exceptions.ResourceException;
import com.pulumi.exceptions.RunException;
import com.pulumi.resources.Resource;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * The plan's task runner: it counts the program's tasks and completes when the last one is done or the first one
 * fails, where the SDK's runner (DeploymentImpl.DefaultRunner) re-queues a polling pass on the common pool while any
 * task is pending and formats its whole in-flight task map into a log string on every pass. Debug messages, which the
 * SDK formats for every resource (the whole RegisterResourceRequest, user data included) and chains through the
 * engine one at a time, are dropped here instead of being queued; info, warnings and errors still reach the engine.
 * <p>
 * The only class that reaches into the SDK's internals ({@code com.pulumi.deployment.internal}: the deployment
 * state's public {@code runner} and {@code logger} fields, {@code Runner.Result}, {@code DefaultEngineLogger}).
 * Checked against com.pulumi:pulumi 1.36.1; {@code AwaitingRunnerTest} proves it prints the same plans as the
 * SDK's runner and reports the same failures, so an SDK upgrade that changes these internals fails there.
 */
final class AwaitingRunner implements Runner {

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final EngineLogger logger;
    /** Tasks not yet done, plus one for the program itself while it runs. */
    private final AtomicInteger pending = new AtomicInteger(1);
    private final CompletableFuture<Void> settled = new CompletableFuture<>();

    private AwaitingRunner(EngineLogger logger) {
        this.logger = logger;
    }

    /** Runs {@code program} on the mock engine {@code engine} describes, with this runner in place of the SDK's. */
    static TestResult run(PulumiTestInternal.Builder engine, Consumer<Context> program) {
        return engine.deploymentFactory(AwaitingRunner::deployment).build().runTest(program);
    }

    private static DeploymentInternal deployment(DeploymentImpl.DeploymentState state) {
        // The deployment reads both fields when it is constructed, so they are replaced before. The state's own
        // logger writes to the standard logger the engine was built with and finds the runner when it logs.
        state.logger = new WithoutDebug(state.logger);
        state.runner = new AwaitingRunner(state.logger);
        return new DeploymentImpl(state);
    }

    @Override
    public <T> void registerTask(String description, CompletableFuture<T> task) {
        pending.incrementAndGet();
        task.whenComplete((value, failure) -> done(failure));
    }

    private void done(Throwable failure) {
        if (failure != null) {
            settled.completeExceptionally(failure);
        } else if (pending.decrementAndGet() == 0) {
            settled.complete(null);
        }
    }

    @Override
    public <T> CompletableFuture<Result<T>> runAsync(Supplier<T> callback) {
        CompletableFuture<T> program = ContextAwareCompletableFuture.supplyAsync(callback);
        program.whenComplete((value, failure) -> done(failure));
        return settled.thenCompose(ignored -> program)
                .handle((value, failure) -> failure == null
                        ? CompletableFuture.completedFuture(result(logger.hasLoggedErrors()
                                ? ProcessExitedBeforeLoggingUserActionableMessage : ProcessExitedSuccessfully,
                                List.of(), value))
                        : report(unwrap(failure)).thenApply(ignored -> result(
                                ProcessExitedAfterLoggingUserActionableMessage, List.of(unwrap(failure)),
                                program.isCompletedExceptionally() ? null : program.getNow(null))))
                .thenCompose(result -> result);
    }

    /** Tells the engine about the failure as the SDK's runner does: a stack trace unless the exception hides it. */
    private CompletableFuture<Void> report(Exception failure) {
        if (failure instanceof RunException) {
            return logger.errorAsync(failure.getMessage());
        }
        if (failure instanceof ResourceException resourceFailure) {
            return logger.errorAsync(resourceFailure.isHideStack() ? failure.getMessage() : Exceptions.getStackTrace(failure),
                    resourceFailure.getResource().orElse(null));
        }
        return logger.errorAsync("the program failed with an unhandled exception:\n" + Exceptions.getStackTrace(failure));
    }

    private static Exception unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof Exception exception ? exception : new RunException("unexpected throwable", cause);
    }

    private static <T> Result<T> result(int exitCode, List<Exception> exceptions, T value) {
        // Result's constructor is protected.
        return new Result<>(exitCode, exceptions, Optional.ofNullable(value)) {
        };
    }

    /** The engine logger, minus debug messages: nothing reads them on the mock engine. */
    private static final class WithoutDebug implements EngineLogger {

        private final EngineLogger engine;

        WithoutDebug(EngineLogger engine) {
            this.engine = engine;
        }

        @Override
        public CompletableFuture<Void> debugAsync(String message, Resource resource, Integer streamId, Boolean ephemeral) {
            return DONE;
        }

        @Override
        public CompletableFuture<Void> logAsync(Level level, String message, Resource resource, Integer streamId,
                                                Boolean ephemeral) {
            return level.intValue() <= Level.FINE.intValue() ? DONE : engine.logAsync(level, message, resource, streamId, ephemeral);
        }

        @Override
        public int getErrorCount() {
            return engine.getErrorCount();
        }

        @Override
        public boolean hasLoggedErrors() {
            return engine.hasLoggedErrors();
        }
    }
}
