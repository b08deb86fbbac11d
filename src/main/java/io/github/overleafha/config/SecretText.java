package io.github.overleafha.config;

/** A configuration value set with {@code pulumi config set --secret}; it never prints itself. */
public record SecretText(String value) {

    @Override
    public String toString() {
        return "[secret]";
    }
}
