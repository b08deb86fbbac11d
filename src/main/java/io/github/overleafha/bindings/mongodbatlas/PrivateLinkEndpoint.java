package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.github.overleafha.bindings.ProviderDefaults;

import javax.annotation.Nullable;

/** Atlas's side of a private link: the endpoint service a VPC interface endpoint connects to. */
@ResourceType(type = PrivateLinkEndpoint.TYPE)
public class PrivateLinkEndpoint extends CustomResource {

    static final String TYPE = "mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint";

    @Export(name = "privateLinkId", refs = {String.class}, tree = "[0]")
    private Output<String> privateLinkId;

    @Export(name = "endpointServiceName", refs = {String.class}, tree = "[0]")
    private Output<String> endpointServiceName;

    public PrivateLinkEndpoint(String name, PrivateLinkEndpointArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ProviderDefaults.withDefaults(MongodbAtlasProvider.VERSION, options));
    }

    /** Atlas's id of this private link, which {@link PrivateLinkEndpointService} takes. */
    public Output<String> privateLinkId() {
        return privateLinkId;
    }

    /** On AWS, the VPC endpoint service name (com.amazonaws.vpce....) to create the interface endpoint for. */
    public Output<String> endpointServiceName() {
        return endpointServiceName;
    }
}
