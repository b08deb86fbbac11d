package io.github.overleafha.infra.local;

import com.pulumi.core.Output;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A container's environment as Docker takes it: {@code NAME=value} entries, in name order. */
final class ContainerEnvironment {

    private ContainerEnvironment() {
    }

    static Output<List<String>> of(SortedMap<String, String> plain) {
        return of(plain, Map.of());
    }

    /**
     * Plain and secret variables in one list, each secret entry its own secret element. The engine keeps secrecy
     * per element, so a preview shows every plain entry and hides only the secret ones; one secret in a list built
     * with {@code Output.all} would hide them all. Pulumi Java types the list as {@code List<String>}, but its
     * serializer resolves an {@code Output} anywhere inside a value: hence the cast.
     */
    @SuppressWarnings("unchecked")
    static Output<List<String>> of(SortedMap<String, String> plain, Map<String, Output<String>> secret) {
        Map<String, Object> entries = new TreeMap<>();
        plain.forEach((name, value) -> entries.put(name, name + "=" + value));
        secret.forEach((name, value) -> {
            if (entries.put(name, value.applyValue(v -> name + "=" + v).asSecret()) != null) {
                throw new IllegalArgumentException(name + " is given both as a plain and as a secret variable");
            }
        });
        return Output.of((List<String>) (List<?>) List.copyOf(entries.values()));
    }
}
