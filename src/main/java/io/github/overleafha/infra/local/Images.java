package io.github.overleafha.infra.local;

import com.pulumi.core.Output;
import com.pulumi.docker.RemoteImage;
import com.pulumi.docker.RemoteImageArgs;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.bindings.docker.DockerProvider;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.ImageReference;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every image the demo runs, pulled onto the host: Server Pro and git-bridge by the exact references
 * {@link ImageReferences} resolves, the others by their pinned tags. Images from the configured registry (Server
 * Pro's, usually quay.io) are pulled with its login. All are kept at destroy: they are several GB and the next
 * stack wants them.
 */
public final class Images extends LocalComponent {

    private final Optional<String> registry;
    private final Optional<DockerProvider> registryLogin;
    private final RemoteImage serverPro;
    private final RemoteImage gitBridge;
    private final RemoteImage haproxy;
    private final RemoteImage mongo;
    private final RemoteImage redis;
    private final RemoteImage minio;
    private final RemoteImage minioClient;
    private final List<RemoteImage> texLive;

    /**
     * @param registryLogin a docker provider logged in to the configured registry, none when it is public
     * @param serverPro     Server Pro's image reference, pinned to a digest ({@link ImageReferences})
     * @param gitBridge     git-bridge's image reference, pinned to a digest
     */
    public record Args(StackConfig config, StackConfig.Local local, Optional<DockerProvider> registryLogin,
                       Output<String> serverPro, Output<String> gitBridge) {
    }

    public Images(String name, Args args, ComponentResourceOptions options) {
        super("Images", name, options);
        StackConfig config = args.config();
        StackConfig.Local local = args.local();
        registry = config.registry().map(StackConfig.Registry::server);
        registryLogin = args.registryLogin();
        StackConfig.ServerPro release = config.serverPro();
        serverPro = pull("server-pro", args.serverPro(), release.image().registry());
        gitBridge = pull("git-bridge", args.gitBridge(), release.gitBridgeImage().registry());
        // Sandboxed compiles start these on the host; Server Pro does not pull them itself.
        texLive = release.texLiveImages().stream()
                .map(reference -> pull("tex-live-" + ImageReference.resourceNamePart(reference), reference))
                .toList();
        haproxy = pull("haproxy", local.haproxyImage());
        mongo = pull("mongo", local.mongoImage());
        redis = pull("redis", local.redisImage());
        minio = pull("minio", local.minioImage());
        minioClient = pull("minio-client", local.minioClientImage());
        registerOutputs(Map.of());
    }

    private RemoteImage pull(String suffix, String reference) {
        // The loader accepted only references that parse.
        return pull(suffix, Output.of(reference), ImageReference.parse(reference).orElseThrow().registry());
    }

    private RemoteImage pull(String suffix, Output<String> reference, String registryHost) {
        var options = CustomResourceOptions.builder().parent(this);
        if (registryLogin.isPresent() && registry.get().equals(registryHost)) {
            options.provider(registryLogin.get());
        }
        return new RemoteImage(childName(suffix), RemoteImageArgs.builder()
                .name(reference)
                .keepLocally(true)
                .build(), options.build());
    }
    /** Containers run the pulled image's id, so they change exactly when a different image is pulled. */
    public Output<String> serverPro() {
        return serverPro.imageId();
    }

    public Output<String> gitBridge() {
        return gitBridge.imageId();
    }

    public Output<String> haproxy() {
        return haproxy.imageId();
    }

    public Output<String> mongo() {
        return mongo.imageId();
    }

    public Output<String> redis() {
        return redis.imageId();
    }

    public Output<String> minio() {
        return minio.imageId();
    }

    public Output<String> minioClient() {
        return minioClient.imageId();
    }

    /** The TeX Live images, which must be on the host before a node compiles. */
    public List<Resource> texLive() {
        return List.copyOf(texLive);
    }
}
