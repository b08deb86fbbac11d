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

    /**
     * What the alarms watch: the load balancer, Redis's members, and the fleet's Auto Scaling groups by label
     * (EC2 publishes its instance metrics per group too).
     */
    public record Watched(Output<String> loadBalancer, Map<String, Output<String>> targetGroups,
                          List<Output<String>> redisMembers, Map<String, Output<String>> nodeGroups) {
    }

    private final Output<String> topicArn;
    private final Output<List<String>> actions;

    /**
     * @param dashboardName unique in the account and region (dashboards have no generated names)
     */
    public Monitoring(String name, String region, String dashboardName, StackConfig.Monitoring config,
                      Optional<String> extraTopicArn, Watched watched, Output<AwsAccount> account, StackTags tags,
                      ComponentResourceOptions options) {
        super("aws:Monitoring", name, options);
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
                metric("AWS/EC2", "StatusCheckFailed", "Maximum", group.applyValue(g -> Map.of("AutoScalingGroupName", g))),
                "GreaterThanThreshold", 0, 3, 2, "notBreaching"));
        Map<String, Output<String>> groups = watched.targetGroups();
        new Dashboard(childName("fleet"), DashboardArgs.builder()
                .dashboardName(dashboardName)
                .dashboardBody(Output.tuple(alb, groups.get("nodes"), groups.get("git"), Output.all(members))
                        .applyValue(t -> DashboardRenderer.render(region, t.t1, Map.of("nodes", t.t2, "git", t.t3), t.t4)))
                .build(), child());
        registerOutputs(Map.of("alarmTopicArn", topicArn));
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
                .period(metric.namespace().equals("AWS/ElastiCache") ? 300 : 60)
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
