package io.github.overleafha.bindings.mongodbatlas.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** Which hosts or clusters an Atlas alert applies to. */
public final class AlertConfigurationMatcherArgs extends ResourceArgs {

    @Import(name = "fieldName", required = true)
    private @Nullable Output<String> fieldName;

    @Import(name = "operator", required = true)
    private @Nullable Output<String> operator;

    @Import(name = "value", required = true)
    private @Nullable Output<String> value;

    private AlertConfigurationMatcherArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AlertConfigurationMatcherArgs args = new AlertConfigurationMatcherArgs();

        public Builder fieldName(Output<String> fieldName) {
            args.fieldName = fieldName;
            return this;
        }

        public Builder fieldName(String fieldName) {
            return fieldName(Output.of(fieldName));
        }

        public Builder operator(Output<String> operator) {
            args.operator = operator;
            return this;
        }

        public Builder operator(String operator) {
            return operator(Output.of(operator));
        }

        public Builder value(Output<String> value) {
            args.value = value;
            return this;
        }

        public Builder value(String value) {
            return value(Output.of(value));
        }

        public AlertConfigurationMatcherArgs build() {
            if (args.fieldName == null) {
                throw new MissingRequiredPropertyException("AlertConfigurationMatcherArgs", "fieldName");
            }
            if (args.operator == null) {
                throw new MissingRequiredPropertyException("AlertConfigurationMatcherArgs", "operator");
            }
            if (args.value == null) {
                throw new MissingRequiredPropertyException("AlertConfigurationMatcherArgs", "value");
            }
            return args;
        }
    }
}
