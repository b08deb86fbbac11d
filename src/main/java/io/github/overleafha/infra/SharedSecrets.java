package io.github.overleafha.infra;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.github.overleafha.core.SharedSecret;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the shared secrets once. The random provider keeps each value in the stack's state, so every later
 * {@code pulumi up} (and every node) sees the same value until the resource itself is replaced.
 */
public final class SharedSecrets extends Component {

    private final Map<SharedSecret, Output<String>> values = new EnumMap<>(SharedSecret.class);

    public SharedSecrets(String name, ComponentResourceOptions options) {
        super("shared:SharedSecrets", name, options);
        for (SharedSecret secret : SharedSecret.values()) {
            values.put(secret, generatedSecret(secret.resourceName()));
        }
        registerOutputs(Map.of());
    }

    /** Server Pro's secret variables and their values, e.g. both history variables for the one history password. */
    public Map<String, Output<String>> environment() {
        Map<String, Output<String>> environment = new TreeMap<>();
        values.forEach((secret, value) -> secret.variables().forEach(variable -> environment.put(variable, value)));
        return environment;
    }
}
