package io.github.overleafha.infra.local;

import com.pulumi.core.Output;
import com.pulumi.docker.Container;
import com.pulumi.docker.ContainerArgs;
import io.github.overleafha.plan.PlanRunner;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContainerEnvironmentTest {

    @Test
    void onlyTheSecretEntriesAreHiddenAndAllAreInNameOrder() {
        var plan = PlanRunner.run("p", "s", "", ctx -> new Container("c", ContainerArgs.builder()
                .image("i")
                .envs(ContainerEnvironment.of(new TreeMap<>(Map.of("C_PLAIN", "3", "A_PLAIN", "1")),
                        Map.of("B_SECRET", Output.ofSecret("hidden"), "D_MADE_SECRET", Output.of("also hidden"))))
                .build()));
        assertThat(input(get(plan, "docker:index/container:Container", "c"), "envs").toString())
                .isEqualTo("[\"A_PLAIN=1\",\"[secret]\",\"C_PLAIN=3\",\"[secret]\"]");
    }

    @Test
    void aVariableCannotBeBothPlainAndSecret() {
        assertThatThrownBy(() -> ContainerEnvironment.of(new TreeMap<>(Map.of("X", "1")), Map.of("X", Output.of("2"))))
                .hasMessageContaining("X is given both");
    }
}
