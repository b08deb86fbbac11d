package io.github.overleafha;

import com.pulumi.Context;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.infra.aws.AwsStack;
import io.github.overleafha.infra.local.LocalDemo;

/**
 * The stack function: declares everything a horizontally scaled Server Pro needs from a validated configuration,
 * on the target the stack names. {@code main} and the tests call it alike.
 */
public final class OverleafStack {

    private OverleafStack() {
    }

    public static void define(Context ctx, StackConfig config) {
        switch (config.target()) {
            case AWS -> AwsStack.define(ctx, config);
            case LOCAL -> LocalDemo.define(ctx, config);
        }
    }
}
