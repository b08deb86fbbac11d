package io.github.overleafha.bindings;

import com.pulumi.resources.CustomResourceOptions;

import javax.annotation.Nullable;

/**
 * The options a generated Pulumi SDK adds to each of its resources, for the hand-written bindings.
 */
public final class ProviderDefaults {

    private ProviderDefaults() {
    }

    /**
     * Adds the provider version, so that the engine loads that plugin at {@code pulumi up}, and the outputs the
     * provider's published SDK marks secret, to the caller's options: a version the caller sets wins, and secret
     * outputs the caller names are added.
     */
    public static CustomResourceOptions withDefaults(
            String providerVersion, @Nullable CustomResourceOptions options, String... secretOutputs) {
        var defaults = CustomResourceOptions.builder()
                .version(providerVersion)
                .additionalSecretOutputs(secretOutputs)
                .build();
        return CustomResourceOptions.merge(defaults, options);
    }
}
