package io.github.overleafha.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    /**
     * Path to content of every file the node has once cloud-init ran: each {@code write_files} entry in order, the
     * scripts archive replaced by the scripts its runcmd unpacks into the boot directory.
     */
    static Map<String, String> files(String userData) {
        Map<String, String> files = new LinkedHashMap<>();
        installed(userData).forEach((path, file) -> files.put(path, file.content()));
        return files;
    }

    /** Writes the files under {@code root} as cloud-init (and its unpacking of the scripts) would under /. */
    static void writeUnder(Path root, String userData) throws IOException {
        for (Map.Entry<String, Tar.Entry> file : installed(userData).entrySet()) {
            Path target = root.resolve(file.getKey().substring(1));
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue().content());
            Files.setPosixFilePermissions(target, permissions(file.getValue().mode()));
        }
    }

    private static Map<String, Tar.Entry> installed(String userData) {
        JsonNode cloudConfig = parse(userData);
        assertUnpacksTheArchive(cloudConfig);
        Map<String, Tar.Entry> files = new LinkedHashMap<>();
        for (JsonNode file : cloudConfig.get("write_files")) {
            String path = file.get("path").asText();
            int mode = Integer.parseInt(file.get("permissions").asText(), 8);
            String encoding = file.path("encoding").asText("");
            if (path.equals(CloudConfigRenderer.SCRIPTS_ARCHIVE) && encoding.equals("b64")) {
                Tar.entries(Base64.getDecoder().decode(file.get("content").asText())).forEach((name, entry) ->
                        files.put(CloudConfigRenderer.BOOT_DIR + "/" + name, entry));
            } else if (encoding.isEmpty()) {
                files.put(path, new Tar.Entry(mode, file.get("content").asText()));
            } else {
                throw new IllegalArgumentException("unexpected encoding in " + file);
            }
        }
        return files;
    }

    /** The first command cloud-init runs unpacks the scripts where the units expect them. */
    private static void assertUnpacksTheArchive(JsonNode cloudConfig) {
        String first = cloudConfig.get("runcmd").get(0).toString();
        if (!first.equals("[\"tar\",\"--extract\",\"--gzip\",\"--no-same-owner\",\"--file\",\""
                + CloudConfigRenderer.SCRIPTS_ARCHIVE + "\",\"--directory\",\"" + CloudConfigRenderer.BOOT_DIR + "\"]")) {
            throw new IllegalStateException("the first runcmd does not unpack the scripts: " + first);
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
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
