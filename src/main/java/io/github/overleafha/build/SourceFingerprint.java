package io.github.overleafha.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A digest of everything a build turns into the program: {@code pom.xml}, {@code Pulumi.yaml} (the jar carries a copy:
 * the config keys' defaults and descriptions) and every file under {@code src/main}.
 * The build embeds it ({@link BuildInfo}); the program recomputes it from the working tree at start, so a jar built
 * from other sources is never run unnoticed.
 */
public final class SourceFingerprint {

    private SourceFingerprint() {
    }

    /** Whether {@code projectDir} holds the sources (a checkout, not a directory holding only the jar). */
    public static boolean hasSources(Path projectDir) {
        return Files.isRegularFile(projectDir.resolve("pom.xml")) && Files.isDirectory(projectDir.resolve("src/main"));
    }

    /** SHA-256 over each file's path (relative, with /) and bytes, in path order. */
    public static String of(Path projectDir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Path> file : files(projectDir).entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file.getValue()));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources under " + projectDir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Each file by its path relative to the project (with /), in path order. */
    private static SortedMap<String, Path> files(Path projectDir) throws IOException {
        try (Stream<Path> sources = Files.walk(projectDir.resolve("src/main"))) {
            SortedMap<String, Path> files = new TreeMap<>();
            Stream.concat(Stream.of(projectDir.resolve("pom.xml"), projectDir.resolve("Pulumi.yaml"))
                            .filter(Files::isRegularFile), sources.filter(Files::isRegularFile))
                    .forEach(file -> files.put(projectDir.relativize(file).toString().replace('\\', '/'), file));
            return files;
        }
    }

    /**
     * Run by the build (exec-maven-plugin, after compiling): {@code <project dir> <version> <output file>} writes
     * the {@link BuildInfo} properties.
     */
    public static void main(String[] args) throws IOException {
        Path projectDir = Path.of(args[0]);
        Path output = Path.of(args[2]);
        Files.createDirectories(output.getParent());
        Files.writeString(output, BuildInfo.VERSION + "=" + args[1] + "\n"
                + BuildInfo.FINGERPRINT + "=" + of(projectDir) + "\n", StandardCharsets.UTF_8);
    }
}
