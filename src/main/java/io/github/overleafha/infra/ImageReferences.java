package io.github.overleafha.infra;

import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.docker.DockerFunctions;
import com.pulumi.docker.inputs.GetRegistryImageArgs;
import com.pulumi.resources.ComponentResourceOptions;
import io.github.overleafha.bindings.docker.DockerProvider;
import io.github.overleafha.bindings.docker.DockerProviderArgs;
import io.github.overleafha.config.StackConfig;

import java.util.Map;
import java.util.Optional;

/**
 * The exact images nodes run: a digest pinned in config, or else the digest the registry reports for the tag at
 * preview time. Every node then runs the same bits, and a tag moved upstream shows as a diff in review instead
 * of nodes silently pulling something else.
 */
public final class ImageReferences extends Component {

    private final Optional<DockerProvider> registryLogin;
    private final Output<String> serverPro;
    private final Output<String> gitBridge;

    public ImageReferences(String name, StackConfig config, ComponentResourceOptions options) {
        super("shared:ImageReferences", name, options);
        // Server Pro's registry is private: the lookup logs in with the stack's registry credentials.
        registryLogin = config.registry().map(login -> new DockerProvider(childName("registry"),
                DockerProviderArgs.registryLogin(login.server(), login.username(),
                        Output.ofSecret(login.password().value())),
                child()));
        StackConfig.ServerPro release = config.serverPro();
        serverPro = pinned(release.imageReference(), release.imageDigest(), registryLogin);
        gitBridge = pinned(release.gitBridgeImageReference(), release.gitBridgeImageDigest(), registryLogin);
        registerOutputs(Map.of("serverPro", serverPro, "gitBridge", gitBridge));
    }

    /** A docker provider logged in to the configured registry (none when it is public), for pulls from it too. */
    public Optional<DockerProvider> registryLogin() {
        return registryLogin;
    }

    public Output<String> serverPro() {
        return serverPro;
    }

    public Output<String> gitBridge() {
        return gitBridge;
    }

    private static Output<String> pinned(String reference, Optional<String> configuredDigest,
                                         Optional<DockerProvider> registry) {
        if (configuredDigest.isPresent()) {
            return Output.of(reference);
        }
        var lookup = GetRegistryImageArgs.builder().name(reference).build();
        var image = registry
                .map(provider -> DockerFunctions.getRegistryImage(lookup, InvokeOptions.builder().provider(provider).build()))
                .orElseGet(() -> DockerFunctions.getRegistryImage(lookup));
        return image.applyValue(found -> reference + "@" + found.sha256Digest());
    }
}
