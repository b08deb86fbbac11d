package io.github.overleafha.config;

/**
 * One thing wrong with a stack's configuration, said so an operator can fix it without reading code.
 *
 * @param key   the fully qualified key, as in the stack file (e.g. {@code overleaf-ha:nodeCount})
 * @param value the value found, or {@code null} when the key is missing; secret values are never shown
 * @param why   what is wrong with it
 * @param fix   what to write instead
 */
public record ConfigProblem(String key, String value, String why, String fix) {

    /** One line: key, value, reason, remedy. */
    public String describe() {
        String found = value == null ? "is not set" : "= " + quote(value);
        return key + " " + found + ": " + why + "; " + fix;
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
