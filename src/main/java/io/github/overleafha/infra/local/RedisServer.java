package io.github.overleafha.infra.local;

import com.pulumi.core.Output;
import com.pulumi.docker.Container;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.docker.Volume;
import com.pulumi.docker.VolumeArgs;
import com.pulumi.docker.inputs.ContainerVolumeArgs;
import com.pulumi.resources.ComponentResourceOptions;

import java.util.Map;

/**
 * Redis with append-only persistence: it holds sessions and document updates not yet flushed to MongoDB, which a
 * restart must not lose.
 */
public final class RedisServer extends LocalComponent {

    private final Container server;

    /**
     * @param volumeName the data volume's name on the host
     */
    public record Args(String volumeName, Output<String> image, Output<String> networkName) {
    }

    public RedisServer(String name, Args args, ComponentResourceOptions options) {
        super("RedisServer", name, options);
        String volumeName = args.volumeName();
        Output<String> image = args.image();
        Output<String> networkName = args.networkName();
        var data = new Volume(childName("data"), VolumeArgs.builder().name(volumeName).build(), uniqueOnHost());
        server = new Container(childName("server"), ContainerArgs.builder()
                .name("redis")
                .hostname("redis")
                .image(image)
                .command("redis-server", "--appendonly", "yes")
                .volumes(ContainerVolumeArgs.builder().volumeName(data.name()).containerPath("/data").build())
                .networksAdvanced(joinedAt(networkName, LocalAddresses.REDIS))
                .restart("always")
                .build(), uniqueOnHost());
        registerOutputs(Map.of());
    }

    public Container server() {
        return server;
    }
}
