package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** Inputs of {@link ProjectIpAccessList}: one address (the provider's cidrBlock alternative is not bound: unused). */
public final class ProjectIpAccessListArgs extends ResourceArgs {

    @Import(name = "projectId", required = true)
    private @Nullable Output<String> projectId;

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

        public Builder ipAddress(Output<String> ipAddress) {
            args.ipAddress = ipAddress;
            return this;
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
