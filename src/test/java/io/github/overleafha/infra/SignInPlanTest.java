package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.ConfigValues;
import io.github.overleafha.config.StackConfigLoader;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlanPrinter;
import io.github.overleafha.plan.TestPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in and pass-through settings reach both targets: plain ones in the environment, secret ones only as secrets. */
class SignInPlanTest {

    private static Plan dev;

    @BeforeAll
    static void plan() {
        dev = TestStacks.devPlan();
    }

    @Test
    void awsNodesGetLdapAndTheSettingsInTheirEnvironment() {
        for (String role : List.of("leader", "follower")) {
            String userData = TestStacks.userData(dev, role);
            assertThat(userData).contains("EXTERNAL_AUTH=ldap", "OVERLEAF_LDAP_URL=ldaps://ldap.example.edu:636",
                    "OVERLEAF_LDAP_BIND_DN=cn=overleaf,ou=services,dc=example,dc=edu",
                    "OVERLEAF_LDAP_SEARCH_BASE=ou=people,dc=example,dc=edu",
                    "OVERLEAF_LDAP_SEARCH_FILTER=(uid={{username}})", "OVERLEAF_LDAP_EMAIL_ATT=mail",
                    "OVERLEAF_LDAP_NAME_ATT=givenName", "OVERLEAF_LDAP_LAST_NAME_ATT=sn",
                    "OVERLEAF_LDAP_TLS_OPTS_REJECT_UNAUTH=true", "OVERLEAF_SITE_LANGUAGE=en",
                    "OVERLEAF_LDAP_PLACEHOLDER=University ID");
            // Secrets are named in the secret store only; S3 on AWS needs no MD5 fallback.
            assertThat(userData).doesNotContain("OVERLEAF_LDAP_BIND_CREDENTIALS=", "OVERLEAF_SESSION_SECRET=",
                    "DELETE_OBJECTS_MD5_FALLBACK");
        }
    }

    @Test
    void theBindPasswordAndSecretSettingsTravelThroughTheSecretStore() {
        List<String> names = StreamSupport.stream(dev.outputs().get("sharedSecretVariables").spliterator(), false)
                .map(JsonNode::asText).toList();
        assertThat(names).contains("OVERLEAF_LDAP_BIND_CREDENTIALS", "OVERLEAF_SESSION_SECRET");
        assertThat(text(get(dev, "aws:secretsmanager/secretVersion:SecretVersion", "secret-store-environment"), "secretString")).isEqualTo("[secret]");
        assertThat(TestStacks.userData(dev, "follower")).contains("OVERLEAF_LDAP_BIND_CREDENTIALS", "OVERLEAF_SESSION_SECRET");
    }

    @Test
    void theLocalStackGetsTheSameSettingsWithSecretsHidden() {
        ConfigValues values = TestStacks.values("local", Map.of("externalAuth", "ldap", "ldapUrl", "ldap://ldap:389",
                "ldapSearchBase", "ou=people,dc=planetexpress,dc=com", "ldapBindDn", "cn=admin,dc=planetexpress,dc=com",
                "serverProSettings", "[{OVERLEAF_SITE_LANGUAGE: de}]"));
        Map<String, String> raw = new HashMap<>(values.values());
        raw.put("overleaf-ha:ldapBindPassword", "GoodNewsEveryone");
        raw.put("overleaf-ha:serverProSecretSettings", "[{\"OVERLEAF_EMAIL_AWS_SES_SECRET_KEY\": \"ses-key-in-clear\"}]");
        Set<String> secretKeys = new HashSet<>(values.secretKeys());
        secretKeys.addAll(List.of("overleaf-ha:ldapBindPassword", "overleaf-ha:serverProSecretSettings"));
        Plan local = TestPlans.plan(StackConfigLoader.load(new ConfigValues(values.project(), values.stack(), raw, secretKeys)));

        List<String> env = StreamSupport.stream(input(get(local, "docker:index/container:Container", "server-pro-2"), "envs").spliterator(), false).map(JsonNode::asText).toList();
        assertThat(env).contains("EXTERNAL_AUTH=ldap", "OVERLEAF_LDAP_URL=ldap://ldap:389",
                "OVERLEAF_LDAP_BIND_DN=cn=admin,dc=planetexpress,dc=com", "OVERLEAF_SITE_LANGUAGE=de",
                "DELETE_OBJECTS_MD5_FALLBACK=true");
        // Each secret sits where its name sorts, hidden: the bind password just before OVERLEAF_LDAP_BIND_DN.
        assertThat(env.get(env.indexOf("OVERLEAF_LDAP_BIND_DN=cn=admin,dc=planetexpress,dc=com") - 1)).isEqualTo("[secret]");
        assertThat(PlanPrinter.json(local)).doesNotContain("GoodNewsEveryone", "ses-key-in-clear");
    }

