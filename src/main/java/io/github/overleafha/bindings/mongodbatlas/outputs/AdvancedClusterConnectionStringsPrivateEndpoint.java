package io.github.overleafha.bindings.mongodbatlas.outputs;

import com.pulumi.core.annotations.CustomType;

import java.util.List;

/** The connection strings for reaching a cluster through one private endpoint. */
@CustomType
public final class AdvancedClusterConnectionStringsPrivateEndpoint {

    private String srvConnectionString;
    private List<AdvancedClusterConnectionStringsPrivateEndpointEndpoint> endpoints;

    private AdvancedClusterConnectionStringsPrivateEndpoint() {
    }

    /** A mongodb+srv:// string over the private endpoint. */
    public String srvConnectionString() {
        return srvConnectionString;
    }

    /** The cloud endpoints behind this entry: match their ids to pick the entry of a given VPC endpoint. */
    public List<AdvancedClusterConnectionStringsPrivateEndpointEndpoint> endpoints() {
        return endpoints == null ? List.of() : endpoints;
    }

    /** Filled in by the SDK's deserializer, which finds it and its setters by their annotations. */
    @CustomType.Builder
    static final class Builder {
        private final AdvancedClusterConnectionStringsPrivateEndpoint value =
                new AdvancedClusterConnectionStringsPrivateEndpoint();

        @CustomType.Setter
        Builder srvConnectionString(String srvConnectionString) {
            value.srvConnectionString = srvConnectionString;
            return this;
        }

        @CustomType.Setter
        Builder endpoints(List<AdvancedClusterConnectionStringsPrivateEndpointEndpoint> endpoints) {
            value.endpoints = endpoints;
            return this;
        }

        AdvancedClusterConnectionStringsPrivateEndpoint build() {
            return value;
        }
    }
}
