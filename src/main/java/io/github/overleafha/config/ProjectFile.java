package io.github.overleafha.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code Pulumi.yaml}: the project's name and the declarations of its config keys. The defaults declared there
 * are the only defaults: the Pulumi CLI applies them, and so do the offline plan and the tests.
 */
public record ProjectFile(String name, Map<String, Declaration> declarations) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where pom.xml puts the project's Pulumi.yaml: beside this class. */
    static final String BUNDLED = "Pulumi.yaml";

    /** One declared key; {@code defaultValue} is null when the key must be set in every stack. */
    public record Declaration(String type, JsonNode defaultValue, String description) {
    }

    public static ProjectFile load(Path file) {
        return of(file.toString(), YamlFile.read(file));
    }

    /**
     * The project file the build bundled into the program (pom.xml's resources): the declarations the program was
     * built with, at hand wherever it runs, also without a project directory.
     */
    public static ProjectFile bundled() {
        try (InputStream in = ProjectFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the program lacks its bundled " + BUNDLED
                        + " (pom.xml's resources copy it at build): rebuild it with mvn -B package -DskipTests");
            }
            return of("the bundled " + BUNDLED, YamlFile.parse("the bundled " + BUNDLED, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + BUNDLED + ": " + e.getMessage(), e);
        }
    }

    private static ProjectFile of(String source, JsonNode root) {
        String name = root == null ? "" : root.path("name").asText("");
        if (name.isEmpty()) {
            throw new IllegalArgumentException(source + " has no project name");
        }
        Map<String, Declaration> declarations = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.path("config").fields();
        while (fields.hasNext()) {
            var field = fields.next();
            JsonNode declaration = field.getValue();
            String key = field.getKey().contains(":") ? field.getKey() : name + ":" + field.getKey();
            // default: ~ declares no default, as null means "not set" everywhere.
            JsonNode defaultValue = declaration.path("default");
            declarations.put(key, new Declaration(declaration.path("type").asText("string"),
                    defaultValue.isMissingNode() || defaultValue.isNull() ? null : defaultValue,
                    declaration.path("description").asText("")));
        }
        return new ProjectFile(name, declarations);
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
