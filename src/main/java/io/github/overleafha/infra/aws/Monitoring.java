package io.github.overleafha.infra.aws;

import com.pulumi.aws.cloudwatch.Dashboard;
import com.pulumi.aws.cloudwatch.DashboardArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryArgs;
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryMetricArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.AwsAccount;
import io.github.overleafha.core.DiskMetrics;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;
import io.github.overleafha.render.DashboardRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every CloudWatch alarm of the stack, the SNS topic they all notify (with the configured email subscriptions),
 * and a dashboard of the fleet. README's "Alarms" table says what each means and which runbook answers it.
 */
public final class Monitoring extends Component {

    private static final int ELB_5XX_PER_MINUTE = 10;
    private static final int REDIS_CPU_PERCENT = 80;
    private static final int REDIS_MEMORY_PERCENT = 80;
    /** Seconds a replica may trail the primary before a failover would lose writes worth noticing. */
    private static final int REDIS_REPLICATION_LAG_SECONDS = 30;
    private static final int DISK_USED_PERCENT = 80;
    /**
     * XFS makes inodes as files need them, up to a share of the disk (25% below 1 TB): this floor is a few percent
     * of what the smallest git-bridge volume (10 GiB) can hold, and far more than a day's compiles create.
     */
    private static final int DISK_INODES_FREE_FLOOR = 1_000_000;

    /**
     * What the alarms watch: the load balancer, Redis's members, the fleet's Auto Scaling groups by label (EC2
     * publishes its instance metrics per group too) and the namespace their nodes publish their disks' metrics in.
     */
    public record Watched(Output<String> loadBalancer, Map<String, Output<String>> targetGroups,
                          List<Output<String>> redisMembers, Map<String, NodeGroup> nodeGroups,
                          String diskMetricNamespace) {
    }

    /** An Auto Scaling group of nodes and the disks each of its nodes has. */
    public record NodeGroup(Output<String> name, List<DiskMetrics.Disk> disks) {
    }

    private final Output<String> topicArn;
    private final Output<List<String>> actions;

    /**
     * @param dashboardName unique in the account and region (dashboards have no generated names)
     * @param extraTopicArn an SNS topic of the user's that every alarm notifies too (the alarmTopicArn key)
     * @param account       the stack's partition and account: the topic's ARN is built from its name, so the alarms
     *                      are known in a first preview
     */
    public record Args(String region, String dashboardName, StackConfig.Monitoring config, Optional<String> extraTopicArn,
                       Watched watched, Output<AwsAccount> account, StackTags tags) {
    }

