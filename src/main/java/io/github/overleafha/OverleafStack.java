package io.github.overleafha;

import com.pulumi.Context;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.infra.aws.AwsStack;
import io.github.overleafha.node.UserDataBudget;
import io.github.overleafha.infra.local.LocalDemo;

/**
 * The stack function: declares everything a horizontally scaled Server Pro needs from a validated configuration,
 * on the target the stack names. {@code main} and the tests call it alike.
 */
public final class OverleafStack {

    private OverleafStack() {
    }

    /** Declares the stack; {@link #preflight} has passed (the engine's entry point and the plan run it first, once). */
    public static void define(Context ctx, StackConfig config) {
        if (config.target() instanceof StackConfig.Aws aws) {
            AwsStack.define(ctx, config, aws);
        } else if (config.target() instanceof StackConfig.Local local) {
            LocalDemo.define(ctx, config, local);
        }
    }

    /**
     * The checks that need more than the configuration's own values (what the rendered user data will weigh),
     * made before anything is declared: throws {@link io.github.overleafha.config.InvalidConfigException}.
     */
    public static void preflight(StackConfig config) {
        if (config.target() instanceof StackConfig.Aws aws) {
            UserDataBudget.check(config, aws);
        }
    }
}
