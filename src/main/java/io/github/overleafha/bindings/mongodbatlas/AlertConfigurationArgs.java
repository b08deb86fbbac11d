package io.github.overleafha.bindings.mongodbatlas;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AlertConfigurationMatcherArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AlertConfigurationMetricThresholdConfigArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AlertConfigurationNotificationArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AlertConfigurationThresholdConfigArgs;

import javax.annotation.Nullable;
import java.util.List;

/** Inputs of {@link AlertConfiguration}. */
public final class AlertConfigurationArgs extends ResourceArgs {

    @Import(name = "projectId", required = true)
    private @Nullable Output<String> projectId;

    @Import(name = "eventType", required = true)
    private @Nullable Output<String> eventType;

    @Import(name = "enabled")
    private @Nullable Output<Boolean> enabled;

    @Import(name = "notifications", required = true)
    private @Nullable Output<List<AlertConfigurationNotificationArgs>> notifications;

    @Import(name = "matchers")
    private @Nullable Output<List<AlertConfigurationMatcherArgs>> matchers;

    @Import(name = "metricThresholdConfig")
    private @Nullable Output<AlertConfigurationMetricThresholdConfigArgs> metricThresholdConfig;

    @Import(name = "thresholdConfig")
    private @Nullable Output<AlertConfigurationThresholdConfigArgs> thresholdConfig;

    private AlertConfigurationArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AlertConfigurationArgs args = new AlertConfigurationArgs();

        public Builder projectId(Output<String> projectId) {
            args.projectId = projectId;
            return this;
        }

        public Builder eventType(Output<String> eventType) {
            args.eventType = eventType;
            return this;
        }

        public Builder eventType(String eventType) {
            return eventType(Output.of(eventType));
        }

        public Builder enabled(Output<Boolean> enabled) {
            args.enabled = enabled;
            return this;
        }

        public Builder enabled(Boolean enabled) {
            return enabled(Output.of(enabled));
        }

        public Builder notifications(Output<List<AlertConfigurationNotificationArgs>> notifications) {
            args.notifications = notifications;
            return this;
        }

        public Builder notifications(List<AlertConfigurationNotificationArgs> notifications) {
            return notifications(Output.of(List.copyOf(notifications)));
        }

        public Builder matchers(Output<List<AlertConfigurationMatcherArgs>> matchers) {
            args.matchers = matchers;
            return this;
        }

        public Builder matchers(AlertConfigurationMatcherArgs... matchers) {
            return matchers(Output.of(List.of(matchers)));
        }

        public Builder metricThresholdConfig(Output<AlertConfigurationMetricThresholdConfigArgs> metricThresholdConfig) {
            args.metricThresholdConfig = metricThresholdConfig;
            return this;
        }

        public Builder metricThresholdConfig(AlertConfigurationMetricThresholdConfigArgs metricThresholdConfig) {
            return metricThresholdConfig(Output.of(metricThresholdConfig));
        }

        public Builder thresholdConfig(Output<AlertConfigurationThresholdConfigArgs> thresholdConfig) {
            args.thresholdConfig = thresholdConfig;
            return this;
        }

        public Builder thresholdConfig(AlertConfigurationThresholdConfigArgs thresholdConfig) {
            return thresholdConfig(Output.of(thresholdConfig));
        }

        public AlertConfigurationArgs build() {
            if (args.projectId == null) {
                throw new MissingRequiredPropertyException("AlertConfigurationArgs", "projectId");
            }
            if (args.eventType == null) {
                throw new MissingRequiredPropertyException("AlertConfigurationArgs", "eventType");
            }
            if (args.notifications == null) {
                throw new MissingRequiredPropertyException("AlertConfigurationArgs", "notifications");
            }
            return args;
        }
    }
}
