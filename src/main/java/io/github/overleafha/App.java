package io.github.overleafha;

import com.pulumi.Pulumi;
import com.pulumi.exceptions.RunException;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.config.ConfigSources;
import io.github.overleafha.config.StackConfigLoader;
import io.github.overleafha.images.PinImagesCommand;
import io.github.overleafha.plan.PlanCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/**
 * Entry point. Without arguments it is the Pulumi program the engine runs: load and validate the stack's
 * configuration (failing before any resource is declared), then call the stack function. With a subcommand it is
 * a tool for machines without the engine.
 */
@Command(name = "overleaf-ha", mixinStandardHelpOptions = true, subcommands = {PlanCommand.class, PinImagesCommand.class},
        description = "Overleaf Server Pro, horizontally scaled, as a Pulumi program.")
public final class App {

    public static void main(String[] args) {
        if (args.length == 0) {
            Pulumi.run(ctx -> {
                StackConfig config;
                try {
                    config = StackConfigLoader.load(ConfigSources.engine(ctx.projectName(), ctx.stackName(), Path.of("")));
                    OverleafStack.preflight(config);
                } catch (InvalidConfigException e) {
                    // The engine shows a RunException's message alone, with no stack trace, and fails the update.
                    throw new RunException(e.getMessage());
                }
                OverleafStack.define(ctx, config);
            });
            return;
        }
        System.exit(new CommandLine(new App()).execute(args));
    }
}