    /** A stack signing in with SAML, with both private keys set as secrets. */
    private static Plan samlWithKeys(String stack, Map<String, String> overrides) {
        return TestPlans.plan(TestStacks.samlWithKeys(stack, overrides));
    }

    /**
     * AWS: both keys in the stack's secret, the nodes told which to mount as a file (where OVERLEAF_SAML_PRIVATE_CERT
     * points) and which to pass as a multi-line value; neither value anywhere in the plan.
     */
    @Test
    void samlKeysReachAwsNodesThroughTheSecretStoreOnly() {
        Plan plan = samlWithKeys("dev", Map.of());
        List<String> names = StreamSupport.stream(plan.outputs().get("sharedSecretVariables").spliterator(), false)
                .map(JsonNode::asText).toList();
        assertThat(names).contains("OVERLEAF_HA_SAML_SIGNING_KEY", "OVERLEAF_SAML_DECRYPTION_PVK");
        for (String role : List.of("leader", "follower")) {
            assertThat(TestStacks.userData(plan, role)).contains(
                    "SECRET_FILES='OVERLEAF_HA_SAML_SIGNING_KEY=/etc/overleaf-ha/saml-signing-key.pem'",
                    "MULTILINE_SECRETS='OVERLEAF_SAML_DECRYPTION_PVK'",
                    "OVERLEAF_SAML_PRIVATE_CERT=/etc/overleaf-ha/saml-signing-key.pem");
        }
        assertThat(TestStacks.userData(dev, "leader")).contains("SECRET_FILES=''", "MULTILINE_SECRETS=''");
        assertThat(PlanPrinter.json(plan)).doesNotContain("c2lnbmluZy1rZXktaW4tY2xlYXI", "ZGVjcnlwdGlvbi1rZXktaW4tY2xlYXI");
    }

    /** Local: the signing key uploaded into each node where OVERLEAF_SAML_PRIVATE_CERT points, the other a variable. */
    @Test
    void samlKeysReachLocalNodesAsAnUploadedFileAndASecretVariable() {
        Plan plan = samlWithKeys("local", Map.of("samlEntryPoint", "http://localhost:8081/simplesaml/saml2/idp/SSOService.php"));
        for (String node : List.of("server-pro-1", "server-pro-2")) {
            var container = get(plan, "docker:index/container:Container", node);
            assertThat(input(container, "uploads").size()).isEqualTo(1);
            assertThat(text(container, "uploads.0.file")).isEqualTo("/etc/overleaf-ha/saml-signing-key.pem");
            assertThat(text(container, "uploads.0.content")).isEqualTo("[secret]");
            List<String> env = StreamSupport.stream(input(container, "envs").spliterator(), false).map(JsonNode::asText).toList();
            assertThat(env).contains("OVERLEAF_SAML_PRIVATE_CERT=/etc/overleaf-ha/saml-signing-key.pem")
                    .noneMatch(entry -> entry.startsWith("OVERLEAF_HA_SAML_SIGNING_KEY"));
            // The decryption key sorts just before OVERLEAF_SAML_EMAIL_FIELD, hidden.
            assertThat(env.get(env.indexOf("OVERLEAF_SAML_EMAIL_FIELD=nameID") - 1)).isEqualTo("[secret]");
        }
        assertThat(PlanPrinter.json(plan)).doesNotContain("c2lnbmluZy1rZXktaW4tY2xlYXI", "ZGVjcnlwdGlvbi1rZXktaW4tY2xlYXI");
        assertThat(input(get(TestStacks.localPlan(Map.of()), "docker:index/container:Container", "server-pro-1"), "uploads").isMissingNode()).isTrue();
    }
}
