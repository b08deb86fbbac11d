package io.github.overleafha.config;

import io.github.overleafha.TestStacks;
import io.github.overleafha.core.SignIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Sign-in (LDAP, SAML) and the pass-through of other Server Pro settings: what is accepted and what is refused. */
class IntegrationsConfigTest {

    /** A real certificate body is long; any valid base64 stands for it here. */
    private static final String CERTIFICATE = "MIICizCCAfQCCQCY8tKaMc0BMjANBgkqhkiG9w0BAQsFADCBiTELMAkGA1UEBhMCTk8xEjAQ";
    private static final Set<String> SECRET_KEYS = Set.of("overleaf-ha:smtpPassword", "overleaf-ha:registryPassword",
            "overleaf-ha:ldapBindPassword", "overleaf-ha:serverProSecretSettings", "overleaf-ha:samlSigningKey",
            "overleaf-ha:samlDecryptionKey");
    /** PEM as `pulumi config set --secret KEY < key.pem` stores it: the file's lines, its last line break. */
    private static final String SIGNING_KEY = "-----BEGIN PRIVATE KEY-----\nc2lnbmluZy1rZXk=\n-----END PRIVATE KEY-----\n";
    private static final String DECRYPTION_KEY = "-----BEGIN RSA PRIVATE KEY-----\nZGVjcnlwdGlv\nbi1rZXk=\n-----END RSA PRIVATE KEY-----";

    private static Map<String, String> saml() {
        Map<String, String> saml = new HashMap<>(Map.of("externalAuth", "saml",
                "samlEntryPoint", "https://idp.example.edu/idp/profile/SAML2/Redirect/SSO",
                "samlIssuer", "https://overleaf-dev.example.edu/saml/meta",
                "samlIdpCertificate", CERTIFICATE));
        // The dev stack signs in with LDAP: switch every LDAP key off.
        for (String key : new String[] {"ldapUrl", "ldapBindDn", "ldapSearchBase", "ldapFirstNameAttribute", "ldapLastNameAttribute", "ldapBindPassword"}) {
            saml.put(key, "");
        }
        return saml;
    }

    private static StackConfig loadWithSecrets(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(TestStacks.devValues(Map.of()).values());
        overrides.forEach((key, value) -> values.put(key.contains(":") ? key : "overleaf-ha:" + key, value));
        return StackConfigLoader.load(new ConfigValues("overleaf-ha", "dev", values, SECRET_KEYS));
    }

    @Test
    void theDevStackSignsInWithLdapAndItsBindPasswordIsASecret() {
        StackConfig dev = TestStacks.dev();
        assertThat(dev.integrations().signIn()).get().isInstanceOfSatisfying(SignIn.Ldap.class, ldap -> {
            assertThat(ldap.url()).isEqualTo("ldaps://ldap.example.edu:636");
            assertThat(ldap.bindDn()).contains("cn=overleaf,ou=services,dc=example,dc=edu");
            assertThat(ldap.searchFilter()).isEqualTo("(uid={{username}})");
            assertThat(ldap.emailAttribute()).isEqualTo("mail");
            assertThat(ldap.rejectUnauthorized()).isTrue();
        });
        assertThat(dev.integrations().ldapBindPassword()).get().hasToString("[secret]");
        assertThat(dev.integrations().settings())
                .containsExactly(Map.entry("OVERLEAF_LDAP_PLACEHOLDER", "University ID"), Map.entry("OVERLEAF_SITE_LANGUAGE", "en"));
        assertThat(dev.integrations().secretSettings()).containsOnlyKeys("OVERLEAF_SESSION_SECRET");
    }

