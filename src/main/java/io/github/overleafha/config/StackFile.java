package io.github.overleafha.config;

import com.fasterxml.jackson.databind.JsonNode;

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
        JsonNode root = YamlFile.read(file);
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
                        "write " + project + ":" + key + " in " + file.getFileName()));
            } else if (value.isNull()) {
                continue;
            } else if (value.isObject() && value.has("secure")) {
                // An example file's stand-in ciphertext stays visible as such: it must be replaced, not decrypted.
                String ciphertext = value.path("secure").asText();
                values.put(key, Placeholders.isPlaceholder(ciphertext) ? ciphertext : SECRET_PLACEHOLDER);
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
}
