package io.github.overleafha.infra.local;

import com.pulumi.docker.Network;
import com.pulumi.docker.NetworkArgs;
import com.pulumi.docker.inputs.ContainerNetworksAdvancedArgs;
import com.pulumi.docker.inputs.NetworkIpamConfigArgs;
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

    /** Joins a container to the network at a fixed address. */
    public ContainerNetworksAdvancedArgs at(String ipv4Address) {
        return ContainerNetworksAdvancedArgs.builder().name(network.name()).ipv4Address(ipv4Address).build();
    }

    /** Joins a container that needs no fixed address: Docker picks one from the ephemeral range. */
    public ContainerNetworksAdvancedArgs anywhere() {
        return ContainerNetworksAdvancedArgs.builder().name(network.name()).build();
    }
}
