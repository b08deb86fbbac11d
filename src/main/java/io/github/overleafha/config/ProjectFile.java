package io.github.overleafha.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code Pulumi.yaml}: the project's name and the declarations of its config keys. The defaults declared there
 * are the only defaults: the Pulumi CLI applies them, and so do the offline plan and the tests.
 */
public record ProjectFile(String name, Map<String, Declaration> declarations) {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One declared key; {@code defaultValue} is null when the key must be set in every stack. */
    public record Declaration(String type, JsonNode defaultValue, String description) {
    }

    public static ProjectFile load(Path file) {
        try {
            JsonNode root = YAML.readTree(Files.readString(file));
            String name = root.path("name").asText("");
            if (name.isEmpty()) {
                throw new IllegalArgumentException(file + " has no project name");
            }
            Map<String, Declaration> declarations = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = root.path("config").fields();
            while (fields.hasNext()) {
                var field = fields.next();
                JsonNode declaration = field.getValue();
                String key = field.getKey().contains(":") ? field.getKey() : name + ":" + field.getKey();
                declarations.put(key, new Declaration(declaration.path("type").asText("string"),
                        declaration.has("default") ? declaration.get("default") : null,
                        declaration.path("description").asText("")));
            }
            return new ProjectFile(name, declarations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The declared defaults, as the engine passes config: text, with lists as JSON. */
    public Map<String, String> defaults() {
        Map<String, String> defaults = new TreeMap<>();
        declarations.forEach((key, declaration) -> {
            if (declaration.defaultValue() != null) {
                defaults.put(key, asConfigText(declaration.defaultValue()));
            }
        });
        return defaults;
    }

    /** How a YAML value reaches a program: scalars as their text, structures as JSON. */
    static String asConfigText(JsonNode value) {
        if (value.isContainerNode()) {
            try {
                return JSON.writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return value.asText();
    }
}
