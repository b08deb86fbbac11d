package io.github.overleafha.infra.local;

import com.pulumi.core.Output;
import com.pulumi.docker.Container;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.docker.inputs.ContainerVolumeArgs;
import com.pulumi.resources.ComponentResourceOptions;
import io.github.overleafha.core.ServerProEnvironment;

import java.util.Map;

/**
 * git-bridge, the singleton beside node 1. Its repositories live in a host directory, which no destroy removes:
 * they have no other copy.
 */
public final class GitBridge extends LocalComponent {

    private final Container container;

    /**
     * @param environment what Server Pro's environment is made of: git-bridge's is derived from it
     * @param hostDataDir host directory holding the repositories
     */
    public record Args(Output<String> image, ServerProEnvironment.Inputs environment, String hostDataDir,
                       Output<String> networkName) {
    }

    public GitBridge(String name, Args args, ComponentResourceOptions options) {
        super("GitBridge", name, options);
        Output<String> image = args.image();
        ServerProEnvironment.Inputs environment = args.environment();
        String hostDataDir = args.hostDataDir();
        Output<String> networkName = args.networkName();
        container = new Container(childName("container"), ContainerArgs.builder()
                .name("git-bridge")
                .hostname("git-bridge")
                .image(image)
                .user("root")
                .command("/server-pro-start.sh")
                .envs(ContainerEnvironment.of(ServerProEnvironment.gitBridge(environment, LocalAddresses.GIT_BRIDGE)))
                .volumes(ContainerVolumeArgs.builder()
                        .hostPath(hostDataDir)
                        .containerPath(ServerProEnvironment.GIT_BRIDGE_ROOT_DIR)
                        .build())
                .networksAdvanced(joinedAt(networkName, LocalAddresses.GIT_BRIDGE))
                .restart("always")
                .build(), uniqueOnHost());
        registerOutputs(Map.of());
    }

    public Container container() {
        return container;
    }
}
