package io.github.overleafha.bindings.mongodbatlas.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** The threshold of an event alert such as REPLICATION_OPLOG_WINDOW_RUNNING_OUT. */
public final class AlertConfigurationThresholdConfigArgs extends ResourceArgs {

    @Import(name = "operator")
    private @Nullable Output<String> operator;

    @Import(name = "threshold")
    private @Nullable Output<Double> threshold;

    @Import(name = "units")
    private @Nullable Output<String> units;

    private AlertConfigurationThresholdConfigArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AlertConfigurationThresholdConfigArgs args = new AlertConfigurationThresholdConfigArgs();

        public Builder operator(Output<String> operator) {
            args.operator = operator;
            return this;
        }

        public Builder operator(String operator) {
            return operator(Output.of(operator));
        }

        public Builder threshold(Output<Double> threshold) {
            args.threshold = threshold;
            return this;
        }

        public Builder threshold(Double threshold) {
            return threshold(Output.of(threshold));
        }

        public Builder units(Output<String> units) {
            args.units = units;
            return this;
        }

        public Builder units(String units) {
            return units(Output.of(units));
        }

        public AlertConfigurationThresholdConfigArgs build() {
            return args;
        }
    }
}
