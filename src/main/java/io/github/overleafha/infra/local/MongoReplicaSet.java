package io.github.overleafha.infra.local;

import com.pulumi.core.Output;
import com.pulumi.docker.Container;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.docker.Volume;
import com.pulumi.docker.VolumeArgs;
import com.pulumi.docker.inputs.ContainerHealthcheckArgs;
import com.pulumi.docker.inputs.ContainerVolumeArgs;
import com.pulumi.resources.ComponentResourceOptions;

import java.util.List;
import java.util.Map;

/**
 * MongoDB as a one-member replica set (Server Pro needs transactions, so a replica set, since 4.x), and the
 * one-shot container that initiates it.
 */
public final class MongoReplicaSet extends LocalComponent {

    public static final String REPLICA_SET = "overleaf";
    public static final int PORT = 27017;
    /** Up to a minute for the member to become primary after initiation. */
    private static final String INITIATE = """
            try { rs.status() } catch (notInitiated) {
              rs.initiate({ _id: "%s", members: [{ _id: 0, host: "%s:%d" }] })
            }
            for (let i = 0; i < 60 && !db.hello().isWritablePrimary; i++) { sleep(1000) }
            quit(db.hello().isWritablePrimary ? 0 : 1)
            """.formatted(REPLICA_SET, LocalAddresses.MONGO, PORT);

    private final Container server;
    private final Container initiation;

    /**
     * @param volumeName the data volume's name on the host
     */
    public record Args(String volumeName, Output<String> image, Output<String> networkName) {
    }

    public MongoReplicaSet(String name, Args args, ComponentResourceOptions options) {
        super("MongoReplicaSet", name, options);
        String volumeName = args.volumeName();
        Output<String> image = args.image();
        Output<String> networkName = args.networkName();
        var data = new Volume(childName("data"), VolumeArgs.builder().name(volumeName).build(), protectedData());
        server = new Container(childName("server"), ContainerArgs.builder()
                .name("mongo")
                .hostname("mongo")
                .image(image)
                .command("--replSet", REPLICA_SET)
                .volumes(ContainerVolumeArgs.builder().volumeName(data.name()).containerPath("/data/db").build())
                .networksAdvanced(joinedAt(networkName, LocalAddresses.MONGO))
                .healthcheck(ContainerHealthcheckArgs.builder()
                        .tests("CMD", "mongosh", "--quiet", "--eval", "quit(db.adminCommand('ping').ok ? 0 : 1)")
                        .interval("10s")
                        .timeout("10s")
                        .retries(5)
                        .startPeriod("30s")
                        .build())
                // The initiation below must find mongod answering, as the guide's service_healthy ensures.
                .wait_(true)
                .waitTimeout(120)
                .restart("always")
                .build(), uniqueOnHost());
        // Idempotent: initiates only a set that is not initiated yet, so a re-run changes nothing.
        initiation = new Container(childName("initiate"), ContainerArgs.builder()
                .name("mongo-replica-set-initiate")
                .image(image)
                .entrypoints("mongosh")
                .command("--quiet", "--host", LocalAddresses.MONGO + ":" + PORT, "--eval", INITIATE)
                .networksAdvanced(joined(networkName))
                .attach(true)
                .mustRun(false)
                .restart("no")
                .build(), uniqueOnHost(server));
        registerOutputs(Map.of());
    }

    /** {@code OVERLEAF_MONGO_URL} for {@code database}. */
    public static String url(String database) {
        return "mongodb://" + LocalAddresses.MONGO + ":" + PORT + "/" + database + "?replicaSet=" + REPLICA_SET;
    }

    /** "succeeded" once the initiation exited 0; fails {@code pulumi up} otherwise. */
    public Output<String> initiated() {
        return succeeded(initiation, "mongo-replica-set-initiate");
    }

    /** Done once the set has a primary: Server Pro must not start before. */
    public Container initiation() {
        return initiation;
    }

    public List<Container> containers() {
        return List.of(server, initiation);
    }
}
