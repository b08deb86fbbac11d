package io.github.overleafha.infra;

import io.github.overleafha.config.StackConfig;
import com.pulumi.core.Output;
import io.github.overleafha.core.SecretVariables;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.core.SignIn;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The configuration's share of every node's environment, plain and secret; the target supplies where the services are. */
public final class ServerProInputs {

    private ServerProInputs() {
    }

    public static ServerProEnvironment.Inputs of(StackConfig config, ServerProEnvironment.ObjectStore objectStore,
                                                 ServerProEnvironment.Redis redis, List<String> trustedProxies,
                                                 String gitBridgeHost, String siblingHost) {
        StackConfig.Site site = config.site();
        return new ServerProEnvironment.Inputs(site.url().toString(), site.appName(), site.adminEmail(),
                site.email().map(email -> new ServerProEnvironment.Email(email.fromAddress(), email.smtpHost(),
                        email.smtpPort(), email.smtpUser())),
                config.serverPro().version(), config.serverPro().texLiveImages(), config.fleet().edge(),
                objectStore, redis, trustedProxies, gitBridgeHost, siblingHost,
                config.integrations().signIn(), config.integrations().settings());
    }

    /**
     * The secret variables that come from the stack's own config (the SMTP and LDAP bind passwords, the secret
     * settings), for the secret store.
     */
    public static Map<String, Output<String>> configuredSecrets(StackConfig config) {
        Map<String, Output<String>> secrets = new TreeMap<>();
        config.site().email().flatMap(StackConfig.Email::smtpPassword)
                .ifPresent(password -> secrets.put(SecretVariables.SMTP_PASSWORD, Output.ofSecret(password.value())));
        StackConfig.Integrations integrations = config.integrations();
        integrations.ldapBindPassword()
                .ifPresent(password -> secrets.put(SignIn.LDAP_BIND_CREDENTIALS, Output.ofSecret(password.value())));
        integrations.samlSigningKey()
                .ifPresent(key -> secrets.put(SignIn.SAML_SIGNING_KEY, Output.ofSecret(key.value())));
        integrations.samlDecryptionKey()
                .ifPresent(key -> secrets.put(SignIn.SAML_DECRYPTION_KEY, Output.ofSecret(key.value())));
        integrations.secretSettings().forEach((name, value) -> secrets.put(name, Output.ofSecret(value.value())));
        return secrets;
    }
}
