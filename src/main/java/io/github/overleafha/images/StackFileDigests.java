package io.github.overleafha.images;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackFile;
import io.github.overleafha.core.ImageReference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes image digests (and the release they were pinned for) into a stack file's text, line by line, so that everything else in it stays as it was:
 * comments, order, {@code secure:} values. Each digest line gets a {@code # renovate:} comment above it naming the
 * image and tag, from which Renovate proposes a new digest when the tag is re-pushed.
 */
public final class StackFileDigests {

    private static final Pattern CONFIG = Pattern.compile("config:\\s*(#.*)?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[^\\s#].*");
    private static final Pattern ENTRY = Pattern.compile("(\\s+)[^\\s#-].*");
    private static final String RENOVATE = "# renovate: datasource=docker";
    private static final ObjectMapper STRICT_YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private StackFileDigests() {
    }

    /** One line to write: a key (fully qualified, as in the stack file), its plain value, a comment above it. */
    public record Entry(String key, String value, Optional<String> comment) {
    }

    /** A digest key, the image (with tag and digest) it pins. */
    public record Pin(String key, ImageReference image) {
        public Pin {
            if (image.digest().isEmpty() || image.tag().isEmpty()) {
                throw new IllegalArgumentException(image + " needs a tag and a digest to be pinned");
            }
        }

        /** The digest, under the comment Renovate reads the image and tag from. */
        public Entry entry() {
            return new Entry(key, image.digest().orElseThrow(), Optional.of(RENOVATE + " depName=" + image.repository()
                    + " currentValue=" + image.tag().orElseThrow()));
        }
    }

    /** {@code text} with each entry's key set; fails rather than write something it cannot verify. */
    public static String withEntries(String text, String project, List<Entry> entries) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int config = indexOfConfig(lines);
        if (config < 0) {
            lines.add("config:");
            config = lines.size() - 1;
        }
        for (Entry entry : entries) {
            config = indexOfConfig(lines);
            int end = endOfBlock(lines, config);
            String indent = entryIndent(lines, config, end);
            // Only the qualified key: the CLI refuses a stack file with a bare one, and so does verify().
            Pattern keyLine = Pattern.compile(Pattern.quote(indent) + Pattern.quote(entry.key()) + ":(\\s.*)?");
            List<String> written = new ArrayList<>();
            entry.comment().ifPresent(comment -> written.add(indent + comment));
            written.add(indent + entry.key() + ": " + entry.value());
            int at = find(lines, config + 1, end, keyLine);
            if (at >= 0) {
                if (at + 1 < end && indentOf(lines.get(at + 1)) > indent.length()) {
                    throw new IllegalArgumentException(entry.key() + " holds a nested value in the stack file; set it by hand");
                }
                lines.remove(at);
                // The comment this tool wrote before replaces itself.
                if (entry.comment().isPresent() && at > 0 && lines.get(at - 1).trim().startsWith(RENOVATE)) {
                    lines.remove(--at);
                }
                lines.addAll(at, written);
            } else {
                int last = end;
                while (last > config + 1 && lines.get(last - 1).isBlank()) {
                    last--;
                }
                lines.addAll(last, written);
            }
        }
        String result = String.join("\n", lines) + "\n";
        verify(text, result, project, entries);
        return result;
    }

    /** Rewrites {@code file} with the entries, atomically. */
    public static void write(Path file, String project, List<Entry> entries) {
        try {
            String updated = withEntries(Files.readString(file), project, entries);
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".pin-images", ".yaml");
            Files.writeString(temporary, updated);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + file, e);
        }
    }

    /**
     * Every value but the pinned ones reads as before, the pinned ones read as their digests, and no key appears
     * twice (which YAML readers resolve differently).
     */
    private static void verify(String before, String after, String project, List<Entry> entries) {
        Map<String, String> expected = new TreeMap<>(values(before, project));
        entries.forEach(entry -> expected.put(entry.key(), entry.value()));
        try {
            STRICT_YAML.readTree(after);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the rewritten stack file would not read as YAML without a repeated key; it was left unchanged", e);
        }
        if (!values(after, project).equals(expected)) {
            throw new IllegalStateException("the rewritten stack file would not read as intended; it was left unchanged");
        }
    }

    private static Map<String, String> values(String text, String project) {
        StackFile file;
        try {
            file = StackFile.parse("the stack file", text, project);
        } catch (IllegalArgumentException | InvalidConfigException e) {
            // Read as the CLI reads it (no repeated key, no bare key): a file it refuses is not edited.
            throw new IllegalStateException("the stack file would not read as intended (" + e.getMessage()
                    + "); it was left unchanged", e);
        }
        Map<String, String> values = new TreeMap<>(file.values());
        file.secretKeys().forEach(key -> values.put(key, "secret"));
        return values;
    }

    private static int indexOfConfig(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (CONFIG.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The first line after the config block: the next top-level key, or the end. */
    private static int endOfBlock(List<String> lines, int config) {
        for (int i = config + 1; i < lines.size(); i++) {
            if (TOP_LEVEL.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    private static String entryIndent(List<String> lines, int config, int end) {
        for (int i = config + 1; i < end; i++) {
            Matcher entry = ENTRY.matcher(lines.get(i));
            if (entry.matches()) {
                return entry.group(1);
            }
        }
        return "  ";
    }

    private static int find(List<String> lines, int from, int to, Pattern pattern) {
        for (int i = from; i < to; i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Blank and comment lines belong to no value. */
    private static int indentOf(String line) {
        return line.isBlank() || line.stripLeading().startsWith("#") ? 0 : line.length() - line.stripLeading().length();
    }
}
