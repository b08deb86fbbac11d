package io.github.overleafha.infra;

import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.ServerProEnvironment;

import java.util.List;

/** The configuration's share of every node's environment; the target supplies where the services are. */
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
                objectStore, redis, trustedProxies, gitBridgeHost, siblingHost);
    }
}
