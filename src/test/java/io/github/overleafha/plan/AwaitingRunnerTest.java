package io.github.overleafha.plan;

import com.pulumi.Context;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.core.Output;
import com.pulumi.core.TypeShape;
import com.pulumi.deployment.Deployment;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.InvokeArgs;
import com.pulumi.test.Mocks;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.config.StackConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The plan's runner gives what the SDK's runner gives: the same plans, byte for byte, and the same failures. The
 * SDK's runner livelocks a common pool of one worker on Java 25 (SdkRunnerPool: the build runs the tests with four);
 * should it stall anyway, each case fails after a few minutes instead of holding the build.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AwaitingRunnerTest {

    private static final String FAILING_INVOKE = "test:index:refused";

    /** Every stack file, as it is and at the smallest fleet; and the dev stack at a large one (30 nodes). */
    static Stream<Arguments> stacksAndOverrides() throws Exception {
        List<Map<String, String>> overrides = List.of(Map.of(), Map.of("nodeCount", "2"));
        return Stream.concat(PlanDeterminismTest.stacks().stream()
                        .flatMap(stack -> overrides.stream().map(override -> Arguments.of(stack, override))),
                Stream.of(Arguments.of("dev", Map.of("nodeCount", "30"))));
    }

    @ParameterizedTest
    @MethodSource("stacksAndOverrides")
    void printsTheSamePlanAsTheSdksRunner(String stack, Map<String, String> overrides) {
        StackConfig config = StackConfigLoader.load(TestStacks.values(stack, overrides));
        Plan sdk = PlanRunner.plan(config, Map.of(), EngineLoop.sdk());
        Plan awaiting = PlanRunner.plan(config, Map.of(), EngineLoop.awaiting());
        assertThat(PlanPrinter.json(awaiting)).isEqualTo(PlanPrinter.json(sdk));
        assertThat(PlanPrinter.text(awaiting)).isEqualTo(PlanPrinter.text(sdk));
    }

    @Test
    void waitsForResourcesDeclaredLateInsideApplies() {
        Consumer<Context> program = ctx -> Output.of(CompletableFuture.supplyAsync(() -> "late",
                        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS)))
                .applyValue(name -> Output.of(name).applyValue(inner -> new BucketV2(inner,
                        BucketV2Args.builder().bucket(inner + "-bucket").build())));
        for (EngineLoop loop : List.of(EngineLoop.sdk(), EngineLoop.awaiting())) {
            assertThat(PlanRunner.run("test", "late", new PlanMocks("eu-west-1"), program, loop).resources())
                    .extracting(PlannedResource::name).containsExactly("late");
        }
    }

    static Stream<Arguments> failingPrograms() {
        return Stream.of(
                Arguments.of("a failing apply", (Consumer<Context>) ctx -> new BucketV2("bucket", BucketV2Args.builder()
                        .bucket(Output.of("name").applyValue(name -> {
                            throw new IllegalStateException("the apply failed on " + name);
                        }))
                        .build()),
                        "IllegalStateException: the apply failed on name"),
                Arguments.of("an exception in a component's constructor", (Consumer<Context>) ctx -> {
                    new ComponentResource("test:index:Broken", "broken") {
                        {
                            if (pulumiResourceName().equals("broken")) {
                                throw new IllegalArgumentException("the constructor failed");
                            }
                        }
                    };
                }, "IllegalArgumentException: the constructor failed"),
                Arguments.of("a failed invoke", (Consumer<Context>) ctx -> ctx.export("answer",
                        Deployment.getInstance().invoke(FAILING_INVOKE, TypeShape.of(String.class), InvokeArgs.Empty)),
                        "IllegalStateException: the provider refused " + FAILING_INVOKE));
    }

    /** The plan's stand-ins, except that the engine answers {@link #FAILING_INVOKE} with an error. */
    private static Mocks failingInvoke() {
        return InvokeAnswers.replacing("eu-west-1", FAILING_INVOKE,
                planned -> CompletableFuture.failedFuture(new IllegalStateException("the provider refused " + FAILING_INVOKE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingPrograms")
    void reportsTheProgramsFailureAsTheSdksRunnerDoes(String what, Consumer<Context> program, String expected) {
        String sdk = firstLineOfFailure(program, EngineLoop.sdk());
        String awaiting = firstLineOfFailure(program, EngineLoop.awaiting());
        assertThat(awaiting).isEqualTo(sdk).startsWith("the program failed on the mock engine: ");
        assertThat(awaiting).contains(expected);
    }

    private static String firstLineOfFailure(Consumer<Context> program, EngineLoop loop) {
        IllegalStateException failure = catchThrowableOfType(IllegalStateException.class,
                () -> PlanRunner.run("test", "failures", failingInvoke(), program, loop));
        assertThat(failure).as("the program's failure").isNotNull();
        return failure.getMessage().lines().findFirst().orElseThrow();
    }
}
