package io.github.overleafha.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A stack's raw configuration as the Pulumi engine hands it to a program: fully qualified keys
 * ({@code namespace:key}) to strings, structured values (lists) as JSON text, and which keys were set as secrets.
 * Defaults from {@code Pulumi.yaml} are already applied.
 */
public record ConfigValues(String project, String stack, Map<String, String> values, Set<String> secretKeys) {

    public ConfigValues {
        values = Map.copyOf(new TreeMap<>(values));
        secretKeys = Set.copyOf(new TreeSet<>(secretKeys));
    }

    public Optional<String> get(String fullKey) {
        return Optional.ofNullable(values.get(fullKey));
    }

    public boolean isSecret(String fullKey) {
        return secretKeys.contains(fullKey);
    }

    /** A key of this project's own namespace, spelt as in the stack file. */
    public String projectKey(String key) {
        return project + ":" + key;
    }
}
