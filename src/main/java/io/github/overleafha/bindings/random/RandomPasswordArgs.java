package io.github.overleafha.bindings.random;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** Inputs of {@link RandomPassword}; unset ones take the provider's defaults. */
public final class RandomPasswordArgs extends ResourceArgs {

    @Import(name = "length", required = true)
    private @Nullable Output<Integer> length;

    @Import(name = "special")
    private @Nullable Output<Boolean> special;

    private RandomPasswordArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final RandomPasswordArgs args = new RandomPasswordArgs();

        public Builder length(Output<Integer> length) {
            args.length = length;
            return this;
        }

        public Builder length(Integer length) {
            return length(Output.of(length));
        }

        public Builder special(Output<Boolean> special) {
            args.special = special;
            return this;
        }

        public Builder special(Boolean special) {
            return special(Output.of(special));
        }

        public RandomPasswordArgs build() {
            if (args.length == null) {
                throw new MissingRequiredPropertyException("RandomPasswordArgs", "length");
            }
            return args;
        }
    }
}
