package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AdvancedClusterReplicationSpecArgs;

import javax.annotation.Nullable;
import java.util.List;

/** Inputs of {@link AdvancedCluster}. */
public final class AdvancedClusterArgs extends ResourceArgs {

    @Import(name = "projectId", required = true)
    private @Nullable Output<String> projectId;

    @Import(name = "name")
    private @Nullable Output<String> name;

    /** REPLICASET, SHARDED or GEOSHARDED. */
    @Import(name = "clusterType", required = true)
    private @Nullable Output<String> clusterType;

    @Import(name = "mongoDbMajorVersion")
    private @Nullable Output<String> mongoDbMajorVersion;

    @Import(name = "backupEnabled")
    private @Nullable Output<Boolean> backupEnabled;

    /** Continuous cloud backup: point-in-time restore (needs backupEnabled). */
    @Import(name = "pitEnabled")
    private @Nullable Output<Boolean> pitEnabled;

    @Import(name = "terminationProtectionEnabled")
    private @Nullable Output<Boolean> terminationProtectionEnabled;

    @Import(name = "replicationSpecs", required = true)
    private @Nullable Output<List<AdvancedClusterReplicationSpecArgs>> replicationSpecs;

    private AdvancedClusterArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AdvancedClusterArgs args = new AdvancedClusterArgs();

        public Builder projectId(Output<String> projectId) {
            args.projectId = projectId;
            return this;
        }

        public Builder name(Output<String> name) {
            args.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder clusterType(Output<String> clusterType) {
            args.clusterType = clusterType;
            return this;
        }

        public Builder clusterType(String clusterType) {
            return clusterType(Output.of(clusterType));
        }

        public Builder mongoDbMajorVersion(Output<String> mongoDbMajorVersion) {
            args.mongoDbMajorVersion = mongoDbMajorVersion;
            return this;
        }

        public Builder mongoDbMajorVersion(String mongoDbMajorVersion) {
            return mongoDbMajorVersion(Output.of(mongoDbMajorVersion));
        }

        public Builder backupEnabled(Output<Boolean> backupEnabled) {
            args.backupEnabled = backupEnabled;
            return this;
        }

        public Builder backupEnabled(Boolean backupEnabled) {
            return backupEnabled(Output.of(backupEnabled));
        }

        public Builder pitEnabled(Output<Boolean> pitEnabled) {
            args.pitEnabled = pitEnabled;
            return this;
        }

        public Builder pitEnabled(Boolean pitEnabled) {
            return pitEnabled(Output.of(pitEnabled));
        }

        public Builder terminationProtectionEnabled(Output<Boolean> terminationProtectionEnabled) {
            args.terminationProtectionEnabled = terminationProtectionEnabled;
            return this;
        }

        public Builder terminationProtectionEnabled(Boolean terminationProtectionEnabled) {
            return terminationProtectionEnabled(Output.of(terminationProtectionEnabled));
        }

        public Builder replicationSpecs(Output<List<AdvancedClusterReplicationSpecArgs>> replicationSpecs) {
            args.replicationSpecs = replicationSpecs;
            return this;
        }

        public Builder replicationSpecs(AdvancedClusterReplicationSpecArgs... replicationSpecs) {
            return replicationSpecs(Output.of(List.of(replicationSpecs)));
        }

        public AdvancedClusterArgs build() {
            if (args.projectId == null) {
                throw new MissingRequiredPropertyException("AdvancedClusterArgs", "projectId");
            }
            if (args.clusterType == null) {
                throw new MissingRequiredPropertyException("AdvancedClusterArgs", "clusterType");
            }
            if (args.replicationSpecs == null) {
                throw new MissingRequiredPropertyException("AdvancedClusterArgs", "replicationSpecs");
            }
            return args;
        }
    }
}
