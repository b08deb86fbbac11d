package io.github.overleafha.plan;

import com.pulumi.Context;
import io.github.overleafha.config.StackConfig;

import java.util.Map;
import java.util.function.Consumer;

/** The tests' ways into PlanRunner: the plan of a stack's first deploy, and the plan of a single component. */
public final class TestPlans {

    private TestPlans() {
    }

    /** The plan of a validated stack configuration, as its first deploy (no SSM parameter exists yet). */
    public static Plan plan(StackConfig config) {
        return PlanRunner.plan(config, Map.of());
    }

    /** The plan of any program, for tests of single components; AWS's data sources answer in {@code region}. */
    public static Plan run(String project, String stack, String region, Consumer<Context> program) {
        return PlanRunner.run(project, stack, new PlanMocks(region), program, EngineLoop.awaiting());
    }
}
