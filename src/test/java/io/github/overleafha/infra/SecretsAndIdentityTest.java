package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.TestStacks;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsAndIdentityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.devPlan(Map.of("secretRecoveryWindowDays", "14"));
    }

    @Test
    void eachSharedSecretIsGeneratedOnceWith262BitsOfLettersAndDigits() {
        assertThat(plan.where(r -> "shared-secrets".equals(r.parent())))
                .extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("shared-secrets-web-api-password", "shared-secrets-history-password",
                        "shared-secrets-crypto-random", "shared-secrets-ot-jwt-auth-key", "shared-secrets-invite-token-secret");
        // The data services' credentials are generated the same way.
        assertThat(plan.ofType("random:index/randomPassword:RandomPassword")).hasSize(7).allSatisfy(password -> {
            assertThat(password.input("length").asInt()).isEqualTo(44);
            assertThat(password.input("special").asBoolean()).isFalse();
        });
    }

    @Test
    void theSecretEnvironmentIsStoredAsASecretInSecretsManager() {
        PlannedResource secret = plan.get("aws:secretsmanager/secret:Secret", "secret-store-environment");
        assertThat(secret.text("name")).isEqualTo("overleaf-ha/dev/server-pro-environment");
        assertThat(secret.input("recoveryWindowInDays").asInt()).isEqualTo(14);
        PlannedResource version = plan.get("aws:secretsmanager/secretVersion:SecretVersion", "secret-store-environment");
        assertThat(version.text("secretString")).isEqualTo("[secret]");
        assertThat(version.text("secretId")).isEqualTo("overleaf-ha/dev/server-pro-environment");
    }

    @Test
    void onlyTheNodesRoleMayReadTheSecret() throws Exception {
        JsonNode statement = JSON.readTree(plan.get("aws:iam/policy:Policy", "secret-store-read").text("policy"))
                .path("Statement").get(0);
        assertThat(statement.path("Action")).extracting(JsonNode::asText).containsExactly("secretsmanager:GetSecretValue");
        assertThat(statement.path("Resource")).extracting(JsonNode::asText)
                .containsExactly("arn:aws:secretsmanager:eu-west-1:123456789012:secret:overleaf-ha/dev/server-pro-environment-??????");
    }

    @Test
    void eachNodeRoleHoldsExactlyTheBucketSecretAndItsOperationsPolicies() throws Exception {
      for (String role : java.util.List.of("leader", "follower")) {
        String name = "fleet-" + role + "-identity";
        JsonNode trust = JSON.readTree(plan.get("aws:iam/role:Role", name + "-role").text("assumeRolePolicy"));
        assertThat(trust.path("Statement").get(0).path("Principal").path("Service").asText()).isEqualTo("ec2.amazonaws.com");
        assertThat(plan.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment"))
                .filteredOn(attachment -> (name + "-role").equals(attachment.text("role")))
                .extracting(a -> a.text("policyArn"))
                .containsExactlyInAnyOrder(
                        "arn:aws:iam::123456789012:policy/storage-user-files-access",
                        "arn:aws:iam::123456789012:policy/storage-template-files-access",
                        "arn:aws:iam::123456789012:policy/storage-project-blobs-access",
                        "arn:aws:iam::123456789012:policy/storage-chunks-access",
                        "arn:aws:iam::123456789012:policy/secret-store-read",
                        "arn:aws:iam::123456789012:policy/registry-credentials-read",
                        "arn:aws:iam::123456789012:policy/fleet-" + role + "-operations",
                        "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore");
        assertThat(plan.get("aws:iam/instanceProfile:InstanceProfile", name + "-profile").text("role"))
                .isEqualTo(name + "-role");
      }
    }

    @Test
    void registryCredentialsAreASecretOfTheirOwn() {
        PlannedResource secret = plan.get("aws:secretsmanager/secret:Secret", "registry-credentials-environment");
        assertThat(secret.text("name")).isEqualTo("overleaf-ha/dev/registry-credentials");
        assertThat(plan.get("aws:secretsmanager/secretVersion:SecretVersion", "registry-credentials-environment")
                .text("secretString")).isEqualTo("[secret]");
    }

    @Test
    void noStaticAccessKeyExists() {
        assertThat(plan.ofType("aws:iam/accessKey:AccessKey")).isEmpty();
        assertThat(plan.ofType("aws:iam/user:User")).isEmpty();
    }

    @Test
    void secretOutputsAreMarkedOrAbsent() {
        assertThat(plan.outputs().get("sharedSecretArn").asText()).startsWith("arn:aws:secretsmanager:");
        assertThat(plan.outputs().values()).noneSatisfy(value -> assertThat(value.toString()).contains("generated-at-deploy"));
    }
}
