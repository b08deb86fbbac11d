package io.github.overleafha.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Values an example stack file holds only to show their shape, which a user must replace before {@code pulumi up}.
 * A value is a placeholder when nobody's real value can look like it: it names a reserved example domain or an
 * EXAMPLE credential (RFC 2606 and AWS's documentation keys), AWS's documentation account 111122223333, or is an
 * id or digest of zeros only ({@code ami-00000000000000000}, {@code sha256:000...}).
 */
public final class Placeholders {

    private static final String DOCUMENTATION_ACCOUNT = "111122223333";
    private static final Pattern ZERO_ID = Pattern.compile("([a-z]+-|Z|sha256:)?0{8,}");

    private Placeholders() {
    }

    public static boolean isPlaceholder(String value) {
        return value.toLowerCase(Locale.ROOT).contains("example") || value.contains(DOCUMENTATION_ACCOUNT)
                || ZERO_ID.matcher(value).matches();
    }

    /** One problem per key still holding a placeholder, in key order, each with the command that replaces it. */
    public static List<ConfigProblem> find(ConfigValues values) {
        List<ConfigProblem> problems = new ArrayList<>();
        // In key order: ConfigValues' map has none, and the list must read the same on every run.
        for (Map.Entry<String, String> entry : new TreeMap<>(values.values()).entrySet()) {
            if (isPlaceholder(entry.getValue())) {
                boolean secret = values.isSecret(entry.getKey());
                String key = entry.getKey().startsWith(values.projectKey("")) ? entry.getKey().substring(values.projectKey("").length())
                        : entry.getKey();
                problems.add(new ConfigProblem(entry.getKey(), secret ? "[secret]" : entry.getValue(),
                        "it is a placeholder of the example stack file, not a value of yours",
                        "replace it before pulumi up: pulumi config set --stack " + values.stack()
                                + (secret ? " --secret " : " ") + key + " '<your value>'"));
            }
        }
        return problems;
    }

    /** The short names of the keys {@link #find} reports, for a one-line reminder. */
    public static List<String> keys(ConfigValues values) {
        String prefix = values.projectKey("");
        return find(values).stream().map(ConfigProblem::key)
                .map(key -> key.startsWith(prefix) ? key.substring(prefix.length()) : key).toList();
    }
}
