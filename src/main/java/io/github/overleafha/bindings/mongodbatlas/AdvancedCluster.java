package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import io.github.overleafha.bindings.ProviderDefaults;
import io.github.overleafha.bindings.mongodbatlas.outputs.AdvancedClusterConnectionStrings;

import javax.annotation.Nullable;

/** An Atlas cluster described by replication specs (used here for one replica set). */
@ResourceType(type = AdvancedCluster.TYPE)
public class AdvancedCluster extends CustomResource {

    static final String TYPE = "mongodbatlas:index/advancedCluster:AdvancedCluster";

    @Export(name = "connectionStrings", refs = {AdvancedClusterConnectionStrings.class}, tree = "[0]")
    private Output<AdvancedClusterConnectionStrings> connectionStrings;

    public AdvancedCluster(String name, AdvancedClusterArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, ProviderDefaults.withDefaults(MongodbAtlasProvider.VERSION, options));
    }

    /** Set by Atlas once the cluster is operational, not while it is being built. */
    public Output<AdvancedClusterConnectionStrings> connectionStrings() {
        return connectionStrings;
    }
}
