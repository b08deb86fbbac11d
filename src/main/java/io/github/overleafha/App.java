package io.github.overleafha;

import com.pulumi.Pulumi;
import com.pulumi.deployment.Deployment;
import com.pulumi.exceptions.RunException;
import io.github.overleafha.build.BuildInfo;
import io.github.overleafha.config.ConfigSources;
import io.github.overleafha.config.ConfigValues;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.config.StackConfigLoader;
import io.github.overleafha.images.PinImagesCommand;
import io.github.overleafha.plan.CheckCommand;
import io.github.overleafha.plan.PlanCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Entry point. Started by the Pulumi engine (without arguments) it is the Pulumi program: refuse to run if built
 * from other sources than the working tree's, load and validate the stack's configuration (failing before any
 * resource is declared; an update also refuses placeholders of the example stack files), then call the stack
 * function. With a subcommand it is a tool for machines without the
 * engine; without either it prints its usage.
 */
@Command(name = "overleaf-ha", mixinStandardHelpOptions = true, versionProvider = App.Version.class,
        subcommands = {PlanCommand.class, CheckCommand.class, PinImagesCommand.class},
        description = "Overleaf Server Pro, horizontally scaled, as a Pulumi program.",
        footer = "%nWithout a command it is the Pulumi program: run it with `pulumi preview` or `pulumi up`.")
public final class App implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        if (args.length == 0 && startedByTheEngine()) {
            SdkRunnerPool.reserve();
            Optional<String> stale = BuildInfo.embedded().flatMap(build -> build.staleAgainst(Path.of("")));
            if (stale.isPresent()) {
                System.err.println(stale.get());
                System.exit(ExitStatus.STALE_BUILD.code());
            }
            Pulumi.run(ctx -> {
                try {
                    ConfigValues values = ConfigSources.engine(ctx.projectName(), ctx.stackName(), Path.of(""));
                    // A preview of the example stacks shows their plan; an update refuses their placeholders.
                    StackConfig config = Deployment.getInstance().isDryRun() ? StackConfigLoader.load(values)
                            : StackConfigLoader.loadForDeployment(values);
                    OverleafStack.preflight(config);
                    // Refuses too, before declaring anything, what only the deployed stack tells (the upgrade guard).
                    OverleafStack.define(ctx, config);
                } catch (InvalidConfigException e) {
                    // The engine shows a RunException's message alone, with no stack trace, and fails the update.
                    throw new RunException(e.getMessage());
                }
            });
            return;
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line of the tool, with picocli's own outcomes mapped to statuses of their own: a command line it
     * cannot read exits {@link ExitStatus#USAGE}, an exception no command handles {@link ExitStatus#UNHANDLED_ERROR}
     * (picocli's 2 and 1 would pass for an invalid configuration and an unreadable file). picocli handles only
     * Exceptions, so an Error (out of memory, a stack overflow) is handed to it as one, or it would leave main with
     * the JVM's 1.
     */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new App());
        return line.setExitCodeExceptionMapper(error -> error instanceof ParameterException
                ? ExitStatus.USAGE.code() : ExitStatus.UNHANDLED_ERROR.code())
                .setExecutionStrategy(parsed -> {
                    try {
                        return new CommandLine.RunLast().execute(parsed);
                    } catch (Error e) {
                        throw new ExecutionException(line, e.toString(), e);
                    }
                });
    }

    /** The engine hands a program the address of its resource monitor; nothing else does. */
    private static boolean startedByTheEngine() {
        String monitor = System.getenv("PULUMI_MONITOR");
        return monitor != null && !monitor.isBlank();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitStatus.USAGE.code();
    }

    /** {@code --version}: the version the build embedded. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"overleaf-ha " + BuildInfo.embedded().map(BuildInfo::version)
                    .orElse("(built without Maven: no version embedded)")};
        }
    }
}
