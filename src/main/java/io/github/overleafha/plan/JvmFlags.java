package io.github.overleafha.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JVM flags of the project's short-lived runs, from {@code jvm.options} on the class path: the one place they
 * are defined, read by bin/overleaf-ha too (from src/main/resources), so the launcher, the preview runner's program
 * and the tests' child JVMs start alike.
 */
public final class JvmFlags {

    private JvmFlags() {
    }

    /** One flag a line; blank lines and lines starting with # are skipped, as the launcher skips them. */
    public static List<String> flags() {
        try (InputStream in = JvmFlags.class.getResourceAsStream("/jvm.options")) {
            if (in == null) {
                throw new IllegalStateException("jvm.options is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
