package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.github.overleafha.bindings.ProviderDefaults;

import javax.annotation.Nullable;

/** Tells Atlas to accept one cloud endpoint (on AWS, a VPC interface endpoint) on a {@link PrivateLinkEndpoint}. */
@ResourceType(type = PrivateLinkEndpointService.TYPE)
public class PrivateLinkEndpointService extends CustomResource {

    static final String TYPE = "mongodbatlas:index/privateLinkEndpointService:PrivateLinkEndpointService";

    public PrivateLinkEndpointService(
            String name, PrivateLinkEndpointServiceArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ProviderDefaults.withDefaults(MongodbAtlasProvider.VERSION, options));
    }
}
