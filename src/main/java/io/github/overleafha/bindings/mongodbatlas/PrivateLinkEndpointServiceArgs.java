package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** Inputs of {@link PrivateLinkEndpointService}. */
public final class PrivateLinkEndpointServiceArgs extends ResourceArgs {

    @Import(name = "projectId", required = true)
    private @Nullable Output<String> projectId;

    @Import(name = "privateLinkId", required = true)
    private @Nullable Output<String> privateLinkId;

    /** On AWS, the VPC interface endpoint's id (vpce-...). */
    @Import(name = "endpointServiceId", required = true)
    private @Nullable Output<String> endpointServiceId;

    @Import(name = "providerName", required = true)
    private @Nullable Output<String> providerName;

    private PrivateLinkEndpointServiceArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final PrivateLinkEndpointServiceArgs args = new PrivateLinkEndpointServiceArgs();

        public Builder projectId(Output<String> projectId) {
            args.projectId = projectId;
            return this;
        }

        public Builder privateLinkId(Output<String> privateLinkId) {
            args.privateLinkId = privateLinkId;
            return this;
        }

        public Builder endpointServiceId(Output<String> endpointServiceId) {
            args.endpointServiceId = endpointServiceId;
            return this;
        }

        public Builder providerName(Output<String> providerName) {
            args.providerName = providerName;
            return this;
        }

        public Builder providerName(String providerName) {
            return providerName(Output.of(providerName));
        }

        public PrivateLinkEndpointServiceArgs build() {
            if (args.projectId == null) {
                throw new MissingRequiredPropertyException("PrivateLinkEndpointServiceArgs", "projectId");
            }
            if (args.privateLinkId == null) {
                throw new MissingRequiredPropertyException("PrivateLinkEndpointServiceArgs", "privateLinkId");
            }
            if (args.endpointServiceId == null) {
                throw new MissingRequiredPropertyException("PrivateLinkEndpointServiceArgs", "endpointServiceId");
            }
            if (args.providerName == null) {
                throw new MissingRequiredPropertyException("PrivateLinkEndpointServiceArgs", "providerName");
            }
            return args;
        }
    }
}
