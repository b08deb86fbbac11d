package io.github.overleafha.bindings.mongodbatlas.outputs;

import com.pulumi.core.annotations.CustomType;

/** One cloud endpoint behind a private-endpoint connection string. */
@CustomType
public final class AdvancedClusterConnectionStringsPrivateEndpointEndpoint {

    private String endpointId;

    private AdvancedClusterConnectionStringsPrivateEndpointEndpoint() {
    }

    /** On AWS, the VPC endpoint id (vpce-...). */
    public String endpointId() {
        return endpointId;
    }

    /** Filled in by the SDK's deserializer, which finds it and its setters by their annotations. */
    @CustomType.Builder
    static final class Builder {
        private final AdvancedClusterConnectionStringsPrivateEndpointEndpoint value =
                new AdvancedClusterConnectionStringsPrivateEndpointEndpoint();

        @CustomType.Setter
        Builder endpointId(String endpointId) {
            value.endpointId = endpointId;
            return this;
        }

        AdvancedClusterConnectionStringsPrivateEndpointEndpoint build() {
            return value;
        }
    }
}