    @Test
    void samlTakesItsCallbackFromTheSiteUrl() {
        StackConfig config = TestStacks.dev(saml());
        SignIn signIn = config.integrations().signIn().orElseThrow();
        assertThat(signIn.environment(config.site().url().toString()))
                .containsEntry("EXTERNAL_AUTH", "saml")
                .containsEntry("OVERLEAF_SAML_CALLBACK_URL", "https://overleaf-dev.example.edu/saml/callback")
                .containsEntry("OVERLEAF_SAML_CERT", CERTIFICATE)
                .containsEntry("OVERLEAF_SAML_EMAIL_FIELD", "nameID")
                .containsEntry("OVERLEAF_SAML_FIRST_NAME_FIELD", "givenName")
                .containsEntry("OVERLEAF_SAML_LAST_NAME_FIELD", "lastName");
        assertThat(config.integrations().samlSigningKey()).isEmpty();
        assertThat(config.integrations().samlDecryptionKey()).isEmpty();
        assertThat(config.integrations().ldapBindPassword()).isEmpty();
    }

    @Test
    void samlsPrivateKeysAreSecretsTheSigningKeyReachesServerProAsAFileTheDecryptionKeyAsItsValue() {
        Map<String, String> keys = new HashMap<>(saml());
        keys.putAll(Map.of("samlSigningKey", SIGNING_KEY, "samlDecryptionKey", DECRYPTION_KEY,
                // The matching public certificates, for Server Pro's metadata, are plain settings.
                "serverProSettings", "[{OVERLEAF_SAML_SIGNING_CERT: c2lnbmluZy1jZXJ0}, {OVERLEAF_SAML_DECRYPTION_CERT: ZGVjcnlwdGlvbi1jZXJ0}]"));
        StackConfig config = loadWithSecrets(keys);
        SignIn signIn = config.integrations().signIn().orElseThrow();
        // Server Pro reads OVERLEAF_SAML_PRIVATE_CERT as a path and OVERLEAF_SAML_DECRYPTION_PVK as the PEM itself.
        assertThat(signIn.environment(config.site().url().toString()))
                .containsEntry("OVERLEAF_SAML_PRIVATE_CERT", SignIn.SAML_SIGNING_KEY_PATH)
                .doesNotContainKey(SignIn.SAML_DECRYPTION_KEY);
        assertThat(config.integrations().settings()).containsOnlyKeys("OVERLEAF_SAML_SIGNING_CERT", "OVERLEAF_SAML_DECRYPTION_CERT");
        assertThat(config.integrations().samlSigningKey()).get().hasToString("[secret]")
                .satisfies(key -> assertThat(key.value()).isEqualTo(SIGNING_KEY.strip()));
        assertThat(config.integrations().samlDecryptionKey()).get().satisfies(key -> assertThat(key.value()).isEqualTo(DECRYPTION_KEY));
        Map<String, String> decryptOnly = new HashMap<>(saml());
        decryptOnly.put("samlDecryptionKey", DECRYPTION_KEY);
        StackConfig decrypts = loadWithSecrets(decryptOnly);
        assertThat(decrypts.integrations().signIn().orElseThrow().environment("https://x")).doesNotContainKey("OVERLEAF_SAML_PRIVATE_CERT");
        assertThat(decrypts.integrations().samlSigningKey()).isEmpty();
        assertThat(decrypts.integrations().samlDecryptionKey()).isPresent();
    }

