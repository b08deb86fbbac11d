package io.github.overleafha.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

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
                } else if (value.isContainerNode() && !value.findValues("secure").isEmpty()) {
                    // As Pulumi does: a key with an encrypted value anywhere inside is secret as a whole.
                    values.put(key, ProjectFile.asConfigText(withPlaceholders(value)));
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

    /** A copy of a structured value with every {@code secure:} value replaced by the placeholder. */
    private static JsonNode withPlaceholders(JsonNode value) {
        if (value.isObject() && value.size() == 1 && value.has("secure")) {
            return TextNode.valueOf(SECRET_PLACEHOLDER);
        }
        JsonNode copy = value.deepCopy();
        if (copy instanceof ObjectNode object) {
            value.fields().forEachRemaining(field -> object.set(field.getKey(), withPlaceholders(field.getValue())));
        } else if (copy instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withPlaceholders(value.get(i)));
            }
        }
        return copy;
    }
}
