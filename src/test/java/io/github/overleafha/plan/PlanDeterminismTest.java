package io.github.overleafha.plan;

import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Previews stay quiet: the same config must declare exactly the same inputs, run after run. */
class PlanDeterminismTest {

    @Test
    void twoRunsOfTheSameConfigDeclareIdenticalInputs() {
        String first = PlanPrinter.json(TestStacks.devPlan());
        String second = PlanPrinter.json(TestStacks.devPlan());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void largeFleetsAreAsStable() {
        Map<String, String> big = Map.of("nodeCount", "30", "natGateways", "perAz");
        assertThat(PlanPrinter.json(TestStacks.devPlan(big))).isEqualTo(PlanPrinter.json(TestStacks.devPlan(big)));
    }

    @Test
    void everyResourceHasAParentComponentOrIsOne() {
        assertThat(TestStacks.devPlan().resources()).allSatisfy(resource -> {
            if (resource.parent() == null) {
                assertThat(resource.type()).startsWith("overleaf-ha:");
            }
        });
    }
}
