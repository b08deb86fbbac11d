package io.github.overleafha.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an operator may pass to Server Pro beside the program's own settings: any variable Server Pro reads
 * (the committed list {@code server-pro-variables.txt}, with its sources), except those the program sets itself,
 * which belong to a config key.
 */
public final class ServerProSettings {

    private static final String LIST = "server-pro-variables.txt";
    private static final SortedSet<String> KNOWN = load();
    private static final String DERIVED = "nothing: the program derives it from the stack";
    /** Each variable the program sets, and what sets it. */
    private static final Map<String, String> OWNERS = owners();

    private ServerProSettings() {
    }

    public static boolean isKnown(String variable) {
        return KNOWN.contains(variable);
    }

    /** The known variable closest to a misspelt name. */
    public static Optional<String> nearest(String variable) {
        return NearestName.in(KNOWN, variable);
    }

    /** The config key (or a sentence) that sets a variable the program owns; empty when the operator may set it. */
    public static Optional<String> owner(String variable) {
        return Optional.ofNullable(OWNERS.get(variable));
    }

    /**
     * The variables the program owns. The program asks {@link #owner} one variable at a time; the whole table is for
     * {@code OwnedVariablesTest}, which proves every entry is a variable Server Pro reads (a typo would own nothing).
     */
    public static SortedSet<String> owned() {
        return new TreeSet<>(OWNERS.keySet());
    }

