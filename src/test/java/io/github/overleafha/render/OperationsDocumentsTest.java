package io.github.overleafha.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.core.AwsAccount;
import io.github.overleafha.core.DiskMetrics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The nodes' operations policies, the replication and access-log bucket policies, and the dashboard, parsed. */
class OperationsDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AwsAccount ACCOUNT = new AwsAccount("aws", "eu-west-1", "123456789012");

    private static Map<String, JsonNode> statementsBySid(String document) throws IOException {
        JsonNode root = JSON.readTree(document);
        assertThat(root.get("Version").asText()).isEqualTo("2012-10-17");
        Map<String, JsonNode> bySid = new java.util.LinkedHashMap<>();
        root.get("Statement").forEach(statement -> bySid.put(statement.get("Sid").asText(), statement));
        return bySid;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void aFollowerShipsLogsReadsTheMigratedVersionAndPublishesItsDisksMetricsOnly() throws IOException {
        var statements = statementsBySid(IamPolicies.followerOperations(ACCOUNT, "/overleaf-ha/dev/containers",
                "/overleaf-ha/dev/migrated-version", "redis-group-1a2b3c4", "CWAgent/overleaf-ha/dev"));
        assertThat(statements).containsOnlyKeys("ShipLogs", "ReadMigratedVersion", "FindSecrets", "FindRedis",
                "PublishDiskMetrics");
        assertFindsSecretsAndTheStacksRedisOnly(statements);
        assertPublishesIn(statements.get("PublishDiskMetrics"), "CWAgent/overleaf-ha/dev");
        assertThat(texts(statements.get("ShipLogs").get("Action")))
                .containsExactly("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams");
        assertThat(texts(statements.get("ShipLogs").get("Resource")))
                .containsExactly("arn:aws:logs:eu-west-1:123456789012:log-group:/overleaf-ha/dev/containers:*");
        assertThat(texts(statements.get("ReadMigratedVersion").get("Action"))).containsExactly("ssm:GetParameter");
        assertThat(texts(statements.get("ReadMigratedVersion").get("Resource")))
                .containsExactly(ACCOUNT.ssmParameter("/overleaf-ha/dev/migrated-version"));
    }

    @Test
    void theLeaderAlsoRecordsTheVersionAndAttachesOnlyTaggedResourcesToItsGroupsInstances() throws IOException {
        var statements = statementsBySid(IamPolicies.leaderOperations(ACCOUNT, "/overleaf-ha/dev/containers",
                "/overleaf-ha/dev/migrated-version", "overleaf-ha:leader", "dev", "overleaf-ha-dev-leader",
                "redis-group-1a2b3c4", "CWAgent/overleaf-ha/dev"));
        assertThat(statements).containsOnlyKeys("ShipLogs", "RecordMigratedVersion", "SeeFollowersAndLeaderResources",
                "AttachGitBridgeVolume", "AttachLeaderNetworkInterface", "ToLeaderInstancesOnly", "FindSecrets", "FindRedis",
                "PublishDiskMetrics");
        assertFindsSecretsAndTheStacksRedisOnly(statements);
        assertPublishesIn(statements.get("PublishDiskMetrics"), "CWAgent/overleaf-ha/dev");
        assertThat(texts(statements.get("RecordMigratedVersion").get("Action"))).containsExactly("ssm:GetParameter", "ssm:PutParameter");
        JsonNode volume = statements.get("AttachGitBridgeVolume");
        assertThat(texts(volume.get("Resource"))).containsExactly("arn:aws:ec2:eu-west-1:123456789012:volume/*");
        assertThat(volume.at("/Condition/StringEquals/aws:ResourceTag~1overleaf-ha:leader").asText()).isEqualTo("dev");
        assertThat(texts(statements.get("AttachLeaderNetworkInterface").get("Resource")))
                .containsExactly("arn:aws:ec2:eu-west-1:123456789012:network-interface/*");
        JsonNode instances = statements.get("ToLeaderInstancesOnly");
        assertThat(texts(instances.get("Resource"))).containsExactly("arn:aws:ec2:eu-west-1:123456789012:instance/*");
        assertThat(instances.at("/Condition/StringEquals/aws:ResourceTag~1aws:autoscaling:groupName").asText())
                .isEqualTo("overleaf-ha-dev-leader");
        assertThat(statements.values()).allSatisfy(statement -> assertThat(statement.get("Effect").asText()).isEqualTo("Allow"));
    }

    /** PutMetricData names no resource: only the namespace condition keeps a node to its stack's metrics. */
    private static void assertPublishesIn(JsonNode statement, String namespace) {
        assertThat(texts(statement.get("Action"))).containsExactly("cloudwatch:PutMetricData");
        assertThat(texts(statement.get("Resource"))).containsExactly("*");
        assertThat(statement.get("Condition").size()).isEqualTo(1);
        assertThat(statement.at("/Condition/StringEquals").size()).isEqualTo(1);
        assertThat(statement.at("/Condition/StringEquals/cloudwatch:namespace").asText()).isEqualTo(namespace);
    }

    /**
     * What a node looks up by name at boot: secrets' metadata (no value) on "*", as ListSecrets has no resource-level
     * permission; Redis only in the stack's replication group, the resource DescribeReplicationGroups requires.
     */
    private static void assertFindsSecretsAndTheStacksRedisOnly(Map<String, JsonNode> statements) {
        JsonNode secrets = statements.get("FindSecrets");
        assertThat(texts(secrets.get("Action"))).containsExactly("secretsmanager:ListSecrets");
        assertThat(texts(secrets.get("Resource"))).containsExactly("*");
        JsonNode redis = statements.get("FindRedis");
        assertThat(texts(redis.get("Action"))).containsExactly("elasticache:DescribeReplicationGroups");
        assertThat(texts(redis.get("Resource")))
                .containsExactly("arn:aws:elasticache:eu-west-1:123456789012:replicationgroup:redis-group-1a2b3c4");
        assertThat(secrets.has("Condition") || redis.has("Condition")).isFalse();
    }

    @Test
    void replicationReadsTheSourcesVersionsAndWritesTheReplicaOnly() throws IOException {
        var statements = statementsBySid(IamPolicies.replicate("arn:aws:s3:::p-user-files", "arn:aws:s3:::p-user-files-replica"));
        assertThat(texts(statements.get("ReadReplicationConfiguration").get("Resource"))).containsExactly("arn:aws:s3:::p-user-files");
        assertThat(texts(statements.get("ReadSourceVersions").get("Resource"))).containsExactly("arn:aws:s3:::p-user-files/*");
        assertThat(texts(statements.get("WriteReplica").get("Action")))
                .containsExactly("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags");
        assertThat(texts(statements.get("WriteReplica").get("Resource"))).containsExactly("arn:aws:s3:::p-user-files-replica/*");
    }

    @Test
    void accessLogsAreDeliveredUnderAwsLogsAndNothingReachesTheBucketWithoutTls() throws IOException {
        var statements = statementsBySid(IamPolicies.accessLogDelivery("arn:aws:s3:::p-access-logs",
                Map.of("Service", "logdelivery.elasticloadbalancing.amazonaws.com")));
        JsonNode deliver = statements.get("DeliverAccessLogs");
        assertThat(deliver.at("/Principal/Service").asText()).isEqualTo("logdelivery.elasticloadbalancing.amazonaws.com");
        assertThat(texts(deliver.get("Resource"))).containsExactly("arn:aws:s3:::p-access-logs/AWSLogs/*");
        JsonNode deny = statements.get("DenyInsecureTransport");
        assertThat(deny.get("Effect").asText()).isEqualTo("Deny");
        assertThat(deny.get("Principal").asText()).isEqualTo("*");
        assertThat(deny.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
    }

    @Test
    void theDashboardLaysOutItsWidgetsTwoAbreastWithEveryTargetGroupRedisMemberAndDisk() throws IOException {
        JsonNode widgets = JSON.readTree(DashboardRenderer.render("eu-west-1", "app/overleaf/abc",
                Map.of("nodes", "targetgroup/nodes/1", "git", "targetgroup/git/2"), List.of("redis-001", "redis-002"),
                "CWAgent/p/s", List.of(
                        new DashboardRenderer.DiskSeries("leader git-bridge",
                                DiskMetrics.alarmDimensions("p-s-leader", DiskMetrics.Disk.GIT_BRIDGE)),
                        new DashboardRenderer.DiskSeries("followers instance-store",
                                DiskMetrics.alarmDimensions("p-s-followers", DiskMetrics.Disk.INSTANCE_STORE)))))
                .get("widgets");
        assertThat(widgets).hasSize(8);
        for (int i = 0; i < widgets.size(); i++) {
            JsonNode widget = widgets.get(i);
            assertThat(widget.get("x").asInt()).as("x of %d", i).isEqualTo(i % 2 == 0 ? 0 : 12);
            assertThat(widget.get("y").asInt()).as("y of %d", i).isEqualTo((i / 2) * 6);
            assertThat(widget.get("width").asInt()).isEqualTo(12);
            assertThat(widget.at("/properties/region").asText()).isEqualTo("eu-west-1");
        }
        assertThat(widgets.get(0).at("/properties/metrics/0").toString())
                .isEqualTo("[\"AWS/ApplicationELB\",\"RequestCount\",\"LoadBalancer\",\"app/overleaf/abc\"]");
        JsonNode healthy = widgets.get(2).at("/properties/metrics");
        assertThat(healthy).hasSize(2);
        assertThat(healthy.get(0).get(3).asText()).isEqualTo("targetgroup/git/2");
        assertThat(healthy.get(0).get(6).get("label").asText()).isEqualTo("healthy git");
        assertThat(healthy.get(1).get(3).asText()).isEqualTo("targetgroup/nodes/1");
        assertThat(widgets.get(5).at("/properties/metrics")).hasSize(2);
        assertThat(widgets.get(5).at("/properties/metrics/1/3").asText()).isEqualTo("redis-002");
        assertThat(widgets.get(5).at("/properties/title").asText()).isEqualTo("Redis CurrConnections");
        JsonNode space = widgets.get(6).get("properties");
        assertThat(space.get("stat").asText()).isEqualTo("Maximum");
        assertThat(space.get("metrics").get(0).toString()).isEqualTo("[\"CWAgent/p/s\",\"disk_used_percent\","
                + "\"AutoScalingGroupName\",\"p-s-leader\",\"path\",\"/var/lib/git-bridge\",{\"label\":\"leader git-bridge\"}]");
        assertThat(space.get("metrics").get(1).get(5).asText()).isEqualTo("/var/lib/overleaf");
        JsonNode inodes = widgets.get(7).get("properties");
        assertThat(inodes.get("stat").asText()).isEqualTo("Minimum");
        assertThat(inodes.get("metrics")).extracting(m -> m.get(1).asText()).containsOnly("disk_inodes_free");
        assertThat(widgets.get(7).get("y").asInt()).isEqualTo(18);
    }
}
