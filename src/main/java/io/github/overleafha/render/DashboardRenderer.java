package io.github.overleafha.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.core.DiskMetrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stack's CloudWatch dashboard body: traffic and errors at the load balancer, healthy nodes per target group,
 * Redis, and the nodes' disks. Widgets and keys in a fixed order, so the same stack always renders the same bytes.
 */
public final class DashboardRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WIDTH = 12;
    private static final int HEIGHT = 6;

    private DashboardRenderer() {
    }

    /** One disk of one Auto Scaling group's nodes: a label and the dimensions of its series aggregated over the group. */
    public record DiskSeries(String label, Map<String, String> dimensions) {
    }

    /**
     * @param loadBalancer the ALB's dimension value
     * @param targetGroups target group dimension values by label (e.g. nodes, git)
     * @param redisMembers the Redis member cluster ids, primary first
     * @param diskNamespace the namespace of the nodes' disk metrics
     * @param disks        the disks to show, in order; the fullest node of each group is drawn
     */
    public static String render(String region, String loadBalancer, Map<String, String> targetGroups,
                                List<String> redisMembers, String diskNamespace, List<DiskSeries> disks) {
        List<Map<String, Object>> widgets = new ArrayList<>();
        widgets.add(widget("Requests and 5xx answers", region, "Sum", List.of(
                alb("RequestCount", loadBalancer), alb("HTTPCode_Target_5XX_Count", loadBalancer),
                alb("HTTPCode_ELB_5XX_Count", loadBalancer))));
        widgets.add(widget("Response time (p95, seconds)", region, "p95", List.of(alb("TargetResponseTime", loadBalancer))));
        List<List<Object>> healthy = new ArrayList<>();
        targetGroups.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(group -> healthy.add(List.of(
                "AWS/ApplicationELB", "HealthyHostCount", "TargetGroup", group.getValue(), "LoadBalancer", loadBalancer,
                Map.of("label", "healthy " + group.getKey()))));
        widgets.add(widget("Healthy nodes", region, "Minimum", healthy));
        for (String metric : List.of("EngineCPUUtilization", "DatabaseMemoryUsagePercentage", "CurrConnections")) {
            widgets.add(widget("Redis " + metric, region, "Maximum", redisMembers.stream()
                    .map(id -> List.<Object>of("AWS/ElastiCache", metric, "CacheClusterId", id)).toList()));
        }
        for (DiskMetrics.Measurement measurement : DiskMetrics.Measurement.values()) {
            boolean space = measurement == DiskMetrics.Measurement.USED_PERCENT;
            widgets.add(widget(space ? "Disk space used % (fullest node)" : "Free inodes (node with fewest)", region,
                    space ? "Maximum" : "Minimum", disks.stream().map(disk -> diskMetric(diskNamespace, measurement, disk)).toList()));
        }
        for (int i = 0; i < widgets.size(); i++) {
            widgets.get(i).put("x", (i % 2) * WIDTH);
            widgets.get(i).put("y", (i / 2) * HEIGHT);
        }
        try {
            return JSON.writeValueAsString(Map.of("widgets", widgets));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dashboard is plain maps and lists", e);
        }
    }

    private static List<Object> diskMetric(String namespace, DiskMetrics.Measurement measurement, DiskSeries disk) {
        List<Object> metric = new ArrayList<>(List.of(namespace, measurement.metricName()));
        disk.dimensions().forEach((name, value) -> {
            metric.add(name);
            metric.add(value);
        });
        metric.add(Map.of("label", disk.label()));
        return metric;
    }

    private static List<Object> alb(String metric, String loadBalancer) {
        return List.of("AWS/ApplicationELB", metric, "LoadBalancer", loadBalancer);
    }

    private static Map<String, Object> widget(String title, String region, String stat, List<List<Object>> metrics) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", title);
        properties.put("region", region);
        properties.put("stat", stat);
        properties.put("period", 60);
        properties.put("view", "timeSeries");
        properties.put("metrics", metrics);
        Map<String, Object> widget = new LinkedHashMap<>();
        widget.put("type", "metric");
        widget.put("width", WIDTH);
        widget.put("height", HEIGHT);
        widget.put("properties", properties);
        return widget;
    }
}
