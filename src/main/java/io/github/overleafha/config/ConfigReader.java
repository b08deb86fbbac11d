package io.github.overleafha.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.overleafha.core.NearestName;
import io.github.overleafha.core.StackNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads typed values out of {@link ConfigValues}, collecting every problem instead of stopping at the first,
 * so an operator sees all of them in one run. A value with a problem reads as a harmless stand-in so that
 * checks which depend on it can still run.
 */
final class ConfigReader {

    /** An AWS region code (commercial, GovCloud, ISO partitions). */
    static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d");
    /** An email address, as far as a config check needs: one @, no spaces, a dot in the domain. */
    static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The providers the program declares resources with, and Pulumi's own settings. */
    static final List<String> PROVIDER_NAMESPACES = List.of("aws", "docker", "mongodbatlas", "pulumi", "random");

    private final ConfigValues values;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Set<String> keysRead = new TreeSet<>();
    private final Set<String> secretKeys = new TreeSet<>();

    ConfigReader(ConfigValues values) {
        this.values = values;
    }

    String project() {
        return values.project();
    }

    String stack() {
        return values.stack();
    }

    /** The fully qualified key of a project key. */
    String key(String key) {
        return key.contains(":") ? key : values.projectKey(key);
    }

    void problem(String key, String value, String why, String fix) {
        String fullKey = key(key);
        boolean hidden = values.isSecret(fullKey) || secretKeys.contains(fullKey);
        problems.add(new ConfigProblem(fullKey, hidden && value != null ? "[secret]" : value, why, fix));
    }

    /** A problem with something other than a config key (the stack's or project's name), reported as it is. */
    void problem(ConfigProblem problem) {
        problems.add(problem);
    }

    /**
     * The project's and stack's names against the rules of everything the stack's target names with them
     * ({@link StackNames#pulumiProblems} or {@link StackNames#awsProblems}).
     */
    void checkNames(Function<StackNames, List<StackNames.Problem>> targetRules) {
        targetRules.apply(new StackNames(project(), stack()))
                .forEach(name -> problem(new ConfigProblem(name.subject(), name.value(), name.why(), name.fix())));
    }

