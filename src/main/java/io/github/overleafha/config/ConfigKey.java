package io.github.overleafha.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fully qualified config key, {@code namespace:name}, as the Pulumi CLI requires it in stack files and passes it to
 * programs. A bare name belongs to the project only where the CLI says so: {@code pulumi config set} and
 * {@code Pulumi.yaml}'s config block.
 */
public record ConfigKey(String namespace, String name) {

    /** Both parts non-empty, no blanks; the name may hold further colons and dots (paths), as in the CLI. */
    private static final Pattern QUALIFIED = Pattern.compile("([^:\\s]+):([^\\s]+)");

    public static Optional<ConfigKey> parse(String key) {
        var matcher = QUALIFIED.matcher(key);
        return matcher.matches() ? Optional.of(new ConfigKey(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    @Override
    public String toString() {
        return namespace + ":" + name;
    }
}
