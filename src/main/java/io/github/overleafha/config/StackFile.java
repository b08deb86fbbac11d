package io.github.overleafha.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code Pulumi.<stack>.yaml}'s config block, read without the Pulumi CLI. Encrypted ({@code secure:}) values
 * cannot be decrypted here: they become a placeholder and are remembered as secret.
 */
public record StackFile(Map<String, String> values, Set<String> secretKeys) {

    public static final String SECRET_PLACEHOLDER = "encrypted-in-stack-file";

    public static StackFile load(Path file, String project) {
        try {
            JsonNode root = ProjectFile.YAML.readTree(Files.readString(file));
            Map<String, String> values = new TreeMap<>();
            Set<String> secretKeys = new TreeSet<>();
            Iterator<Map.Entry<String, JsonNode>> fields = root == null ? Collections.emptyIterator() : root.path("config").fields();
            while (fields.hasNext()) {
                var field = fields.next();
                String key = field.getKey().contains(":") ? field.getKey() : project + ":" + field.getKey();
                JsonNode value = field.getValue();
                if (value.isObject() && value.has("secure")) {
                    values.put(key, SECRET_PLACEHOLDER);
                    secretKeys.add(key);
                } else {
                    values.put(key, ProjectFile.asConfigText(value));
                }
            }
            return new StackFile(values, secretKeys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