    /** A value that must be set and not blank. */
    String required(String key, String example) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            problem(key, null, "it is required", "set it, for example: pulumi config set " + key + " " + example);
            return "";
        }
        return value.get();
    }

    /** A value that may be absent; an empty string counts as absent. */
    Optional<String> optional(String key) {
        if (!key.contains(":")) {
            KeyCatalogue.declaration(key);
        }
        String fullKey = key(key);
        Optional<String> value = values.get(fullKey).map(String::trim).filter(v -> !v.isEmpty());
        boolean firstRead = keysRead.add(fullKey);
        // Values end up in env files and user data, one line per variable: a line break would cut them there,
        // at deploy time, after other resources exist.
        if (firstRead && value.isPresent() && value.get().chars().anyMatch(Character::isISOControl)) {
            problem(key, value.get().replaceAll("\\p{Cntrl}", "\u23CE"), "it holds a line break or another control character",
                    "write it on one line");
        }
        return value;
    }

    /** An optional value that must have been set with --secret. */
    Optional<SecretText> secret(String key) {
        // Hidden in every problem, even when it was (wrongly) stored in clear.
        secretKeys.add(key(key));
        Optional<String> value = optional(key);
        if (value.isPresent() && !values.isSecret(key(key))) {
            problems.add(new ConfigProblem(key(key), "[hidden: stored in plain text]",
                    "it is a secret but is stored unencrypted in the stack file",
                    "remove it and set it with: pulumi config set --secret " + key + " '<value>'"));
        }
        return value.map(SecretText::new);
    }

    /**
     * A secret that may span lines (a PEM key, set with {@code pulumi config set --secret KEY < file}): its reader
     * sees that it reaches nodes some other way than as a line of an env file or the user data.
     */
    Optional<SecretText> multiLineSecret(String key) {
        // Read already, as far as optional() is concerned: no one-line check.
        keysRead.add(key(key));
        return secret(key);
    }

    /** A whole number within its declared range; the declared default stands in when it is missing or wrong. */
    int integer(String key) {
        KeyDeclaration declaration = KeyCatalogue.declaration(key);
        if (!(declaration.values() instanceof KeyDeclaration.WholeNumber range)) {
            throw new IllegalStateException("config key " + key + " is not declared a whole number");
        }
        int fallback = Integer.parseInt(declaration.defaultValue().orElseThrow());
        Optional<String> text = optional(key);
        if (text.isEmpty()) {
            problem(key, null, "it is required", "set " + range.described());
            return fallback;
        }
        try {
            double number = Double.parseDouble(text.get());
            if (number != Math.rint(number) || Double.isInfinite(number)) {
                throw new NumberFormatException();
            }
            if (number < range.min() || number > range.max()) {
                problem(key, text.get(), range.why(), "write " + range.described());
                return fallback;
            }
            return (int) number;
        } catch (NumberFormatException e) {
            problem(key, text.get(), "it is not a whole number", "write " + range.described());
            return fallback;
        }
    }

    /** true or false; the declared default stands in when it is neither. */
    boolean bool(String key) {
        KeyDeclaration declaration = KeyCatalogue.declaration(key);
        if (!(declaration.values() instanceof KeyDeclaration.Flag)) {
            throw new IllegalStateException("config key " + key + " is not declared a boolean");
        }
        String value = optional(key).orElse("");
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        problem(key, value, "it is not a boolean", "write true or false");
        return Boolean.parseBoolean(declaration.defaultValue().orElseThrow());
    }

    /** An optional value that must match a pattern when present. */
    Optional<String> optionalMatching(String key, Pattern pattern, String what, String example) {
        Optional<String> value = optional(key);
        if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
            problem(key, value.get(), "it is not " + what, "write one such as " + example);
        }
        return value;
    }

    /** One of the declared words; the declared default stands in for any other. */
    String choice(String key) {
        KeyDeclaration declaration = KeyCatalogue.declaration(key);
        if (!(declaration.values() instanceof KeyDeclaration.OneOf oneOf)) {
            throw new IllegalStateException("config key " + key + " is not declared a choice");
        }
        String value = optional(key).orElse("");
        if (!oneOf.choices().contains(value)) {
            problem(key, value, "it is not one of the known choices", "write one of: " + String.join(", ", oneOf.choices()));
            return declaration.defaultValue().orElseThrow();
        }
        return value;
    }

    /** A list: a YAML list in the stack file (the engine passes it as JSON), a flow list [a, b], or a, b. */
    List<String> list(String key) {
        Optional<String> text = optional(key);
        if (text.isEmpty()) {
            return List.of();
        }
        String raw = text.get();
        if (!raw.startsWith("[")) {
            return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        try {
            // YAML reads the JSON the engine passes and a flow list such as [a, b] typed in a --set alike.
            List<Object> items = YamlFile.YAML.readValue(raw, new TypeReference<List<Object>>() { });
            if (items.stream().allMatch(String.class::isInstance)) {
                return items.stream().map(item -> ((String) item).trim()).toList();
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        problem(key, raw, "it is not a list of strings", "write a YAML list of strings under the key");
        return List.of();
    }

    /**
     * A list of one-entry maps ({@code - NAME: value}), as an ordered map. Pulumi's project file declares no map
     * type, so maps are written as lists; a name given twice is reported.
     */
    Map<String, String> entries(String key) {
        Optional<String> text = optional(key);
        Map<String, String> entries = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return entries;
        }
        try {
            List<Object> items = YamlFile.YAML.readValue(text.get(), new TypeReference<List<Object>>() { });
            for (Object item : items) {
                if (!(item instanceof Map<?, ?> map) || map.size() != 1 || map.values().stream().anyMatch(v -> v instanceof Map || v instanceof List)) {
                    problem(key, String.valueOf(item), "each item must be one NAME: value pair",
                            "write - NAME: value, e.g. pulumi config set --path '" + key + "[0].OVERLEAF_SITE_LANGUAGE' de");
                    continue;
                }
                var entry = map.entrySet().iterator().next();
                String name = String.valueOf(entry.getKey()).trim();
                if (entries.put(name, entry.getValue() == null ? "" : String.valueOf(entry.getValue())) != null) {
                    problem(key, name, "it is given twice", "give each name once");
                }
            }
        } catch (JsonProcessingException e) {
            problem(key, text.get(), "it is not a list of NAME: value pairs",
                    "write a YAML list of one-entry maps under the key");
        }
        return entries;
    }

    boolean isSecret(String key) {
        return values.isSecret(key(key));
    }

    /**
     * Checks every declared key this stack's readers did not read (those of the other target) against its
     * declaration alone, as the stack may switch target: a value out of range is reported on either target. A common
     * key or one of {@code scope} left unread is a programming error: its declaration names the wrong target.
     */
    void checkUnreadKeys(KeyDeclaration.Scope scope) {
        KeyCatalogue.all().values().stream().filter(declaration -> !keysRead.contains(key(declaration.name())))
                .forEach(declaration -> {
                    if (declaration.scope() == KeyDeclaration.Scope.COMMON || declaration.scope() == scope) {
                        throw new IllegalStateException("config key " + declaration.name() + " is declared "
                                + declaration.scope() + ", but the " + scope + " stack's readers never read it");
                    }
                    KeyDeclaration.Values values = declaration.values();
                    if (values instanceof KeyDeclaration.WholeNumber) {
                        integer(declaration.name());
                    } else if (values instanceof KeyDeclaration.Flag) {
                        bool(declaration.name());
                    } else if (values instanceof KeyDeclaration.OneOf) {
                        choice(declaration.name());
                    } else if (values instanceof KeyDeclaration.TextList) {
                        list(declaration.name());
                    } else {
                        optional(declaration.name());
                    }
                });
    }

    /**
     * Project keys the stack sets but the program never reads (almost always a typo), and keys of namespaces that
     * neither the project nor a provider it uses reads.
     */
    void reportUnknownKeys() {
        String prefix = values.project() + ":";
        for (Map.Entry<String, String> entry : values.values().entrySet()) {
            Optional<ConfigKey> key = ConfigKey.parse(entry.getKey());
            if (key.isPresent() && !key.get().namespace().equals(values.project())
                    && !PROVIDER_NAMESPACES.contains(key.get().namespace())) {
                problem(entry.getKey(), entry.getValue(), "neither this project nor a provider it uses reads the namespace "
                                + key.get().namespace(),
                        "write " + prefix + key.get().name() + " for the project's setting, or a provider's ("
                                + String.join(", ", PROVIDER_NAMESPACES) + ")");
            }
        }
        List<String> known = keysRead.stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).toList();
        for (Map.Entry<String, String> entry : values.values().entrySet()) {
            String fullKey = entry.getKey();
            if (fullKey.startsWith(prefix) && !keysRead.contains(fullKey)) {
                String key = fullKey.substring(prefix.length());
                String closest = NearestName.in(known, key).orElse("");
                problem(fullKey, entry.getValue(), "the program has no such setting",
                        "did you mean " + closest + "? Every key is declared in Pulumi.yaml and listed in the README");
            }
        }
    }

    List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }
}
