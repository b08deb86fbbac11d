package io.github.overleafha.plan;

import com.pulumi.test.Mocks;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The plan's stand-ins with one invoke answered otherwise: what else the engine or a provider may answer. */
final class InvokeAnswers {

    private InvokeAnswers() {
    }

    /** {@code answer} gets the invoke's arguments and the plan's own answer to them. */
    static Mocks replacing(String region, String token,
                           Function<CompletableFuture<Map<String, Object>>, CompletableFuture<Map<String, Object>>> answer) {
        var plan = new PlanMocks(region);
        return new Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                return plan.newResourceAsync(args);
            }

            @Override
            public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
                return args.token.equals(token) ? answer.apply(plan.callAsync(args)) : plan.callAsync(args);
            }
        };
    }
}
