package io.github.overleafha.plan;

import io.github.overleafha.ExitStatus;
import io.github.overleafha.config.CommandConfig;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.config.StackConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code check}: whether a stack is ready for {@code pulumi up}: valid, and without a placeholder of the example
 * stack files left. The same checks the program runs under the engine before it declares anything.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Exit 0 only if a stack's configuration is valid and holds no placeholder left to replace.")
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    StackOptions options;

    @Override
    public Integer call() {
        Optional<String> stale = options.staleBuild();
        if (stale.isPresent()) {
            System.err.println(stale.get());
            return ExitStatus.STALE_BUILD.code();
        }
        CommandConfig<StackConfig> loaded = CommandConfig.load(() -> StackConfigLoader.loadForDeployment(options.values()),
                System.err);
        if (loaded.failed()) {
            return loaded.exitStatus();
        }
        System.out.println("stack " + options.stack + " is ready for pulumi up");
        return ExitStatus.OK.code();
    }
}
