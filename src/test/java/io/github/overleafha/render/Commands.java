package io.github.overleafha.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs real tools from the tests; a missing tool fails the test with the command that installs it. */
public final class Commands {

    public record Result(int exitCode, String stdout, String stderr) {
        public String output() {
            return stdout + stderr;
        }
    }

    private Commands() {
    }

    /** The real tool on PATH; a missing one fails the test with the line that installs it, never skips it. */
    public static Path requireTool(String tool, String debianPackage) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, tool))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseGet(() -> fail(tool + " is not installed; install it with: apt-get install -y " + debianPackage));
    }

    /** Runs {@code command} in {@code dir}; a non-null {@code environment} replaces the inherited one. */
    public static Result run(List<String> command, Path dir, Map<String, String> environment) {
        try {
            Path stdout = Files.createTempFile("stdout", ".txt");
            Path stderr = Files.createTempFile("stderr", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
                if (environment != null) {
                    builder.environment().clear();
                    builder.environment().putAll(environment);
                }
                int exitCode = builder.start().waitFor();
                return new Result(exitCode, Files.readString(stdout), Files.readString(stderr));
            } finally {
                Files.delete(stdout);
                Files.delete(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
