package io.github.overleafha.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
     * Offline: {@code Pulumi.yaml} defaults, then {@code Pulumi.<stack>.yaml}, then {@code overrides}. As with
     * {@code pulumi config set}, an override's key without a namespace is the project's.
     */
    public static ConfigValues offline(Path projectDir, String stack, Map<String, String> overrides) {
        ProjectFile project = ProjectFile.load(projectDir.resolve("Pulumi.yaml"));
        Path stackPath = projectDir.resolve("Pulumi." + stack + ".yaml");
        if (!Files.exists(stackPath)) {
            throw new IllegalArgumentException("no stack file " + stackPath + " (stacks are named by their Pulumi.<stack>.yaml)");
        }
        StackFile stackFile = StackFile.load(stackPath, project.name());
        Map<String, String> values = new TreeMap<>(project.defaults());
        values.putAll(stackFile.values());
        Set<String> secretKeys = new HashSet<>(stackFile.secretKeys());
        overrides.forEach((key, value) -> {
            String fullKey = key.contains(":") ? key : project.name() + ":" + key;
            values.put(fullKey, value);
            secretKeys.remove(fullKey);
        });
        return new ConfigValues(project.name(), stack, values, secretKeys);
    }

    /**
     * {@code key=value} settings as typed on a command line, split at the first {@code =}. A setting without a key
     * ({@code =5}, {@code nodeCount}) is refused, like {@code pulumi config set} refuses an empty key.
     */
    public static Map<String, String> settings(List<String> settings) {
        Map<String, String> parsed = new LinkedHashMap<>();
        List<ConfigProblem> problems = new ArrayList<>();
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            String key = equals < 0 ? setting : setting.substring(0, equals);
            boolean qualifiedOrBare = key.contains(":") ? ConfigKey.parse(key).isPresent() : key.matches("[^\\s]+");
            if (equals < 0 || !qualifiedOrBare) {
                problems.add(new ConfigProblem(key, equals < 0 ? null : setting.substring(equals + 1),
                        equals < 0 ? "a setting needs a value after =" : "a setting needs a key before =, without blanks",
                        "write --set <key>=<value>, e.g. --set nodeCount=5 or --set aws:region=eu-central-1"));
            } else {
                parsed.put(key, setting.substring(equals + 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return parsed;
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
        Map<String, String> engine = parse(System.getenv(ENGINE_CONFIG), new TypeReference<Map<String, String>>() { }, Map.of());
        // null is "not set", never the text "null".
        engine.forEach((key, value) -> {
            if (value != null) {
                values.put(key, value);
            }
        });
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
