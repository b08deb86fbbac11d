package io.github.overleafha.core;

import java.util.List;

/**
 * A value every node must hold identically. Each is generated once (letters and digits only, so it is safe in
 * URLs, env files and Redis AUTH) and handed to Server Pro under the variables listed.
 * <p>
 * All five of the guide's secrets are always generated and always passed, whatever the version: if any one is
 * missing the image regenerates all of them at start, and an upgrade to 6.2 then needs no new secret.
 */
public enum SharedSecret {
    WEB_API_PASSWORD("web-api-password", List.of("WEB_API_PASSWORD")),
    /** History auth: the two variables must hold the same value. */
    HISTORY_PASSWORD("history-password", List.of("STAGING_PASSWORD", "V1_HISTORY_PASSWORD")),
    /** Signs session cookies. */
    CRYPTO_RANDOM("crypto-random", List.of("CRYPTO_RANDOM")),
    OT_JWT_AUTH_KEY("ot-jwt-auth-key", List.of("OT_JWT_AUTH_KEY")),
    /** Required from 6.2.0. */
    INVITE_TOKEN_SECRET("invite-token-secret", List.of("OVERLEAF_INVITE_TOKEN_SECRET"));

    /** 44 characters of [A-Za-z0-9] carry 44 * log2(62) = 262 bits, above the guide's 256. */
    public static final int LENGTH = 44;

    private final String resourceName;
    private final List<String> variables;

    SharedSecret(String resourceName, List<String> variables) {
        this.resourceName = resourceName;
        this.variables = variables;
    }

    /** The stable name of the resource that generates it: renaming it would regenerate the secret. */
    public String resourceName() {
        return resourceName;
    }

    /** The Server Pro environment variables that receive it. */
    public List<String> variables() {
        return variables;
    }
}