    @Test
    void aSamlKeyInPlainTextIsRefusedWithoutShowingIt() {
        Map<String, String> values = new HashMap<>(TestStacks.devValues(Map.of()).values());
        saml().forEach((key, value) -> values.put("overleaf-ha:" + key, value));
        values.put("overleaf-ha:samlSigningKey", SIGNING_KEY);
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> StackConfigLoader.load(
                new ConfigValues("overleaf-ha", "dev", values, Set.of("overleaf-ha:smtpPassword",
                        "overleaf-ha:registryPassword"))));
        assertThat(error.problems()).anySatisfy(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:samlSigningKey");
            assertThat(problem.fix()).contains("pulumi config set --secret samlSigningKey");
        });
        assertThat(error.getMessage()).doesNotContain("c2lnbmluZy1rZXk");
    }

    @Test
    void withoutExternalAuthNobodySignsInElsewhere() {
        StackConfig config = loadWithSecrets(Map.of("externalAuth", "none", "ldapUrl", "", "ldapBindDn", "", "ldapSearchBase", "",
                "ldapFirstNameAttribute", "", "ldapLastNameAttribute", "", "ldapBindPassword", ""));
        assertThat(config.integrations().signIn()).isEmpty();
        assertThat(config.integrations().ldapBindPassword()).isEmpty();
    }

    static Stream<Arguments> badSignIns() {
        return Stream.of(
                bad(Map.of("externalAuth", "oidc"), "externalAuth", "none, ldap, saml"),
                bad(Map.of("ldapUrl", "ldap://ldap.example.edu:389"), "ldapUrl", "ldaps://ldap.example.edu:636"),
                bad(Map.of("ldapUrl", "https://ldap.example.edu"), "ldapUrl", "not an LDAP URL"),
                bad(Map.of("ldapUrl", ""), "ldapUrl", "set ldapUrl"),
                bad(Map.of("ldapSearchBase", ""), "ldapSearchBase", "ou=people"),
                bad(Map.of("ldapSearchBase", "people"), "ldapSearchBase", "not a distinguished name"),
                bad(Map.of("ldapBindDn", "overleaf"), "ldapBindDn", "not a distinguished name"),
                bad(Map.of("ldapSearchFilter", "(uid=%s)"), "ldapSearchFilter", "{{username}}"),
                bad(Map.of("ldapSearchFilter", "uid={{username}}"), "ldapSearchFilter", "in parentheses"),
                bad(Map.of("ldapEmailAttribute", "e mail"), "ldapEmailAttribute", "not an LDAP attribute name"),
                bad(Map.of("ldapBindDn", ""), "ldapBindDn", "neither means an anonymous search"),
                bad(Map.of("samlEntryPoint", "https://idp.example.edu/sso"), "samlEntryPoint", "set externalAuth to saml"),
                bad(with(saml(), "samlEntryPoint", "http://idp.example.edu/sso"), "samlEntryPoint", "https URL"),
                bad(with(saml(), "samlIssuer", ""), "samlIssuer", "entity id"),
                bad(with(saml(), "samlIdpCertificate", ""), "samlIdpCertificate", "since 2.7.0"),
                bad(with(saml(), "samlIdpCertificate", "-----BEGIN CERTIFICATE-----" + CERTIFICATE), "samlIdpCertificate", "single-line"),
                bad(with(saml(), "samlIdpCertificate", "not base64!"), "samlIdpCertificate", "BEGIN/END"),
                bad(with(saml(), "samlEmailField", "e mail"), "samlEmailField", "no spaces"),
                bad(with(saml(), "ldapUrl", "ldaps://ldap.example.edu"), "ldapUrl", "set externalAuth to ldap"),
                bad(Map.of("samlSigningKey", SIGNING_KEY), "samlSigningKey", "set externalAuth to saml"),
                bad(with(saml(), "samlSigningKey", "c2lnbmluZy1rZXk="), "samlSigningKey", "PEM form"),
                bad(with(saml(), "samlDecryptionKey", "-----BEGIN CERTIFICATE-----\nc2lnbmluZy1rZXk=\n-----END CERTIFICATE-----"),
                        "samlDecryptionKey", "< key.pem"),
                bad(with(saml(), "samlDecryptionKey", "-----BEGIN ENCRYPTED PRIVATE KEY-----\nc2lnbmluZy1rZXk=\n"
                        + "-----END ENCRYPTED PRIVATE KEY-----"), "samlDecryptionKey", "no passphrase"),
                bad(with(saml(), "samlSigningKey", "-----BEGIN RSA PRIVATE KEY-----\nc2lnbmluZy1rZXk=\n-----END PRIVATE KEY-----"),
                        "samlSigningKey", "PEM form"),
                bad(with(saml(), "samlSigningKey", "-----BEGIN PRIVATE KEY-----\nnot base64!\n-----END PRIVATE KEY-----"),
                        "samlSigningKey", "PEM form"),
                // passport-saml signs and xml-encryption decrypts with RSA only: other keys are refused at preview.
                bad(with(saml(), "samlSigningKey", "-----BEGIN EC PRIVATE KEY-----\nc2lnbmluZy1rZXk=\n-----END EC PRIVATE KEY-----"),
                        "samlSigningKey", "RSA keys only"),
                bad(with(saml(), "samlSigningKey", pkcs8Pem("EC")), "samlSigningKey", "the key is EC"),
                bad(with(saml(), "samlDecryptionKey", pkcs8Pem("EC")), "samlDecryptionKey", "openssl genpkey -algorithm RSA"),
                bad(with(saml(), "samlDecryptionKey", pkcs8Pem("Ed25519")), "samlDecryptionKey", "the key is EdDSA"),
                bad(with(saml(), "samlDecryptionKey", pkcs8Pem("X25519")), "samlDecryptionKey", "the key is XDH"),
                bad(with(saml(), "samlSigningKey", pkcs8Pem("DSA")), "samlSigningKey", "the key is DSA"));
    }

    @Test
    void realRsaKeysAreTakenForSigningAndDecrypting() {
        Map<String, String> keys = new HashMap<>(saml());
        keys.putAll(Map.of("samlSigningKey", pkcs8Pem("RSA"), "samlDecryptionKey", pkcs8Pem("RSA")));
        StackConfig config = loadWithSecrets(keys);
        assertThat(config.integrations().samlSigningKey()).isPresent();
        assertThat(config.integrations().samlDecryptionKey()).isPresent();
    }

    /** A freshly generated private key as `openssl genpkey` writes it: PKCS#8 PEM, 64-character lines. */
    private static String pkcs8Pem(String algorithm) {
        try {
            byte[] der = KeyPairGenerator.getInstance(algorithm).generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 runtime has " + algorithm, e);
        }
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> changed = new HashMap<>(base);
        changed.put(key, value);
        return changed;
    }

    private static Arguments bad(Map<String, String> overrides, String key, String reason) {
        return Arguments.of(overrides, key, reason);
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                bad(Map.of("serverProSettings", "[{OVERLEAF_SITE_LANGAUGE: de}]"), "serverProSettings", "did you mean OVERLEAF_SITE_LANGUAGE?"),
                bad(Map.of("serverProSettings", "[{OVERLEAF_APP_NAME: X}]"), "serverProSettings", "set appName instead"),
                bad(Map.of("serverProSettings", "[{OVERLEAF_LDAP_URL: ldaps://x}]"), "serverProSettings", "set ldapUrl instead"),
                bad(Map.of("serverProSettings", "[{OVERLEAF_REDIS_HOST: x}]"), "serverProSettings", "derives it from the stack"),
                bad(Map.of("serverProSettings", "[{SHARELATEX_SITE_LANGUAGE: de}]"), "serverProSettings", "write OVERLEAF_SITE_LANGUAGE"),
                bad(Map.of("serverProSettings", "[{overleaf_site_language: de}]"), "serverProSettings", "capitals"),
                bad(Map.of("serverProSettings", "[{OVERLEAF_EMAIL_AWS_SES_SECRET_KEY: abc}]"), "serverProSettings", "move it to serverProSecretSettings"),
                bad(Map.of("serverProSettings", "[{OVERLEAF_SITE_LANGUAGE: \"de\\nfr\"}]"), "serverProSettings", "one line"),
                bad(Map.of("serverProSettings", "[{OVERLEAF_SITE_LANGUAGE: de}, {OVERLEAF_SITE_LANGUAGE: fr}]"), "serverProSettings", "twice"),
                bad(Map.of("serverProSettings", "[OVERLEAF_SITE_LANGUAGE=de]"), "serverProSettings", "one NAME: value pair"),
                bad(Map.of("serverProSecretSettings", "[{OVERLEAF_SITE_LANGUAGE: x}]"), "serverProSecretSettings", "also in serverProSettings"),
                bad(Map.of("serverProSecretSettings", "[{OVERLEAF_SAML_DECRYPTION_PVK: x}]"), "serverProSecretSettings", "set samlDecryptionKey instead"),
                bad(Map.of("serverProSettings", "[{OVERLEAF_SAML_PRIVATE_CERT: /k.pem}]"), "serverProSettings", "set samlSigningKey"));
    }

    @ParameterizedTest
    @MethodSource({"badSignIns", "badSettings"})
    void badSignInsAndSettingsAreRefusedNamingTheKeyAndAFix(Map<String, String> overrides, String key, String reason) {
        assertRefused(overrides, key, reason);
    }

    @Test
    void secretSettingsMustBeEncryptedAndNeverShowTheirValue() {
        Map<String, String> values = new HashMap<>(TestStacks.devValues(Map.of()).values());
        values.put("overleaf-ha:serverProSecretSettings", "[{\"OVERLEAF_SESSION_SECRET\": \"hunter2\"}]");
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> StackConfigLoader.load(
                new ConfigValues("overleaf-ha", "dev", values, Set.of("overleaf-ha:smtpPassword",
                        "overleaf-ha:registryPassword", "overleaf-ha:ldapBindPassword"))));
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:serverProSecretSettings");
            assertThat(problem.fix()).contains("pulumi config set --secret --path 'serverProSecretSettings[0].NAME'");
        });
        assertThat(error.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void aPlainListWithAnEncryptedValueIsRefused() {
        Map<String, String> values = new HashMap<>(TestStacks.devValues(Map.of()).values());
        Set<String> secret = new java.util.HashSet<>(SECRET_KEYS);
        secret.add("overleaf-ha:serverProSettings");
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> StackConfigLoader.load(
                new ConfigValues("overleaf-ha", "dev", values, secret)));
        assertThat(error.problems()).singleElement().satisfies(problem ->
                assertThat(problem.fix()).contains("move the secret entries to serverProSecretSettings"));
    }

    @Test
    void aSecretSettingWithALineBreakIsRefusedWithoutItsValue() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> loadWithSecrets(Map.of(
                "serverProSecretSettings", "[{\"OVERLEAF_EMAIL_AWS_SES_SECRET_KEY\": \"-----BEGIN KEY-----\\nabc\\n-----END KEY-----\"}]")));
        assertThat(error.problems()).singleElement().satisfies(problem -> assertThat(problem.why()).contains("one line"));
        assertThat(error.getMessage()).doesNotContain("BEGIN KEY");
    }

    @Test
    void theLocalStackTakesTheSameSignIn() {
        Map<String, String> local = new HashMap<>(saml());
        local.put("samlEntryPoint", "http://localhost:8081/simplesaml/saml2/idp/SSOService.php");
        StackConfig config = TestStacks.local(local);
        assertThat(config.integrations().signIn()).get().isInstanceOf(SignIn.Saml.class);
        assertThat(TestStacks.local(Map.of("externalAuth", "ldap", "ldapUrl", "ldap://ldap:389",
                "ldapSearchBase", "ou=people,dc=planetexpress,dc=com")).integrations().signIn()).get()
                .isInstanceOfSatisfying(SignIn.Ldap.class, ldap -> assertThat(ldap.bindDn()).isEqualTo(Optional.empty()));
    }

    private static void assertRefused(Map<String, String> overrides, String key, String reason) {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> loadWithSecrets(overrides));
        assertThat(error).as("%s must be refused", overrides).isNotNull();
        assertThat(error.problems()).anySatisfy(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:" + key);
            assertThat(problem.why() + " " + problem.fix()).contains(reason);
        });
    }
}
