package io.github.overleafha.bindings.mongodbatlas.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** Size and count of the electable (voting, primary-eligible) nodes in a region. */
public final class AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs extends ResourceArgs {

    /** The cluster tier, e.g. M10. */
    @Import(name = "instanceSize")
    private @Nullable Output<String> instanceSize;

    @Import(name = "nodeCount")
    private @Nullable Output<Integer> nodeCount;

    private AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs args =
                new AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs();

        public Builder instanceSize(Output<String> instanceSize) {
            args.instanceSize = instanceSize;
            return this;
        }

        public Builder instanceSize(String instanceSize) {
            return instanceSize(Output.of(instanceSize));
        }

        public Builder nodeCount(Output<Integer> nodeCount) {
            args.nodeCount = nodeCount;
            return this;
        }

        public Builder nodeCount(Integer nodeCount) {
            return nodeCount(Output.of(nodeCount));
        }

        public AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs build() {
            return args;
        }
    }
}