    private static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        own(owners, "siteUrl", "OVERLEAF_SITE_URL", "OVERLEAF_SECURE_COOKIE");
        own(owners, "appName", "OVERLEAF_APP_NAME", "OVERLEAF_NAV_TITLE");
        own(owners, "adminEmail", "OVERLEAF_ADMIN_EMAIL");
        own(owners, "loadBalancerIdleTimeoutSeconds", "NGINX_KEEPALIVE_TIMEOUT");
        own(owners, "compileTimeoutSeconds", "COMPILE_TIMEOUT");
        own(owners, "texLiveImages", "TEX_LIVE_DOCKER_IMAGE", "ALL_TEX_LIVE_DOCKER_IMAGES");
        own(owners, "emailFromAddress, smtpHost, smtpPort, smtpUser and smtpPassword", "OVERLEAF_EMAIL_FROM_ADDRESS",
                "OVERLEAF_EMAIL_SMTP_HOST", "OVERLEAF_EMAIL_SMTP_PORT", "OVERLEAF_EMAIL_SMTP_SECURE",
                "OVERLEAF_EMAIL_SMTP_USER", "OVERLEAF_EMAIL_SMTP_PASS", "EMAIL_CONFIRMATION_DISABLED");
        own(owners, "externalAuth", SignIn.EXTERNAL_AUTH);
        own(owners, "ldapUrl", "OVERLEAF_LDAP_URL");
        own(owners, "ldapBindDn", "OVERLEAF_LDAP_BIND_DN");
        own(owners, "ldapBindPassword", SignIn.LDAP_BIND_CREDENTIALS);
        own(owners, "ldapSearchBase", "OVERLEAF_LDAP_SEARCH_BASE");
        own(owners, "ldapSearchFilter", "OVERLEAF_LDAP_SEARCH_FILTER");
        own(owners, "ldapEmailAttribute", "OVERLEAF_LDAP_EMAIL_ATT");
        own(owners, "ldapFirstNameAttribute", "OVERLEAF_LDAP_NAME_ATT");
        own(owners, "ldapLastNameAttribute", "OVERLEAF_LDAP_LAST_NAME_ATT");
        own(owners, "ldapTlsRejectUnauthorized", "OVERLEAF_LDAP_TLS_OPTS_REJECT_UNAUTH");
        own(owners, "updateUserDetailsOnLogin", "OVERLEAF_LDAP_UPDATE_USER_DETAILS_ON_LOGIN",
                "OVERLEAF_SAML_UPDATE_USER_DETAILS_ON_LOGIN");
        own(owners, "samlEntryPoint", "OVERLEAF_SAML_ENTRYPOINT");
        own(owners, "siteUrl (the callback is <siteUrl>/saml/callback)", "OVERLEAF_SAML_CALLBACK_URL");
        own(owners, "samlIssuer", "OVERLEAF_SAML_ISSUER");
        own(owners, "samlIdpCertificate", "OVERLEAF_SAML_CERT");
        own(owners, "samlIdentityServiceName", "OVERLEAF_SAML_IDENTITY_SERVICE_NAME");
        own(owners, "samlEmailField", "OVERLEAF_SAML_EMAIL_FIELD", "OVERLEAF_SAML_EMAIL_FIELD_NAME");
        own(owners, "samlFirstNameField", "OVERLEAF_SAML_FIRST_NAME_FIELD");
        own(owners, "samlLastNameField", "OVERLEAF_SAML_LAST_NAME_FIELD");
        own(owners, "samlSigningKey (the node mounts it as a file)", "OVERLEAF_SAML_PRIVATE_CERT");
        own(owners, "samlDecryptionKey", SignIn.SAML_DECRYPTION_KEY);
        own(owners, "mongoDatabaseName (and the Atlas or local MongoDB the stack declares)", SecretVariables.MONGO_URL);
        own(owners, "bucketNamePrefix (and the stack's S3 or MinIO)", "OVERLEAF_FILESTORE_BACKEND",
                "OVERLEAF_FILESTORE_USER_FILES_BUCKET_NAME", "OVERLEAF_FILESTORE_TEMPLATE_FILES_BUCKET_NAME",
                "OVERLEAF_HISTORY_BACKEND", "OVERLEAF_HISTORY_PROJECT_BLOBS_BUCKET", "OVERLEAF_HISTORY_CHUNKS_BUCKET",
                "OVERLEAF_FILESTORE_S3_REGION", "OVERLEAF_HISTORY_S3_REGION", "OVERLEAF_FILESTORE_S3_ENDPOINT",
                "OVERLEAF_HISTORY_S3_ENDPOINT", "OVERLEAF_FILESTORE_S3_PATH_STYLE", "OVERLEAF_HISTORY_S3_PATH_STYLE",
                "DELETE_OBJECTS_MD5_FALLBACK");
        SecretVariables.S3_KEYS.forEach(variable -> owners.put(variable, DERIVED));
        own(owners, "redisTls", "OVERLEAF_REDIS_TLS");
        SecretVariables.REDIS_PASSWORD.forEach(variable -> owners.put(variable, DERIVED));
        for (SharedSecret secret : SharedSecret.values()) {
            secret.variables().forEach(variable -> owners.put(variable, DERIVED + " (a generated shared secret)"));
        }
        for (String derived : new String[] {"OVERLEAF_TRUSTED_PROXY_IPS", "OVERLEAF_BEHIND_PROXY", "TRUSTED_PROXY_IPS",
                "SANDBOXED_COMPILES", "SANDBOXED_COMPILES_HOST_DIR", "SANDBOXED_COMPILES_HOST_DIR_COMPILES",
                "SANDBOXED_COMPILES_HOST_DIR_OUTPUT", "SANDBOXED_COMPILES_SIBLING_CONTAINERS", "GIT_BRIDGE_ENABLED",
                "GIT_BRIDGE_HOST", "GIT_BRIDGE_PORT", "V1_HISTORY_URL", "ENABLED_LINKED_FILE_TYPES", "OVERLEAF_REDIS_HOST",
                "REDIS_HOST", "OVERLEAF_REDIS_PORT", "REDIS_PORT"}) {
            owners.put(derived, DERIVED);
        }
        return owners;
    }

    private static void own(Map<String, String> owners, String key, String... variables) {
        for (String variable : variables) {
            owners.put(variable, key);
        }
    }

    private static SortedSet<String> load() {
        try (InputStream in = ServerProSettings.class.getResourceAsStream(LIST)) {
            Objects.requireNonNull(in, LIST + " is packaged beside this class");
            SortedSet<String> names = new TreeSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
    }
}
