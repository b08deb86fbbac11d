package io.github.overleafha.infra.local;

import com.pulumi.Context;
import io.github.overleafha.config.StackConfig;

/** The guide's self-contained demo on one Docker host. */
public final class LocalDemo {

    private LocalDemo() {
    }

    public static void define(Context ctx, StackConfig config) {
        throw new UnsupportedOperationException("the local target is being built (issue 5)");
    }
}
