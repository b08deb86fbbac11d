package io.github.overleafha.bindings.mongodbatlas.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** The nodes of a replication spec in one cloud region. */
public final class AdvancedClusterReplicationSpecRegionConfigArgs extends ResourceArgs {

    /** AWS, GCP or AZURE (TENANT and FLEX for shared tiers). */
    @Import(name = "providerName", required = true)
    private @Nullable Output<String> providerName;

    /** Atlas's name for the region (e.g. EU_WEST_1), not the cloud provider's. */
    @Import(name = "regionName", required = true)
    private @Nullable Output<String> regionName;

    /** Election priority: 7 for the highest-priority region, descending across region configs. */
    @Import(name = "priority", required = true)
    private @Nullable Output<Integer> priority;

    @Import(name = "electableSpecs")
    private @Nullable Output<AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs> electableSpecs;

    private AdvancedClusterReplicationSpecRegionConfigArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AdvancedClusterReplicationSpecRegionConfigArgs args =
                new AdvancedClusterReplicationSpecRegionConfigArgs();

        public Builder providerName(Output<String> providerName) {
            args.providerName = providerName;
            return this;
        }

        public Builder providerName(String providerName) {
            return providerName(Output.of(providerName));
        }

        public Builder regionName(Output<String> regionName) {
            args.regionName = regionName;
            return this;
        }

        public Builder regionName(String regionName) {
            return regionName(Output.of(regionName));
        }

        public Builder priority(Output<Integer> priority) {
            args.priority = priority;
            return this;
        }

        public Builder priority(Integer priority) {
            return priority(Output.of(priority));
        }

        public Builder electableSpecs(Output<AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs> electableSpecs) {
            args.electableSpecs = electableSpecs;
            return this;
        }

        public Builder electableSpecs(AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs electableSpecs) {
            return electableSpecs(Output.of(electableSpecs));
        }

        public AdvancedClusterReplicationSpecRegionConfigArgs build() {
            if (args.providerName == null) {
                throw new MissingRequiredPropertyException("AdvancedClusterReplicationSpecRegionConfigArgs", "providerName");
            }
            if (args.regionName == null) {
                throw new MissingRequiredPropertyException("AdvancedClusterReplicationSpecRegionConfigArgs", "regionName");
            }
            if (args.priority == null) {
                throw new MissingRequiredPropertyException("AdvancedClusterReplicationSpecRegionConfigArgs", "priority");
            }
            return args;
        }
    }
}
