package io.github.overleafha.infra.local;

import com.pulumi.docker.Network;
import com.pulumi.docker.NetworkArgs;
import com.pulumi.docker.inputs.NetworkIpamConfigArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;

import java.util.Map;

/**
 * The demo's private bridge network, laid out by the guide's address plan ({@link LocalAddresses}).
 */
public final class LocalNetwork extends LocalComponent {

    private final Network network;

    public LocalNetwork(String name, String dockerName, ComponentResourceOptions options) {
        super("LocalNetwork", name, options);
        network = new Network(childName("bridge"), NetworkArgs.builder()
                .name(dockerName)
                .driver("bridge")
                .ipamConfigs(NetworkIpamConfigArgs.builder()
                        .subnet(LocalAddresses.SUBNET)
                        .gateway(LocalAddresses.GATEWAY)
                        .ipRange(LocalAddresses.EPHEMERAL_RANGE)
                        .build())
                .build(), uniqueOnHost());
        registerOutputs(Map.of("name", network.name()));
    }

    /** The network's name: containers join it by name, and so wait for it to exist. */
    public Output<String> name() {
        return network.name();
    }
}
