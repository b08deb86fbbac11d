package io.github.overleafha.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.core.DiskMetrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics part of a node's CloudWatch agent configuration: its disks' space and inodes (ship-logs.sh merges it
 * with the log files it collects). Field names as in the agent's configuration schema
 * (aws/amazon-cloudwatch-agent translator/config/schema.json): {@code omit_hostname} keeps the host name out of the
 * dimensions, {@code drop_device} the device name (a RAID or NVMe name that changes with the instance), and
 * {@code aggregation_dimensions} adds the series by group and mount point that the alarms name.
 */
public final class AgentMetricsRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AgentMetricsRenderer() {
    }

    /**
     * @param namespace the stack's metric namespace, which the nodes' policy allows and nothing else
     * @param groupName the node's Auto Scaling group: a literal dimension, so the agent needs no EC2 tag lookup
     * @param disks     the node's disks
     */
    public static String render(String namespace, String groupName, List<DiskMetrics.Disk> disks) {
        Map<String, Object> disk = new LinkedHashMap<>();
        disk.put("resources", disks.stream().map(DiskMetrics.Disk::mountPoint).toList());
        disk.put("measurement", Arrays.stream(DiskMetrics.Measurement.values()).map(DiskMetrics.Measurement::agentName).toList());
        disk.put("drop_device", true);
        disk.put("metrics_collection_interval", DiskMetrics.COLLECTION_SECONDS);
        disk.put("append_dimensions", Map.of(DiskMetrics.GROUP_DIMENSION, groupName));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("namespace", namespace);
        metrics.put("aggregation_dimensions", List.of(DiskMetrics.ALARM_DIMENSIONS));
        metrics.put("metrics_collected", Map.of("disk", disk));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("agent", Map.of("omit_hostname", true));
        config.put("metrics", metrics);
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an agent configuration is plain maps and lists", e);
        }
    }
}
