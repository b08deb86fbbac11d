package io.github.overleafha.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads {@code Pulumi.yaml} and stack files the way the Pulumi CLI does: a regular file (never a FIFO or a device,
 * which would hang or exhaust memory), of bounded size, with duplicate keys refused and syntax errors located by
 * file, line and column.
 */
final class YamlFile {

    /** Far above any real project or stack file, far below what could exhaust the heap. */
    static final int MAX_BYTES = 1 << 20;

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    private YamlFile() {
    }

    /** The file's document; {@code null} for an empty file. Unreadable files end in an IllegalArgumentException. */
    static JsonNode read(Path file) {
        // Follows links: a link to a regular file is fine, one to /dev/zero is not.
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a regular file" + (Files.exists(file) ? "" : " (it does not exist)")
                    + "; write the project's settings in a plain YAML file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(file + " is larger than " + MAX_BYTES / 1024
                    + " KiB; a project or stack file holds settings only");
        }
        return parse(file.toString(), bytes);
    }

    /** The document of {@code bytes}, read from {@code source}; syntax errors are located there by line and column. */
    static JsonNode parse(String source, byte[] bytes) {
        try {
            return YAML.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new IllegalArgumentException(source + where + ": " + e.getOriginalMessage()
                    + " (fix the YAML; a key may appear only once)", e);
        }
    }
}
