package io.github.overleafha.infra.local;

import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.docker.DockerFunctions;
import com.pulumi.docker.inputs.GetRegistryImageArgs;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Stash;
import com.pulumi.resources.StashArgs;
import io.github.overleafha.bindings.docker.DockerProvider;
import io.github.overleafha.bindings.docker.DockerProviderArgs;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.infra.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The exact images the local stack's nodes run: a digest pinned in config, or else the digest the registry reported
 * for the tag when the stack first used it, kept in a {@link Stash}. Only the local stack asks a registry (through
 * its Docker daemon, which it needs anyway); AWS stacks pin both digests in the stack file. Every node runs the same bits. A tag re-pushed upstream later
 * shows in a preview as a changed stash input only: nothing is replaced until an operator takes the new digest
 * ({@code pulumi up --replace} on the stash). A new release is a new tag, hence a new stash and its current digest.
 */
public final class ImageReferences extends Component {

    private final Optional<DockerProvider> registryLogin;
    private final Output<String> serverPro;
    private final Output<String> gitBridge;

    public ImageReferences(String name, StackConfig config, ComponentResourceOptions options) {
        // The type token predates the move to the local stack; changing it would re-create the stashes.
        super("shared:ImageReferences", name, options);
        // Server Pro's registry is private: the lookup logs in with the stack's registry credentials.
        registryLogin = config.registry().map(login -> new DockerProvider(childName("registry"),
                DockerProviderArgs.registryLogin(login.server(), login.username(),
                        Output.ofSecret(login.password().value())),
                child()));
        StackConfig.ServerPro release = config.serverPro();
        serverPro = pinned("server-pro", release.image());
        gitBridge = pinned("git-bridge", release.gitBridgeImage());
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

    private Output<String> pinned(String image, ImageReference reference) {
        if (reference.digest().isPresent()) {
            return Output.of(reference.toString());
        }
        var lookup = GetRegistryImageArgs.builder().name(reference.toString()).build();
        Output<String> current = registryLogin
                .map(provider -> DockerFunctions.getRegistryImage(lookup, InvokeOptions.builder().provider(provider).build()))
                .orElseGet(() -> DockerFunctions.getRegistryImage(lookup))
                .applyValue(found -> reference.withDigest(found.sha256Digest()).toString());
        // One stash per tag: its output keeps the first digest seen, whatever the registry answers later.
        var stash = new Stash(childName(image + "-" + reference.tag().orElseThrow()), StashArgs.builder()
                .input(current.applyValue(Object.class::cast))
                .build(), child());
        return stash.output().applyValue(String.class::cast);
    }
}
