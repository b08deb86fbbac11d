package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** Inputs of {@link ProjectIpAccessList}; set exactly one of cidrBlock and ipAddress. */
public final class ProjectIpAccessListArgs extends ResourceArgs {

    @Import(name = "projectId", required = true)
    private @Nullable Output<String> projectId;

    @Import(name = "cidrBlock")
    private @Nullable Output<String> cidrBlock;

    @Import(name = "ipAddress")
    private @Nullable Output<String> ipAddress;

    @Import(name = "comment")
    private @Nullable Output<String> comment;

    private ProjectIpAccessListArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final ProjectIpAccessListArgs args = new ProjectIpAccessListArgs();

        public Builder projectId(Output<String> projectId) {
            args.projectId = projectId;
            return this;
        }

        public Builder projectId(String projectId) {
            return projectId(Output.of(projectId));
        }

        public Builder cidrBlock(Output<String> cidrBlock) {
            args.cidrBlock = cidrBlock;
            return this;
        }

        public Builder cidrBlock(String cidrBlock) {
            return cidrBlock(Output.of(cidrBlock));
        }

        public Builder ipAddress(Output<String> ipAddress) {
            args.ipAddress = ipAddress;
            return this;
        }

        public Builder ipAddress(String ipAddress) {
            return ipAddress(Output.of(ipAddress));
        }

        public Builder comment(Output<String> comment) {
            args.comment = comment;
            return this;
        }

        public Builder comment(String comment) {
            return comment(Output.of(comment));
        }

        public ProjectIpAccessListArgs build() {
            if (args.projectId == null) {
                throw new MissingRequiredPropertyException("ProjectIpAccessListArgs", "projectId");
            }
            return args;
        }
    }
}
