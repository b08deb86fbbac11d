package io.github.overleafha.plan;

import io.github.overleafha.ExitStatus;
import io.github.overleafha.OverleafStack;
import io.github.overleafha.config.CommandConfig;
import io.github.overleafha.config.ConfigValues;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.Placeholders;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.config.StackConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;

/** {@code plan}: what a stack would declare, computed offline from the project's files. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print every resource a stack declares, with its inputs, without a Pulumi CLI or cloud account.")
public final class PlanCommand implements Callable<Integer> {

    public enum Format { text, json }

    @Mixin
    StackOptions options;

    @Option(names = "--format", defaultValue = "text", description = "text (a tree) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--migrated-version", paramLabel = "<version>",
            description = "Plan a deployed stack whose leader recorded the migrations of this Server Pro version "
                    + "(what a preview reads from the stack's SSM parameter), or migrating:<version> for a leader mid-upgrade. "
                    + "Default: a first deploy, nothing recorded.")
    String migratedVersion;

    @Option(names = "--preview", description = "Print what a first `pulumi preview` shows instead: the program runs against "
            + "an engine with preview semantics, and values known only once resources exist print as "
            + Preview.KNOWN_AFTER_APPLY + ".")
    boolean preview;

    @Override
    public Integer call() {
        // The sources' digest (a few tens of milliseconds) is taken on the other core while the plan is made;
        // nothing is printed before it says this build may be trusted.
        CompletableFuture<Optional<String>> stale = CompletableFuture.supplyAsync(options::staleBuild);
        Outcome outcome = outcome();
        Optional<String> staleMessage;
        try {
            staleMessage = stale.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (staleMessage.isPresent()) {
            System.err.println(staleMessage.get());
            return ExitStatus.STALE_BUILD.code();
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(outcome.out());
        out.flush();
        System.err.print(outcome.err());
        System.err.flush();
        return outcome.status();
    }

    /** What the command prints on standard output and error, and its exit status. */
    private record Outcome(int status, String out, String err) {

        static Outcome failed(int status, String message) {
            return new Outcome(status, "", message + System.lineSeparator());
        }
    }

    private Outcome outcome() {
        var loadErrors = new ByteArrayOutputStream();
        CommandConfig<Loaded> loaded = CommandConfig.load(() -> {
            ConfigValues raw = options.values();
            return new Loaded(raw, StackConfigLoader.load(raw));
        }, new PrintStream(loadErrors, true, StandardCharsets.UTF_8));
        if (loaded.failed()) {
            return new Outcome(loaded.exitStatus(), "", loadErrors.toString(StandardCharsets.UTF_8));
        }
        ConfigValues values = loaded.value().values();
        StackConfig config = loaded.value().config();
        Plan plan;
        try {
            plan = preview ? firstPreview(config, values) : PlanRunner.plan(config, migratedVersion == null ? Map.of()
                    : Map.of(config.names().migrationParameter(), migratedVersion));
        } catch (InvalidConfigException e) {
            return Outcome.failed(ExitStatus.INVALID_CONFIG.code(), e.getMessage());
        } catch (IllegalStateException e) {
            return Outcome.failed(ExitStatus.PROGRAM_FAILED.code(), e.getMessage());
        }
        List<String> placeholders = Placeholders.keys(values);
        return new Outcome(ExitStatus.OK.code(), format == Format.json ? PlanPrinter.json(plan) : PlanPrinter.text(plan), placeholders.isEmpty()
                ? ""
                : "replace before `pulumi up`: " + String.join(", ", placeholders)
                        + " (placeholders of the example stack file; `check --stack " + options.stack + "` lists the commands)"
                        + System.lineSeparator());
    }

    /** A stack's configuration and the raw values it was read from (the placeholders are found in those). */
    private record Loaded(ConfigValues values, StackConfig config) {
    }

    /**
     * The real program in its own JVM against the preview engine, with the configuration the engine would pass. The
     * program repeats this command's start-up work (source fingerprint, configuration, preflight), as it must under a
     * real engine. None of it is needless here: done first in this JVM, a stale build exits 4 with the rebuild command
     * and an invalid configuration exits 2 with each problem as {@code plan} prints it, before the program runs; the
     * program's own refusal would come back as a failed program (exit 3, the message wrapped in the engine's log).
     */
    private Plan firstPreview(StackConfig config, ConfigValues values) {
        OverleafStack.preflight(config);
        Preview result = PreviewRunner.preview(values, options.projectDir);
        if (result.exitCode() != 0 || !result.errors().isEmpty() || !result.duplicateUrns().isEmpty()) {
            throw new IllegalStateException("the program failed on the preview engine (exit " + result.exitCode() + "):\n"
                    + result.logText() + "\n" + result.stderr());
        }
        return result.asPlan();
    }
}
