package io.github.overleafha;

import io.github.overleafha.config.ConfigSources;
import io.github.overleafha.config.ConfigValues;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.config.StackConfigLoader;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.TestPlans;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.text;

/** The repository's own stack files, with per-test overrides, as every test's starting point. */
public final class TestStacks {

    public static final Path PROJECT_DIR = Path.of("").toAbsolutePath();

    private static final String SIGNING_KEY = "-----BEGIN PRIVATE KEY-----\nc2lnbmluZy1rZXktaW4tY2xlYXI=\n-----END PRIVATE KEY-----";
    private static final String DECRYPTION_KEY = "-----BEGIN PRIVATE KEY-----\nZGVjcnlwdGlvbi1rZXktaW4tY2xlYXI=\n-----END PRIVATE KEY-----";

    private TestStacks() {
    }

    /** The dev stack's raw config with {@code overrides} (project keys may omit the "overleaf-ha:" prefix). */
    public static ConfigValues devValues(Map<String, String> overrides) {
        return values("dev", overrides);
    }

    /** A stack file's raw config with {@code overrides}, keys as for {@link #devValues}. */
    public static ConfigValues values(String stack, Map<String, String> overrides) {
        Map<String, String> qualified = new LinkedHashMap<>();
        overrides.forEach((key, value) -> qualified.put(key.contains(":") ? key : "overleaf-ha:" + key, value));
        return ConfigSources.offline(PROJECT_DIR, stack, qualified);
    }

    /** The dev stack's settings under another stack name, as `pulumi stack init <stack>` with the same config. */
    public static ConfigValues devValuesAs(String stack, Map<String, String> overrides) {
        ConfigValues dev = devValues(overrides);
        return new ConfigValues(dev.project(), stack, dev.values(), dev.secretKeys());
    }

    public static StackConfig dev(Map<String, String> overrides) {
        return StackConfigLoader.load(devValues(overrides));
    }

    /** The AWS part of the dev stack with {@code overrides}. */
    public static StackConfig.Aws devAws(Map<String, String> overrides) {
        return aws(dev(overrides));
    }

    public static StackConfig.Aws devAws() {
        return devAws(Map.of());
    }

    /** The AWS part of an AWS stack's configuration. */
    public static StackConfig.Aws aws(StackConfig config) {
        if (config.target() instanceof StackConfig.Aws aws) {
            return aws;
        }
        throw new AssertionError("stack " + config.stack() + " is not an AWS stack");
    }

    public static StackConfig dev() {
        return dev(Map.of());
    }

    public static Plan devPlan(Map<String, String> overrides) {
        return TestPlans.plan(dev(overrides));
    }

    public static Plan devPlan() {
        return devPlan(Map.of());
    }

    /** The user data a fleet role's launch template carries ({@code leader} or {@code follower}), decoded. */
    public static String userData(Plan plan, String role) {
        return new String(Base64.getDecoder().decode(
                text(get(plan, "aws:ec2/launchTemplate:LaunchTemplate", "fleet-" + role), "userData")), StandardCharsets.UTF_8);
    }

    /**
     * A stack signing in with SAML, with both private keys set as secrets (their base64 bodies read
     * {@code signing-key-in-clear} and {@code decryption-key-in-clear}), and {@code overrides}.
     */
    public static StackConfig samlWithKeys(String stack, Map<String, String> overrides) {
        Map<String, String> saml = new HashMap<>(Map.of("externalAuth", "saml",
                "samlEntryPoint", "https://idp.example.edu/idp/profile/SAML2/Redirect/SSO", "samlIssuer", "overleaf",
                "samlIdpCertificate", "MIICizCCAfQCCQCY8tKaMc0BMjANBgkqhkiG9w0BAQsFADCBiTELMAkG"));
        for (String key : List.of("ldapUrl", "ldapBindDn", "ldapSearchBase", "ldapFirstNameAttribute", "ldapLastNameAttribute")) {
            saml.put(key, "");
        }
        saml.putAll(overrides);
        ConfigValues values = values(stack, saml);
        Map<String, String> raw = new HashMap<>(values.values());
        raw.remove("overleaf-ha:ldapBindPassword");
        raw.put("overleaf-ha:samlSigningKey", SIGNING_KEY);
        raw.put("overleaf-ha:samlDecryptionKey", DECRYPTION_KEY);
        Set<String> secretKeys = new HashSet<>(values.secretKeys());
        secretKeys.addAll(List.of("overleaf-ha:samlSigningKey", "overleaf-ha:samlDecryptionKey"));
        return StackConfigLoader.load(new ConfigValues(values.project(), values.stack(), raw, secretKeys));
    }

    /** The local (one Docker host) stack with {@code overrides}. */
    public static StackConfig local(Map<String, String> overrides) {
        return StackConfigLoader.load(values("local", overrides));
    }

    public static Plan localPlan(Map<String, String> overrides) {
        return TestPlans.plan(local(overrides));
    }

    public static Plan localPlan() {
        return localPlan(Map.of());
    }
}
