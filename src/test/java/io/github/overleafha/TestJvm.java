package io.github.overleafha;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child JVMs for tests that run the real program in a process of its own: this JVM's java and class path, with
 * the launcher's flags from {@code bin/jvm.options}, the one place they are defined, so a child starts as fast as
 * {@code bin/overleaf-ha} does and prints exactly what it would.
 */
public final class TestJvm {

    /** The flags file bin/overleaf-ha reads. */
    public static final Path OPTIONS = TestStacks.PROJECT_DIR.resolve("bin").resolve("jvm.options");

    private TestJvm() {
    }

    /** The flags of {@link #OPTIONS}, read as the launcher reads them: one a line, blank lines and # comments skipped. */
    public static List<String> flags() {
        try {
            return Files.readAllLines(OPTIONS).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code java <flags> -cp <this class path> <main> <args>}, started in the project directory. */
    public static ProcessBuilder process(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(TestStacks.PROJECT_DIR.toFile());
    }
}
