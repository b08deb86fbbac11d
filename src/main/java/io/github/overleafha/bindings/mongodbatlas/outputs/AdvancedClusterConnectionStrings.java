package io.github.overleafha.bindings.mongodbatlas.outputs;

import com.pulumi.core.annotations.CustomType;

import java.util.List;

/** The connection strings Atlas reports for a cluster. */
@CustomType
public final class AdvancedClusterConnectionStrings {

    private String standardSrv;
    private List<AdvancedClusterConnectionStringsPrivateEndpoint> privateEndpoints;

    private AdvancedClusterConnectionStrings() {
    }

    /** A mongodb+srv:// string over public addresses. */
    public String standardSrv() {
        return standardSrv;
    }

    /** One entry per private endpoint that reaches the cluster. */
    public List<AdvancedClusterConnectionStringsPrivateEndpoint> privateEndpoints() {
        return privateEndpoints == null ? List.of() : privateEndpoints;
    }

    /** Filled in by the SDK's deserializer, which finds it and its setters by their annotations. */
    @CustomType.Builder
    static final class Builder {
        private final AdvancedClusterConnectionStrings value = new AdvancedClusterConnectionStrings();

        @CustomType.Setter
        Builder standardSrv(String standardSrv) {
            value.standardSrv = standardSrv;
            return this;
        }

        @CustomType.Setter
        Builder privateEndpoints(List<AdvancedClusterConnectionStringsPrivateEndpoint> privateEndpoints) {
            value.privateEndpoints = privateEndpoints;
            return this;
        }

        AdvancedClusterConnectionStrings build() {
            return value;
        }
    }
}
