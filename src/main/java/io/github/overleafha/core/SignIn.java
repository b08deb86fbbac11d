package io.github.overleafha.core;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How users sign in besides local accounts: one of Server Pro's external authentication modules, chosen by
 * {@code EXTERNAL_AUTH} and configured by its {@code OVERLEAF_LDAP_*} or {@code OVERLEAF_SAML_*} variables. Names and
 * value formats follow Overleaf's documentation (wiki "Server Pro: LDAP Config" and "Server Pro: SAML Config", the
 * toolkit's doc/ldap.md and doc/saml.md, and the environment variable reference on docs.overleaf.com): the modules
 * are closed source, so the documentation is the arbiter.
 * <p>
 * OpenID Connect is not here: Overleaf documents no OIDC module for Server Pro (only community forks have one).
 */
public sealed interface SignIn permits SignIn.Ldap, SignIn.Saml {

    String EXTERNAL_AUTH = "EXTERNAL_AUTH";
    /** The LDAP bind password: a secret, so it travels only through the secret store. */
    String LDAP_BIND_CREDENTIALS = "OVERLEAF_LDAP_BIND_CREDENTIALS";
    /** Where the SAML identity provider posts its answer: always this path of the site. */
    String SAML_CALLBACK_PATH = "/saml/callback";
    /**
     * The PEM private key signing Server Pro's SAML requests, as the secret store holds it. Server Pro reads the key
     * from a file whose path is {@code OVERLEAF_SAML_PRIVATE_CERT} (docs.overleaf.com, Server Pro "SAML 2.0",
     * "Passing keys and certificates": "a full path to a file which contains the private key in PEM format"), so
     * this is not a Server Pro variable: a node writes the value to a file and mounts it at
     * {@link #SAML_SIGNING_KEY_PATH}.
     */
    String SAML_SIGNING_KEY = "OVERLEAF_HA_SAML_SIGNING_KEY";
    /** Where Server Pro finds the signing key: mounted read-only into its container. */
    String SAML_SIGNING_KEY_PATH = "/etc/overleaf-ha/saml-signing-key.pem";
    /**
     * The PEM private key decrypting encrypted assertions. Server Pro reads it as the value itself, multi-line PEM
     * (same page: "must be passed in PEM format (multi-line)"), which an env file cannot carry: a node passes it
     * from a file of its own.
     */
    String SAML_DECRYPTION_KEY = "OVERLEAF_SAML_DECRYPTION_PVK";

    /** Secrets the node writes to a file, by the path in Server Pro's container the file is mounted at. */
    static Map<String, String> secretFiles() {
        return Map.of(SAML_SIGNING_KEY, SAML_SIGNING_KEY_PATH);
    }

    /** Secrets Server Pro reads as a multi-line value: they reach the container apart from the env files. */
    static Set<String> multiLineSecrets() {
        return Set.of(SAML_DECRYPTION_KEY);
    }

    /** The plain variables of this integration, EXTERNAL_AUTH included. */
    SortedMap<String, String> environment(String siteUrl);

    /**
     * LDAP or Active Directory through passport-ldapauth.
     *
     * @param url                the server, ldaps://host:636 (or ldap:// on a trusted network)
     * @param bindDn             the service account searching for users; empty binds anonymously
     * @param searchFilter       must contain {@code {{username}}}, which Server Pro replaces with what the user typed
     * @param firstNameAttribute OVERLEAF_LDAP_NAME_ATT
     * @param rejectUnauthorized verify the server's certificate against the trusted CAs
     */
    record Ldap(String url, Optional<String> bindDn, String searchBase, String searchFilter, String emailAttribute,
                Optional<String> firstNameAttribute, Optional<String> lastNameAttribute, boolean rejectUnauthorized,
                boolean updateUserDetailsOnLogin) implements SignIn {

        @Override
        public SortedMap<String, String> environment(String siteUrl) {
            SortedMap<String, String> env = new TreeMap<>();
            env.put(EXTERNAL_AUTH, "ldap");
            env.put("OVERLEAF_LDAP_URL", url);
            bindDn.ifPresent(dn -> env.put("OVERLEAF_LDAP_BIND_DN", dn));
            env.put("OVERLEAF_LDAP_SEARCH_BASE", searchBase);
            env.put("OVERLEAF_LDAP_SEARCH_FILTER", searchFilter);
            env.put("OVERLEAF_LDAP_EMAIL_ATT", emailAttribute);
            firstNameAttribute.ifPresent(attribute -> env.put("OVERLEAF_LDAP_NAME_ATT", attribute));
            lastNameAttribute.ifPresent(attribute -> env.put("OVERLEAF_LDAP_LAST_NAME_ATT", attribute));
            env.put("OVERLEAF_LDAP_TLS_OPTS_REJECT_UNAUTH", Boolean.toString(rejectUnauthorized));
            env.put("OVERLEAF_LDAP_UPDATE_USER_DETAILS_ON_LOGIN", Boolean.toString(updateUserDetailsOnLogin));
            return env;
        }
    }

    /**
     * SAML 2.0 through passport-saml. The callback URL is the site's own {@code /saml/callback}.
     *
     * @param idpCertificate     the identity provider's signing certificate in single-line form (base64, no
     *                           BEGIN/END lines), which Server Pro requires since 2.7.0
     * @param signsRequests      a signing key is configured ({@link #SAML_SIGNING_KEY})
     */
    record Saml(String entryPoint, String issuer, String idpCertificate, Optional<String> identityServiceName,
                String emailField, String firstNameField, String lastNameField, boolean updateUserDetailsOnLogin,
                boolean signsRequests)
            implements SignIn {

        @Override
        public SortedMap<String, String> environment(String siteUrl) {
            SortedMap<String, String> env = new TreeMap<>();
            env.put(EXTERNAL_AUTH, "saml");
            env.put("OVERLEAF_SAML_ENTRYPOINT", entryPoint);
            env.put("OVERLEAF_SAML_CALLBACK_URL", siteUrl + SAML_CALLBACK_PATH);
            env.put("OVERLEAF_SAML_ISSUER", issuer);
            env.put("OVERLEAF_SAML_CERT", idpCertificate);
            identityServiceName.ifPresent(name -> env.put("OVERLEAF_SAML_IDENTITY_SERVICE_NAME", name));
            env.put("OVERLEAF_SAML_EMAIL_FIELD", emailField);
            env.put("OVERLEAF_SAML_FIRST_NAME_FIELD", firstNameField);
            env.put("OVERLEAF_SAML_LAST_NAME_FIELD", lastNameField);
            env.put("OVERLEAF_SAML_UPDATE_USER_DETAILS_ON_LOGIN", Boolean.toString(updateUserDetailsOnLogin));
            if (signsRequests) {
                env.put("OVERLEAF_SAML_PRIVATE_CERT", SAML_SIGNING_KEY_PATH);
            }
            return env;
        }
    }
}
