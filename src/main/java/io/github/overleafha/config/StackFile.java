package io.github.overleafha.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code Pulumi.<stack>.yaml}'s config block, read without the Pulumi CLI and held to the CLI's rules: every key
 * names its namespace, and a null value is not set. Encrypted ({@code secure:}) values cannot be decrypted here:
 * they become a placeholder and are remembered as secret.
 */
public record StackFile(Map<String, String> values, Set<String> secretKeys) {

    public static final String SECRET_PLACEHOLDER = "encrypted-in-stack-file";

    public static StackFile load(Path file, String project) {
        return of(YamlFile.read(file), file.getFileName().toString(), project);
    }

    /** {@code text} read as the stack file {@code fileName} would be, by the same rules as {@link #load}. */
    public static StackFile parse(String fileName, String text, String project) {
        return of(YamlFile.parse(fileName, text.getBytes(StandardCharsets.UTF_8)), fileName, project);
    }

    private static StackFile of(JsonNode root, String fileName, String project) {
        Map<String, String> values = new TreeMap<>();
        Set<String> secretKeys = new TreeSet<>();
        List<ConfigProblem> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root == null ? Collections.emptyIterator() : root.path("config").fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (ConfigKey.parse(key).isEmpty()) {
                // The CLI refuses the whole file ("configuration key ... is not namespaced"); so do we.
                problems.add(new ConfigProblem(key, value.isContainerNode() || value.isNull() ? null : value.asText(),
                        "a stack file's keys name their namespace, and the Pulumi CLI refuses a bare key",
                        "write " + project + ":" + key + " in " + fileName));
            } else if (value.isNull()) {
                continue;
            } else if (value.isObject() && value.has("secure")) {
                values.put(key, secretStandIn(value));
                secretKeys.add(key);
            } else if (value.isContainerNode() && !value.findValues("secure").isEmpty()) {
                // As Pulumi does: a key with an encrypted value anywhere inside is secret as a whole.
                values.put(key, ProjectFile.asConfigText(withPlaceholders(value)));
                secretKeys.add(key);
            } else {
                values.put(key, ProjectFile.asConfigText(value));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return new StackFile(values, secretKeys);
    }

    /** An example file's stand-in ciphertext stays visible as such: it must be replaced, not decrypted. */
    private static String secretStandIn(JsonNode secure) {
        String ciphertext = secure.path("secure").asText();
        return Placeholders.isPlaceholder(ciphertext) ? ciphertext : SECRET_PLACEHOLDER;
    }

    /** A copy of a structured value with every {@code secure:} value replaced by its stand-in. */
    private static JsonNode withPlaceholders(JsonNode value) {
        if (value.isObject() && value.size() == 1 && value.has("secure")) {
            return TextNode.valueOf(secretStandIn(value));
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
