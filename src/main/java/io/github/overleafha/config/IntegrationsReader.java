package io.github.overleafha.config;

import io.github.overleafha.core.ServerProSettings;
import io.github.overleafha.core.SignIn;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads sign-in (LDAP or SAML) and the pass-through of other Server Pro settings. Variable names and value formats
 * follow Overleaf's documentation of Server Pro's LDAP and SAML modules (see {@link SignIn}).
 */
final class IntegrationsReader {

    private static final Pattern LDAP_URL = Pattern.compile("(ldaps?)://[A-Za-z0-9.-]+(:\\d{1,5})?/?");
    private static final Pattern LDAP_ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    /** A DN: attribute=value pairs separated by commas. */
    private static final Pattern DN = Pattern.compile("[A-Za-z][A-Za-z0-9-]*=[^,=]+(,\\s*[A-Za-z][A-Za-z0-9-]*=[^,=]+)*");
    private static final Pattern SAML_FIELD = Pattern.compile("\\S+");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** Names that hold a secret by their wording: never in a plain environment. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASS|SECRET|CREDENTIALS|TOKEN|PVK|_KEY)(_.*)?");
    /**
     * An unencrypted PEM private key (PKCS#1 RSA, SEC1 EC or PKCS#8): passport-saml takes no passphrase. An EC key
     * is of the form but refused with its own reason ({@link #NOT_RSA}).
     */
    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile(
            "\\s*-----BEGIN ((?:RSA |EC )?)PRIVATE KEY-----\\s+([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1PRIVATE KEY-----\\s*");
    /**
     * Key types a PKCS#8 body may hold that Server Pro's SAML cannot use: passport-saml signs requests with RSA only
     * (its signatureAlgorithm is sha1/sha256/sha512, sent as rsa-sha*), and xml-encryption decrypts assertions' keys
     * with RSA (rsa-oaep-mgf1p, rsa-1_5) only. Java names them as its KeyFactory does.
     */
    private static final List<String> NOT_RSA = List.of("EC", "EdDSA", "XDH", "DSA");
    private static final String SAML_SIGNING_KEY = "samlSigningKey";
    private static final String SAML_DECRYPTION_KEY = "samlDecryptionKey";
    private static final String SETTINGS = "serverProSettings";
    private static final String SECRET_SETTINGS = "serverProSecretSettings";

    private IntegrationsReader() {
    }

    static StackConfig.Integrations read(ConfigReader in, TargetReader target) {
        String mode = in.choice("externalAuth");
        boolean updateDetails = in.bool("updateUserDetailsOnLogin");
        Optional<SignIn> ldap = readLdap(in, mode.equals("ldap"), target.publicSite(), updateDetails);
        Optional<SecretText> bindPassword = in.secret("ldapBindPassword");
        Optional<SecretText> signingKey = samlKey(in, SAML_SIGNING_KEY, mode.equals("saml"));
        Optional<SecretText> decryptionKey = samlKey(in, SAML_DECRYPTION_KEY, mode.equals("saml"));
        Optional<SignIn> saml = readSaml(in, mode.equals("saml"), target.publicSite(), updateDetails,
                signingKey.isPresent());
        boolean ldapBinds = ldap.map(l -> ((SignIn.Ldap) l).bindDn().isPresent()).orElse(false);
        if (mode.equals("ldap") && ldapBinds != bindPassword.isPresent()) {
            String missing = ldapBinds ? "ldapBindPassword" : "ldapBindDn";
            in.problem(missing, null, "LDAP binds with a DN and its password together (neither means an anonymous search)",
                    "set " + missing + (ldapBinds ? " with --secret" : "") + ", or remove the other");
        }
        if (!mode.equals("ldap") && bindPassword.isPresent()) {
            unused(in, "ldapBindPassword", "ldap");
        }
        SortedMap<String, String> settings = readSettings(in, SETTINGS, false);
        SortedMap<String, String> secretText = readSettings(in, SECRET_SETTINGS, true);
        secretText.keySet().stream().filter(settings::containsKey).forEach(name -> in.problem(SECRET_SETTINGS, name,
                "it is also in " + SETTINGS, "give it in one of the two lists"));
        SortedMap<String, SecretText> secretSettings = new TreeMap<>();
        secretText.forEach((name, value) -> secretSettings.put(name, new SecretText(value)));
        return new StackConfig.Integrations(ldap.or(() -> saml), mode.equals("ldap") ? bindPassword : Optional.empty(),
                saml.isPresent() ? signingKey : Optional.empty(), saml.isPresent() ? decryptionKey : Optional.empty(),
                settings, secretSettings);
    }

    /** A SAML private key: a secret, in PEM, used only with SAML. Its value never appears in a problem. */
    private static Optional<SecretText> samlKey(ConfigReader in, String key, boolean saml) {
        Optional<SecretText> pem = in.multiLineSecret(key);
        if (pem.isEmpty()) {
            return pem;
        }
        if (!saml) {
            unused(in, key, "saml");
            return Optional.empty();
        }
        var match = PEM_PRIVATE_KEY.matcher(pem.get().value());
        if (!match.matches() || !decodes(match.group(2).replaceAll("\\s", ""))) {
            in.problem(key, null, "Server Pro needs an unencrypted private key in PEM form (-----BEGIN PRIVATE KEY-----,"
                            + " or RSA PRIVATE KEY, base64 lines, the matching END line); it takes no passphrase",
                    "set the key file's whole content: pulumi config set --secret " + key + " < key.pem");
        } else {
            Optional<String> other = match.group(1).equals("EC ") ? Optional.of("EC")
                    : match.group(1).isEmpty() ? notRsa(Base64.getDecoder().decode(match.group(2).replaceAll("\\s", "")))
                    : Optional.empty();
            other.ifPresent(type -> in.problem(key, null, "the key is " + type + ", and Server Pro's SAML signs"
                            + " requests and decrypts assertions with RSA keys only (passport-saml, xml-encryption)",
                    "generate an RSA key (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out key.pem),"
                            + " register its certificate at the identity provider, then: pulumi config set --secret "
                            + key + " < key.pem"));
        }
        return pem;
    }

    /** The type of a PKCS#8 key other than RSA, if the body is one; an RSA key, or a body Java cannot read, is none. */
    private static Optional<String> notRsa(byte[] pkcs8) {
        for (String type : NOT_RSA) {
            try {
                KeyFactory.getInstance(type).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
                return Optional.of(type);
            } catch (GeneralSecurityException | RuntimeException notThisType) {
                // Not a key of this type (or not a key at all: the PEM check above stays the arbiter of form).
            }
        }
        return Optional.empty();
    }

    private static Optional<SignIn> readLdap(ConfigReader in, boolean on, boolean tlsOnly, boolean updateDetails) {
        Optional<String> url = in.optional("ldapUrl");
        Optional<String> bindDn = in.optional("ldapBindDn");
        Optional<String> searchBase = in.optional("ldapSearchBase");
        String filter = in.required("ldapSearchFilter", "'(uid={{username}})'");
        String email = in.required("ldapEmailAttribute", "mail");
        Optional<String> firstName = in.optional("ldapFirstNameAttribute");
        Optional<String> lastName = in.optional("ldapLastNameAttribute");
        boolean rejectUnauthorized = in.bool("ldapTlsRejectUnauthorized");
        if (!on) {
            for (var set : List.of(Map.entry("ldapUrl", url), Map.entry("ldapBindDn", bindDn), Map.entry("ldapSearchBase", searchBase),
                    Map.entry("ldapFirstNameAttribute", firstName), Map.entry("ldapLastNameAttribute", lastName))) {
                set.getValue().ifPresent(value -> unused(in, set.getKey(), "ldap"));
            }
            return Optional.empty();
        }
        if (url.isEmpty()) {
            in.problem("ldapUrl", null, "externalAuth is ldap, so Server Pro needs the directory's address",
                    "set ldapUrl, e.g. ldaps://ldap.example.edu:636");
        } else if (!LDAP_URL.matcher(url.get()).matches()) {
            in.problem("ldapUrl", url.get(), "it is not an LDAP URL (scheme, host and optional port)",
                    "write ldaps://<host>:636, e.g. ldaps://ldap.example.edu:636");
        } else if (tlsOnly && url.get().startsWith("ldap://")) {
            in.problem("ldapUrl", url.get(), "plain ldap:// sends the bind password and every user's password across the network in clear",
                    "use ldaps://" + url.get().substring("ldap://".length()).replaceFirst(":389\\b", ":636"));
        }
        bindDn.filter(dn -> !DN.matcher(dn).matches()).ifPresent(dn -> in.problem("ldapBindDn", dn,
                "it is not a distinguished name", "write one such as cn=overleaf,ou=services,dc=example,dc=edu"));
        if (searchBase.isEmpty()) {
            in.problem("ldapSearchBase", null, "Server Pro searches for users below this DN",
                    "set it, e.g. ou=people,dc=example,dc=edu");
        } else if (!DN.matcher(searchBase.get()).matches()) {
            in.problem("ldapSearchBase", searchBase.get(), "it is not a distinguished name", "write one such as ou=people,dc=example,dc=edu");
        }
        if (!filter.isEmpty() && !(filter.startsWith("(") && filter.endsWith(")") && filter.contains("{{username}}"))) {
            in.problem("ldapSearchFilter", filter, "an LDAP filter in parentheses must contain {{username}}, which Server Pro replaces with what the user typed",
                    "write e.g. (uid={{username}}), or (sAMAccountName={{username}}) for Active Directory");
        }
        for (var attribute : List.of(Map.entry("ldapEmailAttribute", Optional.of(email)),
                Map.entry("ldapFirstNameAttribute", firstName), Map.entry("ldapLastNameAttribute", lastName))) {
            attribute.getValue().filter(value -> !value.isEmpty() && !LDAP_ATTRIBUTE.matcher(value).matches())
                    .ifPresent(value -> in.problem(attribute.getKey(), value, "it is not an LDAP attribute name",
                            "write a name such as mail, givenName or sn"));
        }
        return Optional.of(new SignIn.Ldap(url.orElse(""), bindDn, searchBase.orElse(""), filter, email, firstName,
                lastName, rejectUnauthorized, updateDetails));
    }

    private static Optional<SignIn> readSaml(ConfigReader in, boolean on, boolean tlsOnly, boolean updateDetails,
                                             boolean signs) {
        Optional<String> entryPoint = in.optional("samlEntryPoint");
        Optional<String> issuer = in.optional("samlIssuer");
        Optional<String> certificate = in.optional("samlIdpCertificate");
        Optional<String> serviceName = in.optional("samlIdentityServiceName");
        String email = in.required("samlEmailField", "nameID");
        String firstName = in.required("samlFirstNameField", "givenName");
        String lastName = in.required("samlLastNameField", "lastName");
        if (!on) {
            for (var set : List.of(Map.entry("samlEntryPoint", entryPoint), Map.entry("samlIssuer", issuer),
                    Map.entry("samlIdpCertificate", certificate), Map.entry("samlIdentityServiceName", serviceName))) {
                set.getValue().ifPresent(value -> unused(in, set.getKey(), "saml"));
            }
            return Optional.empty();
        }
        if (entryPoint.isEmpty()) {
            in.problem("samlEntryPoint", null, "externalAuth is saml, so Server Pro needs the identity provider's sign-in URL",
                    "set samlEntryPoint, e.g. https://idp.example.edu/idp/profile/SAML2/Redirect/SSO");
        } else if (!entryPoint.get().matches(tlsOnly ? "https://\\S+" : "https?://\\S+")) {
            in.problem("samlEntryPoint", entryPoint.get(), "browsers are sent there to sign in, so it must be an https URL",
                    "write the identity provider's SSO URL, e.g. https://idp.example.edu/idp/profile/SAML2/Redirect/SSO");
        }
        if (issuer.isEmpty()) {
            in.problem("samlIssuer", null, "the identity provider knows Server Pro by this entity id",
                    "set samlIssuer to the entity id registered at the identity provider, e.g. https://overleaf.example.edu/saml/meta");
        }
        if (certificate.isEmpty()) {
            in.problem("samlIdpCertificate", null, "Server Pro (since 2.7.0) refuses SAML without the identity provider's signing certificate",
                    "set it to the certificate's base64 body on one line, without the BEGIN and END lines");
        } else if (certificate.get().contains("BEGIN") || !BASE64.matcher(certificate.get()).matches() || !decodes(certificate.get())) {
            in.problem("samlIdpCertificate", abbreviate(certificate.get()),
                    "Server Pro reads the certificate in single-line form only",
                    "write the base64 body on one line: no -----BEGIN/END----- lines, spaces, quotes or \\n");
        }
        for (var field : List.of(Map.entry("samlEmailField", email), Map.entry("samlFirstNameField", firstName),
                Map.entry("samlLastNameField", lastName))) {
            if (!field.getValue().isEmpty() && !SAML_FIELD.matcher(field.getValue()).matches()) {
                in.problem(field.getKey(), field.getValue(), "an attribute name has no spaces",
                        "write the attribute's name as the identity provider sends it, e.g. urn:oid:0.9.2342.19200300.100.1.3");
            }
        }
        return Optional.of(new SignIn.Saml(entryPoint.orElse(""), issuer.orElse(""), certificate.orElse(""), serviceName,
                email, firstName, lastName, updateDetails, signs));
    }

    private static boolean decodes(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static void unused(ConfigReader in, String key, String mode) {
        in.problem(key, null, "it is used only when externalAuth is " + mode,
                "set externalAuth to " + mode + ", or remove " + key);
    }

    /** One list of settings, each name checked against what Server Pro reads and what the program owns. */
    private static SortedMap<String, String> readSettings(ConfigReader in, String key, boolean secret) {
        Map<String, String> entries = in.entries(key);
        SortedMap<String, String> settings = new TreeMap<>();
        if (!secret && in.isSecret(key)) {
            in.problem(key, null, "a value in it is encrypted, so Pulumi marks the whole list secret and it would hide the plain ones",
                    "move the secret entries to " + SECRET_SETTINGS);
        }
        if (secret && !entries.isEmpty() && !in.isSecret(key)) {
            in.problem(key, null, "its values are stored unencrypted in the stack file",
                    "set each with: pulumi config set --secret --path '" + key + "[0].NAME' '<value>'");
        }
        entries.forEach((name, value) -> {
            String shown = secret ? "[secret]" : value;
            if (!VARIABLE.matcher(name).matches()) {
                in.problem(key, name, "it is not an environment variable name", "write capitals, digits and _, e.g. OVERLEAF_SITE_LANGUAGE");
            } else if (name.startsWith("SHARELATEX_")) {
                in.problem(key, name, "Server Pro 5.0 and later refuses to start when any SHARELATEX_* variable is set",
                        "write OVERLEAF_" + name.substring("SHARELATEX_".length()));
            } else if (!ServerProSettings.isKnown(name)) {
                in.problem(key, name, "Server Pro does not read it (the variable list is src/main/resources/io/github/overleafha/core/server-pro-variables.txt)",
                        "did you mean " + ServerProSettings.nearest(name).orElse("") + "?");
            } else if (ServerProSettings.owner(name).isPresent()) {
                in.problem(key, name, "the program sets it itself", "set " + ServerProSettings.owner(name).get() + " instead");
            } else if (!secret && SECRET_NAME.matcher(name).matches()) {
                in.problem(key, name, "it holds a secret, which must never sit in plain user data or a plan",
                        "move it to " + SECRET_SETTINGS + " with pulumi config set --secret --path '" + SECRET_SETTINGS + "[0]." + name + "' '<value>'");
            } else if (value.chars().anyMatch(Character::isISOControl)) {
                in.problem(key, name + "=" + (secret ? shown : value.replaceAll("\\p{Cntrl}", "\u23CE")),
                        "a value must be one line: nodes pass settings in an env file, one variable per line",
                        "write it on one line");
            } else {
                settings.put(name, value);
            }
        });
        return settings;
    }
}
