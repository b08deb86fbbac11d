package io.github.overleafha.core;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every Server Pro variable whose value is a secret. These reach a node only through the secret store at boot,
 * never through user data or a plain environment file; renderers refuse a plain environment holding one.
 */
public final class SecretVariables {

    public static final String MONGO_URL = "OVERLEAF_MONGO_URL";
    public static final Set<String> REDIS_PASSWORD = Set.of("OVERLEAF_REDIS_PASS", "REDIS_PASSWORD");
    public static final String SMTP_PASSWORD = "OVERLEAF_EMAIL_SMTP_PASS";
    public static final Set<String> S3_KEYS = Set.of(
            "OVERLEAF_FILESTORE_S3_ACCESS_KEY_ID", "OVERLEAF_FILESTORE_S3_SECRET_ACCESS_KEY",
            "OVERLEAF_HISTORY_S3_ACCESS_KEY_ID", "OVERLEAF_HISTORY_S3_SECRET_ACCESS_KEY");

    private SecretVariables() {
    }

    public static Set<String> all() {
        Set<String> all = new TreeSet<>();
        for (SharedSecret secret : SharedSecret.values()) {
            all.addAll(secret.variables());
        }
        all.add(MONGO_URL);
        all.addAll(REDIS_PASSWORD);
        all.add(SMTP_PASSWORD);
        all.addAll(S3_KEYS);
        all.add(SignIn.LDAP_BIND_CREDENTIALS);
        all.add(SignIn.SAML_DECRYPTION_KEY);
        return all;
    }

    public static boolean isSecret(String variable) {
        return all().contains(variable);
    }
}
