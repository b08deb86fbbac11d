package io.github.overleafha.bindings.mongodbatlas.inputs;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

import javax.annotation.Nullable;

/** The metric and threshold of an OUTSIDE_METRIC_THRESHOLD alert. */
public final class AlertConfigurationMetricThresholdConfigArgs extends ResourceArgs {

    @Import(name = "metricName", required = true)
    private @Nullable Output<String> metricName;

    @Import(name = "mode")
    private @Nullable Output<String> mode;

    @Import(name = "operator")
    private @Nullable Output<String> operator;

    @Import(name = "threshold")
    private @Nullable Output<Double> threshold;

    @Import(name = "units")
    private @Nullable Output<String> units;

    private AlertConfigurationMetricThresholdConfigArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AlertConfigurationMetricThresholdConfigArgs args = new AlertConfigurationMetricThresholdConfigArgs();

        public Builder metricName(Output<String> metricName) {
            args.metricName = metricName;
            return this;
        }

        public Builder metricName(String metricName) {
            return metricName(Output.of(metricName));
        }

        public Builder mode(Output<String> mode) {
            args.mode = mode;
            return this;
        }

        public Builder mode(String mode) {
            return mode(Output.of(mode));
        }

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

        public AlertConfigurationMetricThresholdConfigArgs build() {
            if (args.metricName == null) {
                throw new MissingRequiredPropertyException("AlertConfigurationMetricThresholdConfigArgs", "metricName");
            }
            return args;
        }
    }
}