    public Monitoring(String name, Args args, ComponentResourceOptions options) {
        super("aws:Monitoring", name, options);
        String region = args.region();
        String dashboardName = args.dashboardName();
        StackConfig.Monitoring config = args.config();
        Optional<String> extraTopicArn = args.extraTopicArn();
        Watched watched = args.watched();
        Output<AwsAccount> account = args.account();
        StackTags tags = args.tags();
        var topic = new Topic(childName("alarms"), TopicArgs.builder()
                .tags(tags(tags, childName("alarms")))
                .build(), child());
        // From the topic's auto-name: the alarms and subscriptions are known in a first preview.
        topicArn = AwsAccounts.topicArn(account, topic);
        for (int i = 0; i < config.alarmEmails().size(); i++) {
            // Named by position: reordering the list re-subscribes, which only costs a confirmation email.
            new TopicSubscription(childName("email-" + (i + 1)), TopicSubscriptionArgs.builder()
                    .topic(topicArn)
                    .protocol("email")
                    .endpoint(config.alarmEmails().get(i))
                    .build(), child());
        }
        actions = topicArn.applyValue(arn -> {
            List<String> all = new ArrayList<>(List.of(arn));
            extraTopicArn.ifPresent(all::add);
            return List.copyOf(all);
        });

        Output<String> alb = watched.loadBalancer();
        Output<String> nodes = watched.targetGroups().get("nodes");
        Output<String> git = watched.targetGroups().get("git");
        alarm("nodes-below-minimum", "Fewer than " + config.minHealthyNodes()
                        + " Server Pro nodes pass /status: the rest carry their editors (runbook: When a node dies)",
                metric("AWS/ApplicationELB", "HealthyHostCount", "Minimum", targetGroup(alb, nodes)),
                "LessThanThreshold", config.minHealthyNodes(), 3, 2, "breaching");
        alarm("no-healthy-node", "No Server Pro node passes /status: the site is down and the load balancer fails open"
                        + " (runbook: When a node dies)",
                metric("AWS/ApplicationELB", "HealthyHostCount", "Minimum", targetGroup(alb, nodes)),
                "LessThanThreshold", 1, 2, 2, "breaching");
        alarm("git-node-unhealthy", "Node 1 (git-bridge's sibling) fails /status: git clone and push fail"
                        + " (runbook: When a node dies)",
                metric("AWS/ApplicationELB", "HealthyHostCount", "Minimum", targetGroup(alb, git)),
                "LessThanThreshold", 1, 3, 2, "breaching");
        // git's target group checks Server Pro's /status: a stopped git-bridge leaves it healthy, and only shows as
        // the 5xx the leader's Server Pro answers when it cannot proxy /git/* to git-bridge.
        alarm("git-5xx", "/git/* answers 5xx: git-bridge on the leader is down or failing (runbook: When a node dies)",
                metric("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "Sum", targetGroup(alb, git)),
                "GreaterThanThreshold", ELB_5XX_PER_MINUTE, 3, 2, "notBreaching");
        alarm("elb-5xx", "The load balancer answers 5xx itself: no healthy node, or nodes closing connections early",
                metric("AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", "Sum", alb.applyValue(a -> Map.of("LoadBalancer", a))),
                "GreaterThanThreshold", ELB_5XX_PER_MINUTE, 3, 2, "notBreaching");
        target5xxRate(alb, config.target5xxPercent());
        List<Output<String>> members = watched.redisMembers();
        for (int i = 0; i < members.size(); i++) {
            String member = "redis-" + (i + 1);
            Output<Map<String, String>> dimensions = members.get(i).applyValue(id -> Map.of("CacheClusterId", id));
            alarm(member + "-cpu", "Redis's engine thread is busier than " + REDIS_CPU_PERCENT
                            + "%: editing slows for everyone (runbook: Scaling out and in, redisNodeType)",
                    metric("AWS/ElastiCache", "EngineCPUUtilization", "Average", dimensions),
                    "GreaterThanThreshold", REDIS_CPU_PERCENT, 3, 3, "notBreaching");
            alarm(member + "-memory", "Redis is more than " + REDIS_MEMORY_PERCENT
                            + "% full: at 100% it refuses writes (noeviction) and edits fail (runbook: Scaling out and in)",
                    metric("AWS/ElastiCache", "DatabaseMemoryUsagePercentage", "Maximum", dimensions),
                    "GreaterThanThreshold", REDIS_MEMORY_PERCENT, 3, 2, "notBreaching");
            alarm(member + "-evictions", "Redis evicted keys: sessions or unflushed edits are lost; the parameter group"
                            + " must say noeviction (runbook: Backup and restore)",
                    metric("AWS/ElastiCache", "Evictions", "Sum", dimensions),
                    "GreaterThanThreshold", 0, 1, 1, "notBreaching");
            alarm(member + "-replication-lag", "A Redis replica trails the primary by more than "
                            + REDIS_REPLICATION_LAG_SECONDS + " s: a failover now would lose recent edits",
                    metric("AWS/ElastiCache", "ReplicationLag", "Maximum", dimensions),
                    "GreaterThanThreshold", REDIS_REPLICATION_LAG_SECONDS, 3, 2, "notBreaching");
            alarm(member + "-connections", "Redis holds more than " + config.redisConnections()
                            + " client connections: look for a node leaking them",
                    metric("AWS/ElastiCache", "CurrConnections", "Maximum", dimensions),
                    "GreaterThanThreshold", config.redisConnections(), 3, 2, "notBreaching");
        }

        // Sorted: the same alarms in the same order on every run.
        new TreeMap<>(watched.nodeGroups()).forEach((label, group) -> alarm(label + "-status-check",
                "An EC2 status check fails on a " + label + " instance: it stops answering /status, and its group"
                        + " replaces it once the load balancer marks it unhealthy (runbook: When a node dies)",
                metric("AWS/EC2", "StatusCheckFailed", "Maximum",
                        group.name().applyValue(g -> Map.of("AutoScalingGroupName", g))),
                "GreaterThanThreshold", 0, 3, 2, "notBreaching"));
        List<Output<DashboardRenderer.DiskSeries>> disks = new ArrayList<>();
        new TreeMap<>(watched.nodeGroups()).forEach((label, group) -> group.disks().forEach(disk -> {
            Output<Map<String, String>> dimensions = group.name().applyValue(g -> DiskMetrics.alarmDimensions(g, disk));
            diskAlarms(label, disk, watched.diskMetricNamespace(), dimensions);
            disks.add(dimensions.applyValue(d -> new DashboardRenderer.DiskSeries(label + " " + disk.label(), d)));
        }));
        Map<String, Output<String>> groups = watched.targetGroups();
        new Dashboard(childName("fleet"), DashboardArgs.builder()
                .dashboardName(dashboardName)
                .dashboardBody(Output.tuple(alb, groups.get("nodes"), groups.get("git"), Output.all(members), Output.all(disks))
                        .applyValue(t -> DashboardRenderer.render(region, t.t1, Map.of("nodes", t.t2, "git", t.t3), t.t4,
                                watched.diskMetricNamespace(), t.t5)))
                .build(), child());
        registerOutputs(Map.of("alarmTopicArn", topicArn));
    }

    private record DiskText(String what, String whenFull, String runbook) {
    }

    /**
     * A disk of a group's nodes filling up: its space, and its inodes (many small files exhaust them first). Maximum
     * and Minimum of the series aggregated over the group are the fullest node's. No data (the group empty, the
     * node not booted yet) is no alarm: the health and status-check alarms watch nodes that are missing.
     */
    private void diskAlarms(String group, DiskMetrics.Disk disk, String namespace, Output<Map<String, String>> dimensions) {
        DiskText text = switch (disk) {
            case INSTANCE_STORE -> new DiskText("instance store", "compiles, uploads and image pulls fail",
                    "Instance store full");
            case GIT_BRIDGE -> new DiskText("git-bridge volume", "git pushes fail", "Growing git-bridge's volume");
        };
        String what = text.what() + " (" + disk.mountPoint() + ")";
        String full = text.whenFull();
        String runbook = " (runbook: " + text.runbook() + ")";
        String name = group + "-" + disk.label();
        alarm(name + "-space", "The " + what + " of a " + group + " node is more than " + DISK_USED_PERCENT
                        + "% full: when full, " + full + runbook,
                metric(namespace, DiskMetrics.Measurement.USED_PERCENT.metricName(), "Maximum", dimensions),
                "GreaterThanThreshold", DISK_USED_PERCENT, 2, 2, "notBreaching");
        alarm(name + "-inodes", "The " + what + " of a " + group + " node has fewer than " + DISK_INODES_FREE_FLOOR
                        + " free inodes: at none, no file can be created and " + full + runbook,
                metric(namespace, DiskMetrics.Measurement.INODES_FREE.metricName(), "Minimum", dimensions),
                "LessThanThreshold", DISK_INODES_FREE_FLOOR, 2, 2, "notBreaching");
    }

    /** Server Pro's share of 5xx answers, in percent of all requests, over 5 minutes. */
    private void target5xxRate(Output<String> alb, int percent) {
        Output<Map<String, String>> dimensions = alb.applyValue(a -> Map.of("LoadBalancer", a));
        new MetricAlarm(childName("target-5xx-rate"), MetricAlarmArgs.builder()
                .alarmDescription("More than " + percent + "% of Server Pro's answers are 5xx: read the nodes' logs"
                        + " (runbook: Upgrading Server Pro, if it follows an upgrade)")
                .metricQueries(
                        MetricAlarmMetricQueryArgs.builder().id("rate").label("5xx percent")
                                .expression("100 * FILL(errors, 0) / requests").returnData(true).build(),
                        query("errors", "HTTPCode_Target_5XX_Count", dimensions),
                        query("requests", "RequestCount", dimensions))
                .comparisonOperator("GreaterThanThreshold")
                .threshold((double) percent)
                .evaluationPeriods(3)
                .datapointsToAlarm(2)
                .treatMissingData("notBreaching")
                .alarmActions(actions)
                .okActions(actions)
                .build(), child());
    }

    private static MetricAlarmMetricQueryArgs query(String id, String metric, Output<Map<String, String>> dimensions) {
        return MetricAlarmMetricQueryArgs.builder().id(id).returnData(false)
                .metric(MetricAlarmMetricQueryMetricArgs.builder()
                        .namespace("AWS/ApplicationELB").metricName(metric).stat("Sum").period(300)
                        .dimensions(dimensions).build())
                .build();
    }

    private record Metric(String namespace, String name, String statistic, Output<Map<String, String>> dimensions) {
    }

    private static Metric metric(String namespace, String name, String statistic, Output<Map<String, String>> dimensions) {
        return new Metric(namespace, name, statistic, dimensions);
    }

    /** The load balancer and EC2 publish every minute; ElastiCache and the disks are watched over 5 minutes. */
    private static int periodSeconds(String namespace) {
        return namespace.equals("AWS/ApplicationELB") || namespace.equals("AWS/EC2") ? 60 : 300;
    }

    private static Output<Map<String, String>> targetGroup(Output<String> alb, Output<String> group) {
        return Output.tuple(alb, group).applyValue(t -> Map.of("LoadBalancer", t.t1, "TargetGroup", t.t2));
    }

    private void alarm(String suffix, String description, Metric metric, String comparison, double threshold,
                       int evaluationPeriods, int datapointsToAlarm, String missingData) {
        new MetricAlarm(childName(suffix), MetricAlarmArgs.builder()
                .alarmDescription(description)
                .namespace(metric.namespace())
                .metricName(metric.name())
                .statistic(metric.statistic())
                .dimensions(metric.dimensions())
                .period(periodSeconds(metric.namespace()))
                .evaluationPeriods(evaluationPeriods)
                .datapointsToAlarm(datapointsToAlarm)
                .comparisonOperator(comparison)
                .threshold(threshold)
                .treatMissingData(missingData)
                .alarmActions(actions)
                .okActions(actions)
                .build(), child());
    }

    /** The topic every alarm notifies. */
    public Output<String> alarmTopicArn() {
        return topicArn;
    }
}
