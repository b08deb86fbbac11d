package io.github.overleafha.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** Reads rendered user data the way cloud-init does: the files it writes, decoded. */
final class UserData {

    private UserData() {
    }

    static JsonNode parse(String userData) {
        try {
            return new YAMLMapper().readTree(userData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Path to decoded content of every {@code write_files} entry, in order. */
    static Map<String, String> files(String userData) {
        Map<String, String> files = new LinkedHashMap<>();
        for (JsonNode file : parse(userData).get("write_files")) {
            files.put(file.get("path").asText(), content(file));
        }
        return files;
    }

    /** Writes the files under {@code root} as cloud-init would under /, with their permissions. */
    static void writeUnder(Path root, String userData) throws IOException {
        for (JsonNode file : parse(userData).get("write_files")) {
            Path target = root.resolve(file.get("path").asText().substring(1));
            Files.createDirectories(target.getParent());
            Files.writeString(target, content(file));
            Files.setPosixFilePermissions(target, permissions(file.get("permissions").asText()));
        }
    }

    private static String content(JsonNode file) {
        String content = file.get("content").asText();
        if (!file.has("encoding")) {
            return content;
        }
        if (!file.get("encoding").asText().equals("gz+b64")) {
            throw new IllegalArgumentException("unexpected encoding in " + file);
        }
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(content)))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<PosixFilePermission> permissions(String octal) {
        int mode = Integer.parseInt(octal, 8);
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }
}
