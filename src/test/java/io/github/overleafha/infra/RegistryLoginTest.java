package io.github.overleafha.infra;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackFile;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlanPrinter;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
import static io.github.overleafha.plan.TestPlans.where;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry login: on AWS only the nodes use it (from Secrets Manager), on the local stack the Docker provider
 * does, as a secret; on both the plan names the one host it goes to in clear.
 */
class RegistryLoginTest {

    @Test
    void theAwsStackHasNoDockerProviderAndKeepsTheLoginForTheNodesNamingItsHost() {
        Plan plan = TestStacks.devPlan();

        assertThat(where(plan, resource -> resource.type().startsWith("docker:")
                || resource.type().equals("pulumi:providers:docker") || resource.type().equals("pulumi:index:Stash"))).isEmpty();
        assertThat(text(get(plan, "aws:secretsmanager/secret:Secret", "registry-credentials-environment"), "description"))
                .isEqualTo("Login of quay.io for the Server Pro images (managed by Pulumi)");
        assertThat(plan.outputs().get("imageRegistry").asText()).isEqualTo("quay.io");
        assertThat(TestStacks.devPlan(Map.of("allowedRegistries", "[registry.example.edu]",
                "serverProImage", "registry.example.edu/overleaf/sharelatex-pro",
                "gitBridgeImage", "registry.example.edu/overleaf/git-bridge")).outputs().get("imageRegistry").asText())
                .isEqualTo("registry.example.edu");
    }

    @Test
    void theLocalStackLogsInWithASecretAndNamesTheHostInClear() {
        Plan plan = TestStacks.localPlan();

        assertThat(ofType(plan, "pulumi:providers:docker")).singleElement().satisfies(login ->
                assertThat(login.inputs()).hasToString("{\"registryAuth\":\"[secret]\"}"));
        // The stand-in the offline plan reads for the stack file's encrypted password.
        assertThat(PlanPrinter.json(plan)).doesNotContain(StackFile.SECRET_PLACEHOLDER);
        assertThat(plan.outputs().get("imageRegistry").asText()).isEqualTo("quay.io");
    }
}
