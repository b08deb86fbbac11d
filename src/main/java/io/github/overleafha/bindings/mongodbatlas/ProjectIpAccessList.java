package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.github.overleafha.bindings.ProviderDefaults;

import javax.annotation.Nullable;

/** One entry (a CIDR block or a single address) of an Atlas project's IP access list. */
@ResourceType(type = ProjectIpAccessList.TYPE)
public class ProjectIpAccessList extends CustomResource {

    static final String TYPE = "mongodbatlas:index/projectIpAccessList:ProjectIpAccessList";

    public ProjectIpAccessList(String name, ProjectIpAccessListArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ProviderDefaults.withDefaults(MongodbAtlasProvider.VERSION, options));
    }
}
