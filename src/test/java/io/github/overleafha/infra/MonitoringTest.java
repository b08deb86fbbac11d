package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonitoringTest {

    private static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.devPlan();
    }

    @Test
    void everyAlarmNotifiesTheStacksTopicAndTheConfiguredOneAndSaysWhenItClears() {
        List<PlannedResource> alarms = ofType(plan, ALARM);
        assertThat(alarms).extracting(PlannedResource::name).containsExactlyInAnyOrder(
                "monitoring-nodes-below-minimum", "monitoring-no-healthy-node", "monitoring-git-node-unhealthy",
                "monitoring-git-5xx", "monitoring-elb-5xx", "monitoring-target-5xx-rate",
                "monitoring-redis-1-cpu", "monitoring-redis-1-memory", "monitoring-redis-1-evictions",
                "monitoring-redis-1-replication-lag", "monitoring-redis-1-connections",
                "monitoring-redis-2-cpu", "monitoring-redis-2-memory", "monitoring-redis-2-evictions",
                "monitoring-redis-2-replication-lag", "monitoring-redis-2-connections",
                "monitoring-leader-status-check", "monitoring-followers-status-check",
                "monitoring-leader-instance-store-space", "monitoring-leader-instance-store-inodes",
                "monitoring-leader-git-bridge-space", "monitoring-leader-git-bridge-inodes",
                "monitoring-followers-instance-store-space", "monitoring-followers-instance-store-inodes");
        for (PlannedResource alarm : alarms) {
            for (String actions : List.of("alarmActions", "okActions")) {
                assertThat(input(alarm, actions)).as(alarm.name()).extracting(JsonNode::asText).containsExactly(
                        "arn:aws:sns:eu-west-1:123456789012:monitoring-alarms",
                        "arn:aws:sns:eu-west-1:111122223333:overleaf-dev-alarms");
            }
            assertThat(text(alarm, "alarmDescription")).as(alarm.name()).isNotBlank();
        }
        assertThat(get(plan, "aws:sns/topicSubscription:TopicSubscription", "monitoring-email-1"))
                .satisfies(s -> {
                    assertThat(text(s, "protocol")).isEqualTo("email");
                    assertThat(text(s, "endpoint")).isEqualTo("overleaf-oncall@example.edu");
                });
    }

    @Test
    void healthyNodesAreWatchedBelowTheMinimumAndBelowOne() {
        PlannedResource below = get(plan, ALARM, "monitoring-nodes-below-minimum");
        assertThat(text(below, "metricName")).isEqualTo("HealthyHostCount");
        assertThat(text(below, "comparisonOperator")).isEqualTo("LessThanThreshold");
        assertThat(input(below, "threshold").asDouble()).isEqualTo(2.0);
        assertThat(text(below, "treatMissingData")).isEqualTo("breaching");
        assertThat(text(below, "dimensions.TargetGroup")).contains("load-balancer-nodes");
        assertThat(text(get(plan, ALARM, "monitoring-git-node-unhealthy"), "dimensions.TargetGroup")).contains("load-balancer-git");
        // git-bridge down leaves git's target group healthy (its check is Server Pro's /status): its 5xx tell.
        PlannedResource git5xx = get(plan, ALARM, "monitoring-git-5xx");
        assertThat(text(git5xx, "metricName")).isEqualTo("HTTPCode_Target_5XX_Count");
        assertThat(text(git5xx, "dimensions.TargetGroup")).contains("load-balancer-git");
        assertThat(text(git5xx, "comparisonOperator")).isEqualTo("GreaterThanThreshold");
        assertThat(input(get(plan, ALARM, "monitoring-no-healthy-node"), "threshold").asDouble()).isEqualTo(1.0);
        assertThat(input(get(TestStacks.devPlan(Map.of("alarmMinHealthyNodes", "3")), ALARM, "monitoring-nodes-below-minimum"), "threshold").asDouble()).isEqualTo(3.0);
        assertThatThrownBy(() -> TestStacks.dev(Map.of("alarmTopicArn", "arn:aws:sns:us-east-1:111122223333:pager")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("overleaf-ha:alarmTopicArn")
                .hasMessageContaining("only notify an SNS topic of that region");
        assertThatThrownBy(() -> TestStacks.dev(Map.of("alarmMinHealthyNodes", "4")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("alarmMinHealthyNodes")
                .hasMessageContaining("write 3 or less");
    }

    @Test
    void eachAutoScalingGroupsStatusChecksAreWatched() {
        PlannedResource leader = get(plan, ALARM, "monitoring-leader-status-check");
        assertThat(text(leader, "namespace")).isEqualTo("AWS/EC2");
        assertThat(text(leader, "metricName")).isEqualTo("StatusCheckFailed");
        assertThat(text(leader, "dimensions.AutoScalingGroupName")).isEqualTo(text(get(plan, "aws:autoscaling/group:Group", "fleet-leader"), "name"));
        assertThat(text(get(plan, ALARM, "monitoring-followers-status-check"), "dimensions.AutoScalingGroupName"))
                .isEqualTo(text(get(plan, "aws:autoscaling/group:Group", "fleet-followers"), "name"));
    }

    /**
     * The disk alarms read what each node's agent is told to publish (the disk-metrics file in the launch
     * template's user data): its namespace, the agent's metric names (disk_ + measurement), the dimension set it
     * aggregates by, its group's name and its mount points. The space alarm takes the fullest node of the group,
     * the inode alarm the one with the fewest free inodes.
     */
    @Test
    void eachGroupsDisksAreWatchedByTheMetricsTheirNodesAgentPublishes() throws Exception {
        for (String role : List.of("leader", "follower")) {
            String group = role.equals("leader") ? "leader" : "followers";
            JsonNode agent = diskMetricsFile(TestStacks.userData(plan, role));
            String namespace = agent.at("/metrics/namespace").asText();
            JsonNode disk = agent.at("/metrics/metrics_collected/disk");
            List<String> aggregatedBy = new ArrayList<>();
            agent.at("/metrics/aggregation_dimensions/0").forEach(d -> aggregatedBy.add(d.asText()));
            String groupName = disk.at("/append_dimensions/AutoScalingGroupName").asText();
            assertThat(groupName).isEqualTo(text(get(plan, "aws:autoscaling/group:Group", "fleet-" + group), "name"));
            List<String> labels = new ArrayList<>();
            for (JsonNode mount : disk.path("resources")) {
                String label = mount.asText().equals("/var/lib/git-bridge") ? "git-bridge" : "instance-store";
                labels.add(label);
                for (JsonNode measurement : disk.path("measurement")) {
                    boolean space = measurement.asText().equals("used_percent");
                    PlannedResource alarm = get(plan, ALARM, "monitoring-" + group + "-" + label + (space ? "-space" : "-inodes"));
                    assertThat(text(alarm, "namespace")).isEqualTo(namespace).isEqualTo("CWAgent/overleaf-ha/dev");
                    assertThat(text(alarm, "metricName")).isEqualTo("disk_" + measurement.asText());
                    assertThat(input(alarm, "dimensions").size()).isEqualTo(aggregatedBy.size());
                    assertThat(text(alarm, "dimensions.AutoScalingGroupName")).isEqualTo(groupName);
                    assertThat(text(alarm, "dimensions.path")).isEqualTo(mount.asText());
                    assertThat(aggregatedBy).containsExactlyInAnyOrder("AutoScalingGroupName", "path");
                    assertThat(text(alarm, "statistic")).isEqualTo(space ? "Maximum" : "Minimum");
                    assertThat(text(alarm, "comparisonOperator")).isEqualTo(space ? "GreaterThanThreshold" : "LessThanThreshold");
                    assertThat(input(alarm, "threshold").asDouble()).isEqualTo(space ? 80.0 : 1_000_000.0);
                    assertThat(input(alarm, "period").asInt()).isEqualTo(300);
                    assertThat(text(alarm, "treatMissingData")).isEqualTo("notBreaching");
                }
            }
            assertThat(labels).containsExactlyElementsOf(role.equals("leader")
                    ? List.of("instance-store", "git-bridge") : List.of("instance-store"));
            // The nodes may publish there and nowhere else.
            JsonNode policy = JSON.readTree(text(get(plan, "aws:iam/policy:Policy", "fleet-" + role + "-operations"), "policy"));
            JsonNode publish = null;
            for (JsonNode statement : policy.path("Statement")) {
                if (statement.path("Action").toString().contains("cloudwatch:PutMetricData")) {
                    publish = statement;
                }
            }
            assertThat(publish).as(role + " policy publishes metrics").isNotNull();
            assertThat(publish.at("/Condition/StringEquals/cloudwatch:namespace").asText()).isEqualTo(namespace);
        }
        assertThat(text(get(plan, ALARM, "monitoring-leader-git-bridge-space"), "alarmDescription"))
                .contains("git-bridge volume (/var/lib/git-bridge)", "runbook: Growing git-bridge's volume");
        assertThat(text(get(plan, ALARM, "monitoring-followers-instance-store-inodes"), "alarmDescription"))
                .contains("instance store (/var/lib/overleaf)", "runbook: Instance store full");
    }

    private static JsonNode diskMetricsFile(String userData) throws Exception {
        for (JsonNode file : new YAMLMapper().readTree(userData).path("write_files")) {
            if (file.path("path").asText().equals("/etc/overleaf/disk-metrics.json")) {
                return JSON.readTree(file.path("content").asText());
            }
        }
        throw new AssertionError("no disk-metrics.json in the user data");
    }

    @Test
    void the5xxRateIsServerProsErrorsOverAllRequests() {
        PlannedResource rate = get(plan, ALARM, "monitoring-target-5xx-rate");
        assertThat(text(rate, "metricQueries.0.expression")).isEqualTo("100 * FILL(errors, 0) / requests");
        assertThat(input(rate, "metricQueries.0.returnData").asBoolean()).isTrue();
        assertThat(text(rate, "metricQueries.1.metric.metricName")).isEqualTo("HTTPCode_Target_5XX_Count");
        assertThat(text(rate, "metricQueries.2.metric.metricName")).isEqualTo("RequestCount");
        assertThat(input(rate, "threshold").asDouble()).isEqualTo(5.0);
        assertThat(input(rate, "metricName").isMissingNode()).isTrue();
    }

    @Test
    void eachRedisNodeIsWatchedByItsMemberClusterId() {
        PlannedResource evictions = get(plan, ALARM, "monitoring-redis-2-evictions");
        assertThat(text(evictions, "namespace")).isEqualTo("AWS/ElastiCache");
        assertThat(text(evictions, "dimensions.CacheClusterId")).isEqualTo("redis-group-002");
        assertThat(input(evictions, "threshold").asDouble()).isZero();
        assertThat(input(get(plan, ALARM, "monitoring-redis-1-connections"), "threshold").asDouble()).isEqualTo(5000.0);
        assertThat(text(get(plan, ALARM, "monitoring-redis-1-replication-lag"), "metricName")).isEqualTo("ReplicationLag");
    }

    @Test
    void theDashboardShowsTheFleetAndRedis() throws Exception {
        PlannedResource dashboard = get(plan, "aws:cloudwatch/dashboard:Dashboard", "monitoring-fleet");
        assertThat(text(dashboard, "dashboardName")).isEqualTo("overleaf-ha-dev");
        JsonNode body = JSON.readTree(text(dashboard, "dashboardBody"));
        assertThat(body.path("widgets")).extracting(w -> w.path("properties").path("title").asText()).containsExactly(
                "Requests and 5xx answers", "Response time (p95, seconds)", "Healthy nodes",
                "Redis EngineCPUUtilization", "Redis DatabaseMemoryUsagePercentage", "Redis CurrConnections",
                "Disk space used % (fullest node)", "Free inodes (node with fewest)");
        JsonNode disks = body.path("widgets").get(6).path("properties").path("metrics");
        assertThat(disks).extracting(m -> m.get(6).path("label").asText())
                .containsExactly("followers instance-store", "leader instance-store", "leader git-bridge");
        assertThat(disks.get(2).get(3).asText()).isEqualTo("overleaf-ha-dev-leader");
        assertThat(body.path("widgets").get(3).path("properties").path("metrics")).hasSize(2);
        assertThat(body.path("widgets").get(0).path("properties").path("region").asText()).isEqualTo("eu-west-1");
    }

    @Test
    void accessLogsGoToTheirOwnBucketWhichTheRegionsLogDeliveryMayWrite() throws Exception {
        PlannedResource alb = get(plan, "aws:lb/loadBalancer:LoadBalancer", "load-balancer-alb");
        assertThat(input(alb, "accessLogs.enabled").asBoolean()).isTrue();
        assertThat(text(alb, "accessLogs.bucket")).isEqualTo("example-edu-overleaf-dev-alb-logs");
        JsonNode policy = JSON.readTree(text(get(plan, "aws:s3/bucketPolicy:BucketPolicy", "access-logs-bucket"), "policy"));
        JsonNode deliver = policy.path("Statement").get(0);
        assertThat(deliver.path("Principal").path("AWS").asText()).isEqualTo("arn:aws:iam::156460612806:root");
        assertThat(deliver.path("Action")).extracting(JsonNode::asText).containsExactly("s3:PutObject");
        assertThat(deliver.path("Resource")).extracting(JsonNode::asText)
                .containsExactly("arn:aws:s3:::example-edu-overleaf-dev-alb-logs/AWSLogs/*");
        assertThat(policy.path("Statement").get(1).path("Effect").asText()).isEqualTo("Deny");
        assertThat(text(get(plan, "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                "access-logs-bucket"), "rules.0.applyServerSideEncryptionByDefault.sseAlgorithm")).isEqualTo("AES256");
        assertThat(input(get(plan, "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "access-logs-bucket"), "rules.0.expiration.days").asInt()).isEqualTo(90);
        // A region opened after August 2022 has no ELB account: the log delivery service writes.
        JsonNode newer = JSON.readTree(text(get(TestStacks.devPlan(Map.of("aws:region", "ap-southeast-4", "alarmTopicArn", "",
                        "availabilityZones", "[ap-southeast-4a, ap-southeast-4b]")), "aws:s3/bucketPolicy:BucketPolicy", "access-logs-bucket"), "policy"));
        assertThat(newer.path("Statement").get(0).path("Principal").path("Service").asText())
                .isEqualTo("logdelivery.elasticloadbalancing.amazonaws.com");
        assertThat(plan.outputs().get("accessLogBucket").asText()).isEqualTo("example-edu-overleaf-dev-alb-logs");
        // GovCloud: the region's ELB account, in the partition the stack's account is in (getPartition), as every ARN.
        Plan govCloud = TestStacks.devPlan(Map.of("aws:region", "us-gov-west-1", "alarmTopicArn", "",
                "availabilityZones", "[us-gov-west-1a, us-gov-west-1b]"));
        JsonNode gov = JSON.readTree(text(get(govCloud, "aws:s3/bucketPolicy:BucketPolicy", "access-logs-bucket"), "policy"));
        assertThat(gov.path("Statement").get(0).path("Principal").path("AWS").asText())
                .isEqualTo("arn:aws-us-gov:iam::048591011584:root");
        assertThat(gov.path("Statement").get(0).path("Resource")).extracting(JsonNode::asText)
                .containsExactly("arn:aws-us-gov:s3:::example-edu-overleaf-dev-alb-logs/AWSLogs/*");
    }

    @Test
    void atlasWatchesItsClusterAndNotifiesTheOwnersAndTheAlarmAddresses() {
        List<PlannedResource> alerts = ofType(plan, "mongodbatlas:index/alertConfiguration:AlertConfiguration");
        assertThat(alerts).extracting(PlannedResource::name).containsExactlyInAnyOrder(
                "atlas-alerts-no-primary", "atlas-alerts-oplog-window", "atlas-alerts-disk", "atlas-alerts-cpu");
        for (PlannedResource alert : alerts) {
            assertThat(text(alert, "projectId")).isEqualTo("mongo-project-id");
            assertThat(input(alert, "enabled").asBoolean()).isTrue();
            assertThat(text(alert, "matchers.0.fieldName")).isEqualTo("CLUSTER_NAME");
            assertThat(text(alert, "matchers.0.value")).isEqualTo("overleaf-ha-dev");
            assertThat(text(alert, "notifications.0.typeName")).isEqualTo("GROUP");
            assertThat(text(alert, "notifications.0.roles.0")).isEqualTo("GROUP_OWNER");
            assertThat(text(alert, "notifications.1.typeName")).isEqualTo("EMAIL");
            assertThat(text(alert, "notifications.1.emailAddress")).isEqualTo("overleaf-oncall@example.edu");
        }
        PlannedResource oplog = get(plan, "mongodbatlas:index/alertConfiguration:AlertConfiguration", "atlas-alerts-oplog-window");
        assertThat(text(oplog, "eventType")).isEqualTo("REPLICATION_OPLOG_WINDOW_RUNNING_OUT");
        assertThat(text(oplog, "thresholdConfig.operator")).isEqualTo("LESS_THAN");
        assertThat(input(oplog, "thresholdConfig.threshold").asDouble()).isEqualTo(24.0);
        assertThat(text(oplog, "thresholdConfig.units")).isEqualTo("HOURS");
        PlannedResource disk = get(plan, "mongodbatlas:index/alertConfiguration:AlertConfiguration", "atlas-alerts-disk");
        assertThat(text(disk, "eventType")).isEqualTo("OUTSIDE_METRIC_THRESHOLD");
        assertThat(text(disk, "metricThresholdConfig.metricName")).isEqualTo("DISK_PARTITION_SPACE_USED_DATA");
        assertThat(input(disk, "metricThresholdConfig.threshold").asDouble()).isEqualTo(80.0);
    }
}
