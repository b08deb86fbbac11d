package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.TestStacks;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
import static io.github.overleafha.plan.TestPlans.where;
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
        assertThat(where(plan, r -> "shared-secrets".equals(r.parent())))
                .extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("shared-secrets-web-api-password", "shared-secrets-history-password",
                        "shared-secrets-crypto-random", "shared-secrets-ot-jwt-auth-key", "shared-secrets-invite-token-secret");
        // The data services' credentials are generated the same way.
        assertThat(ofType(plan, "random:index/randomPassword:RandomPassword")).hasSize(7).allSatisfy(password -> {
            assertThat(input(password, "length").asInt()).isEqualTo(44);
            assertThat(input(password, "special").asBoolean()).isFalse();
        });
    }

    @Test
    void theSecretEnvironmentIsStoredAsASecretInSecretsManager() {
        PlannedResource secret = get(plan, "aws:secretsmanager/secret:Secret", "secret-store-environment");
        // A prefix: a destroyed stack's secret keeps its name through the recovery window, a new one must not clash.
        assertThat(text(secret, "namePrefix")).isEqualTo("overleaf-ha/dev/server-pro-environment-");
        assertThat(input(secret, "name").isMissingNode()).isTrue();
        assertThat(input(secret, "recoveryWindowInDays").asInt()).isEqualTo(14);
        PlannedResource version = get(plan, "aws:secretsmanager/secretVersion:SecretVersion", "secret-store-environment");
        assertThat(text(version, "secretString")).isEqualTo("[secret]");
        assertThat(text(version, "secretId")).isEqualTo("secret-store-environment-id");
    }

    @Test
    void onlyTheNodesRoleMayReadTheSecret() throws Exception {
        JsonNode statement = JSON.readTree(text(get(plan, "aws:iam/policy:Policy", "secret-store-read"), "policy"))
                .path("Statement").get(0);
        assertThat(statement.path("Action")).extracting(JsonNode::asText).containsExactly("secretsmanager:GetSecretValue");
        assertThat(statement.path("Resource")).extracting(JsonNode::asText)
                .containsExactly("arn:aws:secretsmanager:eu-west-1:123456789012:secret:overleaf-ha/dev/server-pro-environment-*-??????");
    }

    @Test
    void eachNodeRoleHoldsExactlyTheBucketSecretAndItsOperationsPolicies() throws Exception {
      for (String role : java.util.List.of("leader", "follower")) {
        String name = "fleet-" + role + "-identity";
        JsonNode trust = JSON.readTree(text(get(plan, "aws:iam/role:Role", name + "-role"), "assumeRolePolicy"));
        assertThat(trust.path("Statement").get(0).path("Principal").path("Service").asText()).isEqualTo("ec2.amazonaws.com");
        assertThat(ofType(plan, "aws:iam/rolePolicyAttachment:RolePolicyAttachment"))
                .filteredOn(attachment -> (name + "-role").equals(text(attachment, "role")))
                .extracting(a -> text(a, "policyArn"))
                .containsExactlyInAnyOrder(
                        "arn:aws:iam::123456789012:policy/storage-user-files-access",
                        "arn:aws:iam::123456789012:policy/storage-template-files-access",
                        "arn:aws:iam::123456789012:policy/storage-project-blobs-access",
                        "arn:aws:iam::123456789012:policy/storage-chunks-access",
                        "arn:aws:iam::123456789012:policy/secret-store-read",
                        "arn:aws:iam::123456789012:policy/registry-credentials-read",
                        "arn:aws:iam::123456789012:policy/fleet-" + role + "-operations",
                        "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore");
        assertThat(text(get(plan, "aws:iam/instanceProfile:InstanceProfile", name + "-profile"), "role"))
                .isEqualTo(name + "-role");
      }
    }

    @Test
    void registryCredentialsAreASecretOfTheirOwn() {
        PlannedResource secret = get(plan, "aws:secretsmanager/secret:Secret", "registry-credentials-environment");
        assertThat(text(secret, "namePrefix")).isEqualTo("overleaf-ha/dev/registry-credentials-");
        assertThat(text(get(plan, "aws:secretsmanager/secretVersion:SecretVersion", "registry-credentials-environment"), "secretString")).isEqualTo("[secret]");
    }

    @Test
    void noStaticAccessKeyExists() {
        assertThat(ofType(plan, "aws:iam/accessKey:AccessKey")).isEmpty();
        assertThat(ofType(plan, "aws:iam/user:User")).isEmpty();
    }

    @Test
    void secretOutputsAreMarkedOrAbsent() {
        assertThat(plan.outputs().get("sharedSecretArn").asText()).startsWith("arn:aws:secretsmanager:");
        assertThat(plan.outputs().values()).noneSatisfy(value -> assertThat(value.toString()).contains("generated-at-deploy"));
    }
}
