package io.github.overleafha;

import io.github.overleafha.plan.JvmFlags;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child JVMs for tests that run the real program in a process of its own: this JVM's java and class path, with
 * the launcher's flags ({@link JvmFlags}), so a child starts as fast as {@code bin/overleaf-ha} does and prints
 * exactly what it would.
 */
public final class TestJvm {

    private TestJvm() {
    }

    /** {@code java <flags> -cp <this class path> <main> <args>}, started in the project directory. */
    public static ProcessBuilder process(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmFlags.flags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(TestStacks.PROJECT_DIR.toFile());
    }
}
