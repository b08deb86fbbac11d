package io.github.overleafha.bindings.random;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;
import java.util.Map;

/** Inputs of {@link RandomPassword}; unset ones take the provider's defaults. */
public final class RandomPasswordArgs extends ResourceArgs {

    @Import(name = "length", required = true)
    private @Nullable Output<Integer> length;

    @Import(name = "special")
    private @Nullable Output<Boolean> special;

    @Import(name = "upper")
    private @Nullable Output<Boolean> upper;

    @Import(name = "lower")
    private @Nullable Output<Boolean> lower;

    @Import(name = "numeric")
    private @Nullable Output<Boolean> numeric;

    @Import(name = "minUpper")
    private @Nullable Output<Integer> minUpper;

    @Import(name = "minLower")
    private @Nullable Output<Integer> minLower;

    @Import(name = "minNumeric")
    private @Nullable Output<Integer> minNumeric;

    @Import(name = "overrideSpecial")
    private @Nullable Output<String> overrideSpecial;

    @Import(name = "keepers")
    private @Nullable Output<Map<String, String>> keepers;

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

        public Builder upper(Output<Boolean> upper) {
            args.upper = upper;
            return this;
        }

        public Builder upper(Boolean upper) {
            return upper(Output.of(upper));
        }

        public Builder lower(Output<Boolean> lower) {
            args.lower = lower;
            return this;
        }

        public Builder lower(Boolean lower) {
            return lower(Output.of(lower));
        }

        public Builder numeric(Output<Boolean> numeric) {
            args.numeric = numeric;
            return this;
        }

        public Builder numeric(Boolean numeric) {
            return numeric(Output.of(numeric));
        }

        public Builder minUpper(Output<Integer> minUpper) {
            args.minUpper = minUpper;
            return this;
        }

        public Builder minUpper(Integer minUpper) {
            return minUpper(Output.of(minUpper));
        }

        public Builder minLower(Output<Integer> minLower) {
            args.minLower = minLower;
            return this;
        }

        public Builder minLower(Integer minLower) {
            return minLower(Output.of(minLower));
        }

        public Builder minNumeric(Output<Integer> minNumeric) {
            args.minNumeric = minNumeric;
            return this;
        }

        public Builder minNumeric(Integer minNumeric) {
            return minNumeric(Output.of(minNumeric));
        }

        public Builder overrideSpecial(Output<String> overrideSpecial) {
            args.overrideSpecial = overrideSpecial;
            return this;
        }

        public Builder overrideSpecial(String overrideSpecial) {
            return overrideSpecial(Output.of(overrideSpecial));
        }

        /** Values that, when changed, make the provider generate a new password. */
        public Builder keepers(Output<Map<String, String>> keepers) {
            args.keepers = keepers;
            return this;
        }

        public Builder keepers(Map<String, String> keepers) {
            return keepers(Output.of(keepers));
        }

        public RandomPasswordArgs build() {
            if (args.length == null) {
                throw new MissingRequiredPropertyException("RandomPasswordArgs", "length");
            }
            return args;
        }
    }
}
