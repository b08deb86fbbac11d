package io.github.overleafha.infra.local;

import com.pulumi.core.Output;
import com.pulumi.docker.Container;
import com.pulumi.docker.inputs.ContainerNetworksAdvancedArgs;
import com.pulumi.exceptions.RunException;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.infra.Component;

/**
 * A component of the local stack. Its containers, volumes and network have fixed names and addresses, which Docker
 * allows only once per host: a replacement can only be created after the old one is gone.
 */
abstract class LocalComponent extends Component {

    protected LocalComponent(String type, String name, ComponentResourceOptions options) {
        super("local:" + type, name, options);
    }

    /** A child that holds a name or address on the host, created after {@code dependencies}. */
    protected CustomResourceOptions uniqueOnHost(Resource... dependencies) {
        return CustomResourceOptions.builder().parent(this).deleteBeforeReplace(true).dependsOn(dependencies).build();
    }

    /**
     * "succeeded" once a one-shot container has exited 0. The Docker provider records a one-shot that exited with
     * an error as created, so without this check a failed setup would pass silently: anything that takes this value
     * as an input is never created after a failure, and {@code pulumi up} ends with the error. The state keeps the
     * failed container, so later runs keep failing until it is replaced ({@code pulumi up --replace <urn>}).
     */
    protected static Output<String> succeeded(Container oneShot, String containerName) {
        return oneShot.exitCode().applyValue(code -> {
            if (code == null || code != 0) {
                throw new RunException(containerName + " exited with " + code + ": read `docker logs " + containerName
                        + "`, fix the cause, then `pulumi up --replace` the container");
            }
            return "succeeded";
        });
    }

    /** Joins a container to the network named {@code network} at a fixed address. */
    protected static ContainerNetworksAdvancedArgs joinedAt(Output<String> network, String ipv4Address) {
        return ContainerNetworksAdvancedArgs.builder().name(network).ipv4Address(ipv4Address).build();
    }

    /** Joins a container that needs no fixed address: Docker picks one from the ephemeral range. */
    protected static ContainerNetworksAdvancedArgs joined(Output<String> network) {
        return ContainerNetworksAdvancedArgs.builder().name(network).build();
    }

    /** A volume holding users' data: it must survive a mistaken destroy or replacement. */
    protected CustomResourceOptions protectedData() {
        return CustomResourceOptions.builder().parent(this).deleteBeforeReplace(true).protect(true).build();
    }
}
