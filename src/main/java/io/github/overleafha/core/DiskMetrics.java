package io.github.overleafha.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes' disk-space metrics, named once: the CloudWatch agent on every node publishes them (its configuration is
 * rendered from here, render/AgentMetricsRenderer) and the alarms and the dashboard read them (infra/aws/Monitoring),
 * so the names one side writes and the other reads cannot drift apart.
 *
 * <p>The agent's {@code disk} plugin publishes {@code disk_<measurement>} per mount point, tagged with {@code path}
 * (and {@code fstype}); each node adds its Auto Scaling group's name (and ship-logs.sh its instance id, to find the
 * full node; no alarm names an instance, they come and go), and the agent also publishes
 * every metric aggregated by {@link #ALARM_DIMENSIONS} alone (its {@code aggregation_dimensions}): the series an alarm
 * names without knowing an instance id, whose Maximum is the fullest node of the group.
 */
public final class DiskMetrics {

    /** The agent's disk plugin prefixes each measurement with its own name. */
    private static final String PLUGIN = "disk";
    public static final String GROUP_DIMENSION = "AutoScalingGroupName";
    public static final String PATH_DIMENSION = "path";
    /** The dimension set the agent aggregates by, and the alarms name. */
    public static final List<String> ALARM_DIMENSIONS = List.of(GROUP_DIMENSION, PATH_DIMENSION);
    public static final int COLLECTION_SECONDS = 60;

    private DiskMetrics() {
    }

    /** A filesystem a node writes to, by its mount point on the host. */
    public enum Disk {
        /** The NVMe instance store: compiles, Server Pro's data and logs, Docker's images (setup-instance-store.sh). */
        INSTANCE_STORE("instance-store", "/var/lib/overleaf"),
        /** git-bridge's EBS volume with every project's git repository, on the leader (setup-git-bridge-volume.sh). */
        GIT_BRIDGE("git-bridge", "/var/lib/git-bridge");

        private final String label;
        private final String mountPoint;

        Disk(String label, String mountPoint) {
            this.label = label;
            this.mountPoint = mountPoint;
        }

        public String label() {
            return label;
        }

        public String mountPoint() {
            return mountPoint;
        }
    }

    /** What the agent measures of each disk. */
    public enum Measurement {
        USED_PERCENT("used_percent"),
        INODES_FREE("inodes_free");

        private final String agentName;

        Measurement(String agentName) {
            this.agentName = agentName;
        }

        /** The name in the agent's {@code measurement} list. */
        public String agentName() {
            return agentName;
        }

        /** The CloudWatch metric name the agent publishes it under. */
        public String metricName() {
            return PLUGIN + "_" + agentName;
        }
    }

    /** The disks of a node: every node has the instance store; the one running git-bridge also has its volume. */
    public static List<Disk> disks(boolean runsGitBridge) {
        List<Disk> disks = new ArrayList<>(List.of(Disk.INSTANCE_STORE));
        if (runsGitBridge) {
            disks.add(Disk.GIT_BRIDGE);
        }
        return List.copyOf(disks);
    }

    /** The dimensions of a disk's aggregated series in one Auto Scaling group, in {@link #ALARM_DIMENSIONS} order. */
    public static Map<String, String> alarmDimensions(String groupName, Disk disk) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put(GROUP_DIMENSION, groupName);
        dimensions.put(PATH_DIMENSION, disk.mountPoint());
        return dimensions;
    }
}
