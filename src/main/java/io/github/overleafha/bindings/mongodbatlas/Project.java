package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.github.overleafha.bindings.ProviderDefaults;

import javax.annotation.Nullable;

/** An Atlas project; its {@link #id()} is the project id the other Atlas resources take. */
@ResourceType(type = Project.TYPE)
public class Project extends CustomResource {

    static final String TYPE = "mongodbatlas:index/project:Project";

    public Project(String name, ProjectArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ProviderDefaults.withDefaults(MongodbAtlasProvider.VERSION, options));
    }
}
