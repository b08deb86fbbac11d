package io.github.overleafha.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Where a stack's raw configuration comes from: the Pulumi engine, or the project's files read offline. */
public final class ConfigSources {

    /** How the language host hands config to a program (the SDK reads the same variables). */
    private static final String ENGINE_CONFIG = "PULUMI_CONFIG";
    private static final String ENGINE_SECRET_KEYS = "PULUMI_CONFIG_SECRET_KEYS";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigSources() {
    }

    /**
     * Offline: {@code Pulumi.yaml} defaults, then {@code Pulumi.<stack>.yaml}, then {@code overrides}
     * (fully qualified keys, as in the stack file).
     */
    public static ConfigValues offline(Path projectDir, String stack, Map<String, String> overrides) {
        ProjectFile project = ProjectFile.load(projectDir.resolve("Pulumi.yaml"));
        Path stackPath = projectDir.resolve("Pulumi." + stack + ".yaml");
        if (!Files.isRegularFile(stackPath)) {
            throw new IllegalArgumentException("no stack file " + stackPath + " (stacks are named by their Pulumi.<stack>.yaml)");
        }
        StackFile stackFile = StackFile.load(stackPath, project.name());
        Map<String, String> values = new TreeMap<>(project.defaults());
        values.putAll(stackFile.values());
        Set<String> secretKeys = new HashSet<>(stackFile.secretKeys());
        overrides.forEach((key, value) -> {
            values.put(key, value);
            secretKeys.remove(key);
        });
        return new ConfigValues(project.name(), stack, values, secretKeys);
    }

    /**
     * Under the Pulumi engine: what the engine passes, over the {@code Pulumi.yaml} defaults (which the CLI
     * normally applies already; applying them again changes nothing).
     */
    public static ConfigValues engine(String project, String stack, Path projectDir) {
        Map<String, String> values = new TreeMap<>();
        Path projectFile = projectDir.resolve("Pulumi.yaml");
        if (Files.isRegularFile(projectFile)) {
            values.putAll(ProjectFile.load(projectFile).defaults());
        }
        values.putAll(parse(System.getenv(ENGINE_CONFIG), new TypeReference<Map<String, String>>() { }, Map.of()));
        List<String> secretKeys = parse(System.getenv(ENGINE_SECRET_KEYS), new TypeReference<List<String>>() { }, List.of());
        return new ConfigValues(project, stack, values, Set.copyOf(secretKeys));
    }

    private static <T> T parse(String json, TypeReference<T> type, T absent) {
        if (json == null || json.isBlank()) {
            return absent;
        }
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the engine's " + ENGINE_CONFIG + " is not the expected JSON", e);
        }
    }
}
