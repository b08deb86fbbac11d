package io.github.overleafha.infra;

import io.github.overleafha.config.StackConfig;

import java.util.Map;

/** Tags every AWS resource carries, so cost reports and the console group a stack's resources. */
public record StackTags(Map<String, String> values) {

    public static StackTags of(StackConfig config) {
        return new StackTags(Map.of(
                "overleaf-ha:project", config.project(),
                "overleaf-ha:stack", config.stack(),
                "managed-by", "pulumi"));
    }
}
