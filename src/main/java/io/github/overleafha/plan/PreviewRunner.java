package io.github.overleafha.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.App;
import io.github.overleafha.config.ConfigValues;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the real program ({@link App}'s main, in a JVM of its own, as pulumi-language-java does) against a
 * {@link PreviewEngine}: what a first {@code pulumi preview} of the stack would show.
 */
public final class PreviewRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 180;

    private PreviewRunner() {
    }

    /**
     * The first preview of a stack with this configuration, as the engine would pass it ({@code Pulumi.yaml}
     * defaults applied, secret values in clear, secret keys listed), the program running in {@code projectDir}.
     */
    public static Preview preview(ConfigValues config, Path projectDir) {
        try (var engine = new PreviewEngine(config.project(), config.stack(), config.get("aws:region").orElse(""))) {
            Path stdout = Files.createTempFile("preview-", ".out");
            Path stderr = Files.createTempFile("preview-", ".err");
            try {
                Process program = program(config, projectDir, engine.address())
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile())
                        .start();
                if (!program.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    program.destroyForcibly().waitFor();
                    throw new IllegalStateException("the program did not finish within " + TIMEOUT_SECONDS + " s");
                }
                return engine.result(program.exitValue(), Files.readString(stdout), Files.readString(stderr));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the program", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the program ran", e);
        }
    }

    /** The program's process, as pulumi-language-java starts it for the engine at {@code engineAddress}. */
    static ProcessBuilder program(ConfigValues config, Path projectDir, String engineAddress) {
        var process = new ProcessBuilder(command()).directory(projectDir.toFile());
        environment(process.environment(), config, engineAddress, projectDir);
        return process;
    }

    /** This JVM's java and class path, so the program runs exactly the classes of the caller (the jar, or a build). */
    private static List<String> command() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A short-lived program: the launcher's flags start it fastest. Their pool of two is what a 3-core machine
        // gives `pulumi up` too; the program's engine path sizes it itself (App, SdkRunnerPool).
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JvmFlags.flags());
        command.addAll(List.of("-cp", absolute(System.getProperty("java.class.path")), App.class.getName()));
        return command;
    }

    /** The class path with every entry absolute: the program runs in the project directory, not here. */
    private static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** What pulumi-language-java adds to the program's environment (its constructEnv), nothing inherited from Pulumi. */
    private static void environment(Map<String, String> env, ConfigValues config, String address, Path projectDir) {
        env.keySet().removeIf(name -> name.startsWith("PULUMI_"));
        env.put("PULUMI_PWD", projectDir.toAbsolutePath().toString());
        env.put("PULUMI_MONITOR", address);
        env.put("PULUMI_ENGINE", address);
        env.put("PULUMI_PROJECT", config.project());
        env.put("PULUMI_STACK", config.stack());
        env.put("PULUMI_DRY_RUN", "true");
        env.put("PULUMI_QUERY_MODE", "false");
        env.put("PULUMI_PARALLEL", "16");
        try {
            env.put("PULUMI_CONFIG", JSON.writeValueAsString(config.values()));
            env.put("PULUMI_CONFIG_SECRET_KEYS", JSON.writeValueAsString(new TreeSet<>(config.secretKeys())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings always serialise", e);
        }
    }

}
