package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** Inputs of {@link PrivateLinkEndpoint}. */
public final class PrivateLinkEndpointArgs extends ResourceArgs {

    @Import(name = "projectId", required = true)
    private @Nullable Output<String> projectId;

    /** AWS, AZURE or GCP. */
    @Import(name = "providerName", required = true)
    private @Nullable Output<String> providerName;

    @Import(name = "region", required = true)
    private @Nullable Output<String> region;

    private PrivateLinkEndpointArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final PrivateLinkEndpointArgs args = new PrivateLinkEndpointArgs();

        public Builder projectId(Output<String> projectId) {
            args.projectId = projectId;
            return this;
        }

        public Builder providerName(Output<String> providerName) {
            args.providerName = providerName;
            return this;
        }

        public Builder providerName(String providerName) {
            return providerName(Output.of(providerName));
        }

        public Builder region(Output<String> region) {
            args.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public PrivateLinkEndpointArgs build() {
            if (args.projectId == null) {
                throw new MissingRequiredPropertyException("PrivateLinkEndpointArgs", "projectId");
            }
            if (args.providerName == null) {
                throw new MissingRequiredPropertyException("PrivateLinkEndpointArgs", "providerName");
            }
            if (args.region == null) {
                throw new MissingRequiredPropertyException("PrivateLinkEndpointArgs", "region");
            }
            return args;
        }
    }
}
