package io.github.overleafha.infra.aws;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.github.overleafha.bindings.mongodbatlas.AlertConfiguration;
import io.github.overleafha.bindings.mongodbatlas.AlertConfigurationArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AlertConfigurationMatcherArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AlertConfigurationMetricThresholdConfigArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AlertConfigurationNotificationArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AlertConfigurationThresholdConfigArgs;
import io.github.overleafha.infra.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Atlas-side alerts on the stack's cluster (CloudWatch cannot see inside Atlas): no primary, the oplog window
 * running short, disk and CPU. They notify the project's owners and the stack's alarm addresses.
 */
public final class AtlasAlerts extends Component {

    /** Hours of oplog a restore or a lagging member can rely on; Atlas's own default alert says 1. */
    static final double OPLOG_WINDOW_HOURS = 24;
    static final double DISK_PERCENT = 80;
    static final double CPU_PERCENT = 80;

    /**
     * @param projectId   the Atlas project holding the cluster
     * @param alarmEmails notified besides the project's owners
     */
    public record Args(Output<String> projectId, String clusterName, List<String> alarmEmails) {
    }

    public AtlasAlerts(String name, Args args, ComponentResourceOptions options) {
        super("aws:AtlasAlerts", name, options);
        Output<String> projectId = args.projectId();
        String clusterName = args.clusterName();
        List<String> alarmEmails = args.alarmEmails();
        List<AlertConfigurationNotificationArgs> notifications = new ArrayList<>();
        notifications.add(AlertConfigurationNotificationArgs.builder()
                .typeName("GROUP").roles("GROUP_OWNER").emailEnabled(true).smsEnabled(false)
                .intervalMin(60).delayMin(0).build());
        alarmEmails.forEach(email -> notifications.add(AlertConfigurationNotificationArgs.builder()
                .typeName("EMAIL").emailAddress(email).intervalMin(60).delayMin(0).build()));
        AlertConfigurationMatcherArgs thisCluster = AlertConfigurationMatcherArgs.builder()
                .fieldName("CLUSTER_NAME").operator("EQUALS").value(clusterName).build();

        alert("no-primary", projectId, "NO_PRIMARY", notifications, thisCluster, null, null);
        alert("oplog-window", projectId, "REPLICATION_OPLOG_WINDOW_RUNNING_OUT", notifications, thisCluster, null,
                AlertConfigurationThresholdConfigArgs.builder()
                        .operator("LESS_THAN").threshold(OPLOG_WINDOW_HOURS).units("HOURS").build());
        alert("disk", projectId, "OUTSIDE_METRIC_THRESHOLD", notifications, thisCluster,
                metric("DISK_PARTITION_SPACE_USED_DATA", DISK_PERCENT), null);
        alert("cpu", projectId, "OUTSIDE_METRIC_THRESHOLD", notifications, thisCluster,
                metric("NORMALIZED_SYSTEM_CPU_USER", CPU_PERCENT), null);
        registerOutputs(Map.of());
    }

    private static AlertConfigurationMetricThresholdConfigArgs metric(String metricName, double percent) {
        return AlertConfigurationMetricThresholdConfigArgs.builder()
                .metricName(metricName).operator("GREATER_THAN").threshold(percent).units("RAW").mode("AVERAGE").build();
    }

    private void alert(String suffix, Output<String> projectId, String eventType,
                       List<AlertConfigurationNotificationArgs> notifications, AlertConfigurationMatcherArgs matcher,
                       AlertConfigurationMetricThresholdConfigArgs metricThreshold,
                       AlertConfigurationThresholdConfigArgs threshold) {
        var args = AlertConfigurationArgs.builder()
                .projectId(projectId)
                .eventType(eventType)
                .enabled(true)
                .notifications(notifications)
                .matchers(matcher);
        if (metricThreshold != null) {
            args.metricThresholdConfig(metricThreshold);
        }
        if (threshold != null) {
            args.thresholdConfig(threshold);
        }
        new AlertConfiguration(childName(suffix), args.build(), child());
    }
}
