package io.github.overleafha.config;

import java.util.List;
import java.util.Optional;

/**
 * One config key of the project: its name, where it applies and the values it takes ({@link KeyCatalogue}'s rule),
 * with its default and description as Pulumi.yaml declares them (the CLI applies the default there; the README's
 * reference lists both, kept equal to Pulumi.yaml by {@code ReadmeConfigReferenceTest}).
 *
 * @param defaultValue Pulumi.yaml's default as the engine passes it (lists as JSON), or empty when every stack must
 *                     set the key
 */
public record KeyDeclaration(String name, Scope scope, Values values, Optional<String> defaultValue, String description) {

    /** The stacks a key applies to. */
    public enum Scope {
        /** Every stack. */
        COMMON,
        /** Stacks with target aws. */
        AWS,
        /** Stacks with target local. */
        LOCAL
    }

    /** The values a key takes, as Pulumi.yaml's {@code type} and the loader's range check. */
    public sealed interface Values permits Text, TextList, Flag, WholeNumber, OneOf {

        /** The {@code type} Pulumi.yaml declares. */
        String pulumiType();
    }

    public record Text() implements Values {
        @Override
        public String pulumiType() {
            return "string";
        }
    }

    public record TextList() implements Values {
        @Override
        public String pulumiType() {
            return "array";
        }
    }

    public record Flag() implements Values {
        @Override
        public String pulumiType() {
            return "boolean";
        }
    }

    /**
     * A whole number from {@code min} to {@code max}.
     *
     * @param why what a value outside the range breaks, said in the problem
     */
    public record WholeNumber(int min, int max, String why) implements Values {
        @Override
        public String pulumiType() {
            return "integer";
        }

        /** What to write, in every problem with such a number. */
        String described() {
            return "a whole number from " + min + " to " + max;
        }
    }

    /** One of a fixed set of words. */
    public record OneOf(List<String> choices) implements Values {
        @Override
        public String pulumiType() {
            return "string";
        }
    }
}
