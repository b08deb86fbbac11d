package io.github.overleafha.render;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The real haproxy binary, either checking a config or running one in the foreground; output goes to a file. */
final class Haproxy implements AutoCloseable {

    private static final long STOP_SECONDS = 5;

    private final Process process;
    private final Path output;

    private Haproxy(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static Path binary() {
        return Commands.requireTool("haproxy", "haproxy");
    }

    record CheckResult(int exitCode, String output) {
    }

    /** {@code haproxy -c}: parses the config and resolves its addresses without binding anything. */
    static CheckResult check(Path config, Path output) throws IOException, InterruptedException {
        try (Haproxy haproxy = run(output, "-c", "-f", config.toString())) {
            if (!haproxy.process.waitFor(10, TimeUnit.SECONDS)) {
                fail("haproxy -c did not finish within 10 s:%n%s", haproxy.output());
            }
            return new CheckResult(haproxy.process.exitValue(), haproxy.output());
        }
    }

    /** {@code haproxy -db}: stays in the foreground, so closing this stops it. */
    static Haproxy start(Path config, Path output) throws IOException {
        return run(output, "-f", config.toString(), "-db");
    }

    private static Haproxy run(Path output, String... arguments) throws IOException {
        Process process = new ProcessBuilder(Stream.concat(Stream.of(binary().toString()), Stream.of(arguments)).toList())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new Haproxy(process, output);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything HAProxy wrote so far: its warnings and its log (the config logs to stdout). */
    String output() throws IOException {
        return Files.readString(output);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
