package io.github.overleafha.infra;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackFile;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlanPrinter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** On both targets the registry password reaches the docker provider only as a secret, never as text. */
class RegistryLoginTest {

    @Test
    void theAwsStackLogsInWithASecret() {
        assertLoginIsSecret(TestStacks.devPlan());
    }

    @Test
    void theLocalStackLogsInWithASecret() {
        assertLoginIsSecret(TestStacks.localPlan());
    }

    private static void assertLoginIsSecret(Plan plan) {
        assertThat(plan.ofType("pulumi:providers:docker")).singleElement().satisfies(login ->
                assertThat(login.inputs()).hasToString("{\"registryAuth\":\"[secret]\"}"));
        // The stand-in the offline plan reads for the stack file's encrypted password.
        assertThat(PlanPrinter.json(plan)).doesNotContain(StackFile.SECRET_PLACEHOLDER);
    }
}
