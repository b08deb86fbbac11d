package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** Inputs of {@link Project}. */
public final class ProjectArgs extends ResourceArgs {

    @Import(name = "orgId", required = true)
    private @Nullable Output<String> orgId;

    @Import(name = "name")
    private @Nullable Output<String> name;

    private ProjectArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final ProjectArgs args = new ProjectArgs();

        public Builder orgId(Output<String> orgId) {
            args.orgId = orgId;
            return this;
        }

        public Builder orgId(String orgId) {
            return orgId(Output.of(orgId));
        }

        public Builder name(Output<String> name) {
            args.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public ProjectArgs build() {
            if (args.orgId == null) {
                throw new MissingRequiredPropertyException("ProjectArgs", "orgId");
            }
            return args;
        }
    }
}
