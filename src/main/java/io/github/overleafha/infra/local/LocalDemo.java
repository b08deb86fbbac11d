package io.github.overleafha.infra.local;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.docker.Container;
import com.pulumi.resources.Resource;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.SecretVariables;
import io.github.overleafha.core.StackNames;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.infra.ServerProInputs;
import io.github.overleafha.infra.SharedSecrets;
import io.github.overleafha.render.HaproxyConfigRenderer;
import io.github.overleafha.render.HaproxyTopology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The guide's self-contained demo on one Docker host: HAProxy, the Server Pro nodes, git-bridge, MinIO for S3,
 * MongoDB as a replica set and Redis, on one private network with the guide's fixed addresses. Data volumes are
 * protected; {@code pulumi destroy --exclude-protected} removes everything else.
 */
public final class LocalDemo {

    private LocalDemo() {
    }

    public static void define(Context ctx, StackConfig config, StackConfig.Local local) {
        // Rendered before anything is declared: a rejected topology must not leave half a stack behind.
        var topology = new HaproxyTopology(
                IntStream.rangeClosed(1, config.fleet().nodeCount())
                        .mapToObj(i -> new HaproxyTopology.Server(ServerProNodes.name(i), LocalAddresses.node(i),
                                ServerProNodes.HTTP_PORT))
                        .toList(),
                ServerProNodes.name(1), "0.0.0.0", HaproxyLoadBalancer.LISTEN_PORT, config.site().url());
        String haproxyConfig = HaproxyConfigRenderer.render(config.fleet().edge(), topology);
        // Network and volumes are host-wide names: the stack's name keeps them apart from anything else.
        StackNames names = config.names();
        var networkName = new LocalNetwork("network", names.hostNetwork(), null).name();
        var references = new ImageReferences("image-references", config, null);
        var images = new Images("images", new Images.Args(config, local, references.registryLogin(),
                references.serverPro(), references.gitBridge()), null);
        var mongo = new MongoReplicaSet("mongo", new MongoReplicaSet.Args(names.hostVolume("mongo"), images.mongo(), networkName),
                null);
        var redis = new RedisServer("redis", new RedisServer.Args(names.hostVolume("redis"), images.redis(), networkName), null);
        var storage = new MinioStorage("object-storage", new MinioStorage.Args(names.hostVolume("minio"),
                config.storage().bucketNamePrefix(), images.minio(), images.minioClient(), networkName), null);
        var secrets = new SharedSecrets("shared-secrets", null);

        ServerProEnvironment.Inputs environment = ServerProInputs.of(config,
                ServerProEnvironment.ObjectStore.withBuckets(MinioStorage.REGION, Optional.of(MinioStorage.endpoint()), true,
                        config.storage().bucketNamePrefix()),
                new ServerProEnvironment.Redis(LocalAddresses.REDIS, ServerProEnvironment.Redis.DEFAULT_PORT, false),
                List.of(LocalAddresses.LOAD_BALANCER), LocalAddresses.GIT_BRIDGE, ServerProNodes.name(1));

        var gitBridge = new GitBridge("git-bridge", new GitBridge.Args(images.gitBridge(), environment,
                local.dataDir() + "/git-bridge", networkName), null);

        List<Resource> prerequisites = new ArrayList<>(List.of(mongo.initiation(), redis.server(), storage.setup(),
                gitBridge.container()));
        prerequisites.addAll(images.texLive());
        var nodes = new ServerProNodes("server-pro", new ServerProNodes.Args(config.fleet().nodeCount(),
                images.serverPro(), environment, secretEnvironment(config, secrets, storage), local.dataDir(), networkName,
                prerequisites, Output.tuple(mongo.initiated(), storage.setUp()).applyValue(both -> both.t1)), null);

        var loadBalancer = new HaproxyLoadBalancer("load-balancer", new HaproxyLoadBalancer.Args(images.haproxy(),
                haproxyConfig, local.httpAddress(), local.httpPort(), networkName), null);

        List<Container> containers = new ArrayList<>();
        containers.addAll(mongo.containers());
        containers.add(redis.server());
        containers.addAll(storage.containers());
        containers.add(gitBridge.container());
        containers.addAll(nodes.containers());
        containers.add(loadBalancer.container());

        ctx.export("siteUrl", Output.of(config.site().url().toString()));
        ctx.export("publishedAddress", Output.of("http://" + local.httpAddress() + ":" + local.httpPort()));
        ctx.export("imageRegistry", Output.of(config.serverPro().image().registry()));
        ctx.export("bucketNames", Output.of(storage.bucketNames()));
        ctx.export("containerNames", Output.all(containers.stream().map(Container::name).toList()));
    }

    /** What every node must hold identically and nobody may read in a preview. */
    private static Map<String, Output<String>> secretEnvironment(StackConfig config, SharedSecrets secrets,
                                                                 MinioStorage storage) {
        Map<String, Output<String>> environment = new TreeMap<>(secrets.environment());
        environment.put(SecretVariables.MONGO_URL,
                Output.ofSecret(MongoReplicaSet.url(config.serverPro().mongoDatabase())));
        environment.putAll(storage.serverProCredentials());
        environment.putAll(ServerProInputs.configuredSecrets(config));
        return environment;
    }
}
