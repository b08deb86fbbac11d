package io.github.overleafha.bindings.mongodbatlas.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;
import java.util.List;

/** One shard's node layout; a replica set has exactly one. */
public final class AdvancedClusterReplicationSpecArgs extends ResourceArgs {

    @Import(name = "regionConfigs", required = true)
    private @Nullable Output<List<AdvancedClusterReplicationSpecRegionConfigArgs>> regionConfigs;

    private AdvancedClusterReplicationSpecArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AdvancedClusterReplicationSpecArgs args = new AdvancedClusterReplicationSpecArgs();

        public Builder regionConfigs(Output<List<AdvancedClusterReplicationSpecRegionConfigArgs>> regionConfigs) {
            args.regionConfigs = regionConfigs;
            return this;
        }

        public Builder regionConfigs(AdvancedClusterReplicationSpecRegionConfigArgs... regionConfigs) {
            return regionConfigs(Output.of(List.of(regionConfigs)));
        }

        public AdvancedClusterReplicationSpecArgs build() {
            if (args.regionConfigs == null) {
                throw new MissingRequiredPropertyException("AdvancedClusterReplicationSpecArgs", "regionConfigs");
            }
            return args;
        }
    }
}
