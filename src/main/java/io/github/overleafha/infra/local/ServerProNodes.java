package io.github.overleafha.infra.local;

import com.pulumi.core.Output;
import com.pulumi.docker.Container;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.docker.inputs.ContainerHealthcheckArgs;
import com.pulumi.docker.inputs.ContainerLabelArgs;
import com.pulumi.docker.inputs.ContainerUploadArgs;
import com.pulumi.docker.inputs.ContainerVolumeArgs;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.core.SignIn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Server Pro nodes, {@code server-pro-1} to {@code server-pro-N}, each with its own scratch directory on the
 * host for compiles and the host's Docker socket for sandboxed compiles. Node 1 is git-bridge's sibling and starts
 * alone: the others follow once it serves, so they find the migrations done (migrations take no lock).
 */
public final class ServerProNodes extends LocalComponent {

    /** nginx inside the container. */
    public static final int HTTP_PORT = 80;
    private static final String DOCKER_SOCKET = "/var/run/docker.sock";
    private static final String DATA_DIR = "/var/lib/overleaf";
    static final String SETUP_LABEL = "overleaf-ha.setup";
    /** Stopping a node disconnects every editor on every node; the pre-shutdown script needs this long. */
    private static final int STOP_GRACE_SECONDS = 60;
    /** A first start runs every migration before it serves. */
    private static final int FIRST_START_SECONDS = 600;

    private final List<Container> nodes = new ArrayList<>();

    /**
     * @param count             how many nodes; node 1 is git-bridge's sibling, so there is at least one
     * @param hostDataDir       host directory under which each node gets {@code node-<n>}
     * @param secretEnvironment secret variables, identical on every node
     * @param prerequisites     what must be done before any node starts (data services set up, git-bridge up)
     * @param setupsSucceeded   known only once every one-shot setup exited 0: a node never starts after a failed one
     */
    public record Args(int count, Output<String> image, ServerProEnvironment.Inputs environment,
                       Map<String, Output<String>> secretEnvironment, String hostDataDir, Output<String> networkName,
                       List<Resource> prerequisites, Output<String> setupsSucceeded) {
        public Args {
            if (count < 1) {
                throw new IllegalArgumentException("count must be at least 1 (node 1 is git-bridge's sibling), not " + count);
            }
            prerequisites = List.copyOf(prerequisites);
        }
    }

    public ServerProNodes(String name, Args args, ComponentResourceOptions options) {
        super("ServerProNodes", name, options);
        int count = args.count();
        Output<String> image = args.image();
        ServerProEnvironment.Inputs environment = args.environment();
        String hostDataDir = args.hostDataDir();
        Output<String> networkName = args.networkName();
        List<Resource> prerequisites = args.prerequisites();
        Output<String> setupsSucceeded = args.setupsSucceeded();
        // Secrets Server Pro reads from a file (the SAML signing key) are uploaded there; the others, multi-line
        // ones included (Docker's API takes any value), are variables.
        Map<String, Output<String>> variables = new TreeMap<>(args.secretEnvironment());
        List<ContainerUploadArgs> files = new ArrayList<>();
        new TreeMap<>(SignIn.secretFiles()).forEach((secret, path) -> {
            Output<String> content = variables.remove(secret);
            if (content != null) {
                files.add(ContainerUploadArgs.builder().file(path).content(content.asSecret()).build());
            }
        });
        for (int index = 1; index <= count; index++) {
            String nodeDataDir = hostDataDir + "/node-" + index;
            var container = ContainerArgs.builder()
                    .name(name(index))
                    .hostname(name(index))
                    .image(image)
                    .envs(ContainerEnvironment.of(ServerProEnvironment.node(environment, index, nodeDataDir),
                            variables))
                    // Binds (not mounts) so that Docker creates the scratch directory on first start.
                    .volumes(
                            ContainerVolumeArgs.builder().hostPath(nodeDataDir).containerPath(DATA_DIR).build(),
                            ContainerVolumeArgs.builder().hostPath(DOCKER_SOCKET).containerPath(DOCKER_SOCKET).build())
                    .networksAdvanced(joinedAt(networkName, LocalAddresses.node(index)))
                    .healthcheck(ContainerHealthcheckArgs.builder()
                            .tests("CMD", "curl", "-fsS", "-o", "/dev/null",
                                    "http://localhost" + environment.edge().healthCheckPath())
                            .interval("10s")
                            .timeout("5s")
                            .retries(3)
                            .startPeriod(FIRST_START_SECONDS + "s")
                            .build())
                    .labels(ContainerLabelArgs.builder().label(SETUP_LABEL).value(setupsSucceeded).build())
                    .restart("always")
                    .stopTimeout(STOP_GRACE_SECONDS)
                    .destroyGraceSeconds(STOP_GRACE_SECONDS);
            if (!files.isEmpty()) {
                container.uploads(files);
            }
            List<Resource> after = prerequisites;
            if (index == 1) {
                // Healthy means serving, which it does only after the migrations.
                container.wait_(true).waitTimeout(FIRST_START_SECONDS);
            } else {
                after = Stream.concat(prerequisites.stream(), Stream.of(nodes.get(0))).toList();
            }
            nodes.add(new Container(childName(Integer.toString(index)), container.build(),
                    uniqueOnHost(after.toArray(Resource[]::new))));
        }
        registerOutputs(Map.of());
    }

    /** Container and host name of node {@code index} (1-based); node 1 is git-bridge's sibling. */
    public static String name(int index) {
        return "server-pro-" + index;
    }

    public List<Container> containers() {
        return List.copyOf(nodes);
    }
}
