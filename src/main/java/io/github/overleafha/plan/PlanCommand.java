package io.github.overleafha.plan;

import io.github.overleafha.OverleafStack;
import io.github.overleafha.config.ConfigSources;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.config.StackConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code plan}: what a stack would declare, computed offline from the project's files. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print every resource a stack declares, with its inputs, without a Pulumi CLI or cloud account.")
public final class PlanCommand implements Callable<Integer> {

    /** Exit status for a configuration that fails validation. */
    public static final int INVALID_CONFIG = 2;
    /** Exit status when the project or stack file cannot be read. */
    public static final int MISSING_FILES = 1;
    /** Exit status when the program itself fails on the mock engine (a defect: please report it). */
    public static final int PROGRAM_FAILED = 3;

    public enum Format { text, json }

    @Option(names = "--stack", required = true, description = "Stack name: reads Pulumi.<stack>.yaml.")
    String stack;

    @Option(names = "--format", defaultValue = "text", description = "text (a tree) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--set", paramLabel = "<project>:<key>=<value>",
            description = "Override one config value, key spelt as in the stack file. Repeatable.")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--dir", defaultValue = ".", description = "Project directory holding Pulumi.yaml. Default: ${DEFAULT-VALUE}.")
    Path projectDir;

    @Option(names = "--preview", description = "Print what a first `pulumi preview` shows instead: the program runs against "
            + "an engine with preview semantics, and values known only once resources exist print as "
            + Preview.KNOWN_AFTER_APPLY + ".")
    boolean preview;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StackConfig config;
        try {
            config = StackConfigLoader.load(ConfigSources.offline(projectDir, stack, overrides));
        } catch (InvalidConfigException e) {
            System.err.println(e.getMessage());
            return INVALID_CONFIG;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            return MISSING_FILES;
        }
        Plan plan;
        try {
            plan = preview ? firstPreview(config) : PlanRunner.plan(config);
        } catch (InvalidConfigException e) {
            System.err.println(e.getMessage());
            return INVALID_CONFIG;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return PROGRAM_FAILED;
        }
        out.print(format == Format.json ? PlanPrinter.json(plan) : PlanPrinter.text(plan));
        out.flush();
        return 0;
    }

    /** The real program in its own JVM against the preview engine, with the configuration the engine would pass. */
    private Plan firstPreview(StackConfig config) {
        OverleafStack.preflight(config);
        Preview result = PreviewRunner.preview(ConfigSources.offline(projectDir, stack, overrides), projectDir);
        if (result.exitCode() != 0 || !result.errors().isEmpty() || !result.duplicateUrns().isEmpty()) {
            throw new IllegalStateException("the program failed on the preview engine (exit " + result.exitCode() + "):\n"
                    + result.logText() + "\n" + result.stderr());
        }
        return result.asPlan();
    }
}
