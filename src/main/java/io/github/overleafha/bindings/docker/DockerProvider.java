package io.github.overleafha.bindings.docker;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.docker.Utilities;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.github.overleafha.bindings.ProviderDefaults;

import javax.annotation.Nullable;

/**
 * An explicit provider of the docker plugin that com.pulumi:docker targets, for pulling from a registry that needs a
 * login. It replaces the SDK's own {@code com.pulumi.docker.Provider} only because of how that one sends
 * {@code registryAuth}: Pulumi Java turns the list into JSON text with its secret markers written inside, so the
 * password reaches the state in clear text and the provider cannot read the entry. This sends the list as the
 * Node SDK does: one JSON text, secret as a whole.
 */
@ResourceType(type = "pulumi:providers:docker")
public class DockerProvider extends ProviderResource {

    public DockerProvider(String name, DockerProviderArgs args, @Nullable CustomResourceOptions options) {
        super("docker", name, args, ProviderDefaults.withDefaults(Utilities.getVersion(), options));
    }
}
