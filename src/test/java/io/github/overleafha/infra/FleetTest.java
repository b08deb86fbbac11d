package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.TestStacks;
import io.github.overleafha.node.CloudConfigRenderer;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.github.overleafha.TestStacks.userData;
import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
import static io.github.overleafha.plan.TestPlans.where;
import static org.assertj.core.api.Assertions.assertThat;

class FleetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GROUP = "aws:autoscaling/group:Group";
    private static final String TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.devPlan();
    }

    @Test
    void noNodeIsAPlainInstance() {
        assertThat(ofType(plan, "aws:ec2/instance:Instance")).isEmpty();
        assertThat(ofType(plan, "aws:ec2/volumeAttachment:VolumeAttachment")).isEmpty();
        assertThat(ofType(plan, "aws:lb/targetGroupAttachment:TargetGroupAttachment")).isEmpty();
        assertThat(ofType(plan, GROUP)).extracting(PlannedResource::name).containsExactly("fleet-followers", "fleet-leader");
        assertThat(ofType(plan, TEMPLATE)).extracting(PlannedResource::name).containsExactly("fleet-follower", "fleet-leader");
    }

    @Test
    void everyNodeIsTheSameNvmeInstanceWithImdsV2AndAnEncryptedRootAndNoSshKey() {
        assertThat(ofType(plan, TEMPLATE)).allSatisfy(template -> {
            String role = template.name().substring("fleet-".length());
            assertThat(text(template, "imageId")).isEqualTo("ami-00000000000000000");
            assertThat(text(template, "instanceType")).isEqualTo("m6id.xlarge");
            assertThat(text(template, "metadataOptions.httpTokens")).isEqualTo("required");
            assertThat(input(template, "metadataOptions.httpPutResponseHopLimit").asInt()).isEqualTo(2);
            assertThat(text(template, "blockDeviceMappings.0.deviceName")).isEqualTo("/dev/xvda");
            assertThat(text(template, "blockDeviceMappings.0.ebs.encrypted")).isEqualTo("true");
            assertThat(text(template, "blockDeviceMappings.0.ebs.volumeType")).isEqualTo("gp3");
            assertThat(input(template, "blockDeviceMappings.0.ebs.volumeSize").asInt()).isEqualTo(30);
            assertThat(input(template, "vpcSecurityGroupIds")).extracting(JsonNode::asText).containsExactly("security-groups-nodes-id");
            assertThat(template.inputs().has("keyName")).isFalse();
            assertThat(text(template, "iamInstanceProfile.name")).isEqualTo("fleet-" + role + "-identity-profile");
            assertThat(input(template, "updateDefaultVersion").asBoolean()).isTrue();
            assertThat(input(template, "tagSpecifications")).extracting(spec -> spec.path("resourceType").asText())
                    .containsExactly("instance", "volume");
        });
    }

    @Test
    void followersAreOneGroupOverThePrivateSubnetsThatReplacesUnhealthyNodesAndRollsOneAtATime() {
        PlannedResource followers = get(plan, GROUP, "fleet-followers");
        assertThat(text(followers, "name")).isEqualTo("overleaf-ha-dev-followers");
        assertThat(input(followers, "vpcZoneIdentifiers")).extracting(JsonNode::asText).containsExactly(
                "network-private-eu-west-1a-id", "network-private-eu-west-1b-id", "network-private-eu-west-1c-id");
        assertThat(input(followers, "desiredCapacity").asInt()).isEqualTo(2);
        assertThat(input(followers, "minSize").asInt()).isEqualTo(2);
        assertThat(input(followers, "maxSize").asInt()).isEqualTo(3);
        assertThat(input(followers, "targetGroupArns")).extracting(JsonNode::asText)
                .containsExactly("arn:aws:lb:eu-west-1:123456789012:targetgroup/load-balancer-nodes");
        assertThat(text(followers, "healthCheckType")).isEqualTo("ELB");
        assertThat(input(followers, "healthCheckGracePeriod").asInt()).isEqualTo(1800);
        assertThat(text(followers, "instanceRefresh.strategy")).isEqualTo("Rolling");
        assertThat(input(followers, "instanceRefresh.preferences.minHealthyPercentage").asInt()).isEqualTo(100);
        assertThat(input(followers, "instanceRefresh.preferences.maxHealthyPercentage").asInt()).isEqualTo(150);
        assertThat(text(followers, "instanceRefresh.preferences.instanceWarmup")).isEqualTo("900");
        // The group deregisters a node before it terminates it; the target group drains it for this long.
        assertThat(input(get(plan, "aws:lb/targetGroup:TargetGroup", "load-balancer-nodes"), "deregistrationDelay").asInt())
                .isEqualTo(60);
        assertThat(input(followers, "instanceMaintenancePolicy.minHealthyPercentage").asInt()).isEqualTo(100);
        assertThat(input(followers, "instanceMaintenancePolicy.maxHealthyPercentage").asInt()).isEqualTo(200);
        // An explicit version, not $Latest: a new template version is what starts the refresh.
        PlannedResource template = get(plan, TEMPLATE, "fleet-follower");
        assertThat(text(followers, "launchTemplate.id")).isEqualTo("fleet-follower-id");
        assertThat(text(followers, "launchTemplate.version")).matches("\\d+").isNotEqualTo("$Latest");
        assertThat(text(template, "userData")).isNotBlank();
    }

    @Test
    void theLeaderIsAOneInstanceGroupInNodeOnesSubnetServingBothTargetGroupsThatLaunchesItsReplacementFirst() {
        PlannedResource leader = get(plan, GROUP, "fleet-leader");
        assertThat(text(leader, "name")).isEqualTo("overleaf-ha-dev-leader");
        assertThat(input(leader, "vpcZoneIdentifiers")).extracting(JsonNode::asText).containsExactly("network-private-eu-west-1a-id");
        assertThat(input(leader, "desiredCapacity").asInt()).isEqualTo(1);
        assertThat(input(leader, "minSize").asInt()).isEqualTo(1);
        assertThat(input(leader, "maxSize").asInt()).isEqualTo(2);
        assertThat(input(leader, "targetGroupArns")).extracting(JsonNode::asText).containsExactly(
                "arn:aws:lb:eu-west-1:123456789012:targetgroup/load-balancer-nodes",
                "arn:aws:lb:eu-west-1:123456789012:targetgroup/load-balancer-git");
        assertThat(text(leader, "healthCheckType")).isEqualTo("ELB");
        assertThat(input(leader, "suspendedProcesses")).isEmpty();
        assertThat(input(leader, "instanceMaintenancePolicy.minHealthyPercentage").asInt()).isEqualTo(100);
        assertThat(input(leader, "instanceMaintenancePolicy.maxHealthyPercentage").asInt()).isEqualTo(200);
        assertThat(input(leader, "instanceRefresh.preferences.minHealthyPercentage").asInt()).isEqualTo(100);
        assertThat(input(leader, "instanceRefresh.preferences.maxHealthyPercentage").asInt()).isEqualTo(200);
        PlannedResource eni = get(plan, "aws:ec2/networkInterface:NetworkInterface", "fleet-node-1");
        assertThat(text(eni, "subnetId")).isEqualTo("network-private-eu-west-1a-id");
        assertThat(input(eni, "securityGroups")).extracting(JsonNode::asText).containsExactly("security-groups-nodes-id");
        assertThat(text(get(plan, "aws:ebs/volume:Volume", "fleet-git-bridge"), "availabilityZone")).isEqualTo("eu-west-1a");
    }

    @Test
    void maintenanceStopsTheFollowersAndReplacesTheLeaderTerminateFirst() {
        Plan maintenance = TestStacks.devPlan(Map.of("maintenance", "true"));
        PlannedResource followers = get(maintenance, GROUP, "fleet-followers");
        assertThat(List.of(input(followers, "desiredCapacity").asInt(), input(followers, "minSize").asInt(),
                input(followers, "maxSize").asInt())).containsOnly(0);
        PlannedResource leader = get(maintenance, GROUP, "fleet-leader");
        assertThat(input(leader, "desiredCapacity").asInt()).isEqualTo(1);
        assertThat(input(leader, "instanceRefresh.preferences.minHealthyPercentage").asInt()).isZero();
        assertThat(input(leader, "instanceRefresh.preferences.maxHealthyPercentage").asInt()).isEqualTo(100);
        // The migrating leader runs alone: no load balancer health check, no replacement beside it, terminate first.
        assertThat(text(leader, "healthCheckType")).isEqualTo("EC2");
        assertThat(input(leader, "suspendedProcesses")).extracting(JsonNode::asText)
                .containsExactly("HealthCheck", "ReplaceUnhealthy");
        assertThat(input(leader, "instanceMaintenancePolicy.minHealthyPercentage").asInt()).isZero();
        assertThat(input(leader, "instanceMaintenancePolicy.maxHealthyPercentage").asInt()).isEqualTo(100);
        // Maintenance changes neither template: entering or leaving it replaces no node by itself.
        for (String role : List.of("leader", "follower")) {
            assertThat(get(maintenance, TEMPLATE, "fleet-" + role).inputs()).isEqualTo(get(plan, TEMPLATE, "fleet-" + role).inputs());
        }
    }

    @Test
    void userDataIsCloudConfigWithinTheLimitAndHoldsNoSecretValue() {
        for (String role : List.of("leader", "follower")) {
            String userData = userData(plan, role);
            assertThat(userData).startsWith("#cloud-config");
            assertThat(userData.getBytes(StandardCharsets.UTF_8).length).isLessThan(CloudConfigRenderer.USER_DATA_LIMIT_BYTES);
            assertThat(userData).doesNotContain("generated-at-deploy", "[secret]", "encrypted-in-stack-file");
            assertThat(userData).contains("OVERLEAF_SITE_URL=https://overleaf-dev.example.edu")
                    .contains("GIT_BRIDGE_HOST=git-bridge.dev.overleaf-ha.internal\n")
                    .contains("OVERLEAF_TRUSTED_PROXY_IPS=loopback,10.40.224.0/22,10.40.228.0/22,10.40.232.0/22")
                    .contains("SHARED_SECRETS_NAME='overleaf-ha/dev/server-pro-environment-'",
                            "REGISTRY_CREDENTIALS_NAME='overleaf-ha/dev/registry-credentials-'",
                            "REDIS_REPLICATION_GROUP='redis-group'")
                    .doesNotContain("REDIS_HOST=", "arn:aws:secretsmanager", "vol-", "eni-");
        }
        assertThat(userData(plan, "leader")).contains("overleaf-git-bridge.service",
                "LEADER_RESOURCE_TAG='overleaf-ha:leader-resource'", "LEADER_RESOURCE_TAG_VALUE='overleaf-ha/dev'",
                "LEADER_ZONE='eu-west-1a'", "GIT_BRIDGE_SNAPSHOT_ID=''", "FOLLOWER_GROUP='overleaf-ha-dev-followers'");
        assertThat(userData(plan, "follower")).doesNotContain("overleaf-git-bridge.service", "LEADER_RESOURCE_TAG");
    }

    /**
     * git-bridge's name, in the stack's private zone (associated with the stack's VPC), points at node 1's fixed
     * interface: a replaced interface updates the record, the nodes keep the name.
     */
    @Test
    void gitBridgeIsNamedInTheStacksPrivateZoneAfterNodeOnesInterface() {
        PlannedResource zone = get(plan, "aws:route53/zone:Zone", "fleet-private-zone");
        assertThat(text(zone, "name")).isEqualTo("dev.overleaf-ha.internal");
        assertThat(text(zone, "vpcs.0.vpcId")).isEqualTo(plan.outputs().get("vpcId").asText());
        PlannedResource record = get(plan, "aws:route53/record:Record", "fleet-git-bridge");
        assertThat(text(record, "name")).isEqualTo("git-bridge.dev.overleaf-ha.internal");
        assertThat(text(record, "zoneId")).isEqualTo("fleet-private-zone-id");
        assertThat(text(record, "type")).isEqualTo("A");
        assertThat(input(record, "ttl").asInt()).isEqualTo(60);
        assertThat(text(record, "records.0")).isEqualTo("private-ip-of-fleet-node-1-in-"
                + text(get(plan, "aws:ec2/networkInterface:NetworkInterface", "fleet-node-1"), "subnetId"));
    }

    @Test
    void nodesRunTheImagesByTheDigestsThatTheStackFilePins() {
        StackConfig.ServerPro release = TestStacks.dev().serverPro();
        assertThat(userData(plan, "follower"))
                .contains("SERVER_PRO_IMAGE='" + release.image() + "'")
                .contains("REGISTRY='quay.io'");
        assertThat(userData(plan, "leader"))
                .contains("GIT_BRIDGE_IMAGE='" + release.gitBridgeImage() + "'");
        assertThat(release.image().digest()).isPresent();
        assertThat(plan.outputs().get("serverProImage").asText()).isEqualTo(release.image().toString());
        String pinned = "sha256:" + "b".repeat(64);
        Plan withDigest = TestStacks.devPlan(Map.of("serverProImageDigest", pinned));
        assertThat(userData(withDigest, "follower")).contains("quay.io/sharelatex/sharelatex-pro:6.2.2@" + pinned);
    }

    @Test
    void gitBridgeDataLivesOnAProtectedEncryptedVolumeSnapshottedDaily() {
        PlannedResource volume = get(plan, "aws:ebs/volume:Volume", "fleet-git-bridge");
        assertThat(volume.protect()).isTrue();
        assertThat(text(volume, "type")).isEqualTo("gp3");
        assertThat(input(volume, "encrypted").asBoolean()).isTrue();
        assertThat(input(volume, "size").asInt()).isEqualTo(100);
        assertThat(text(volume, "tags.overleaf-ha:backup")).isEqualTo("overleaf-ha/dev/git-bridge");
        PlannedResource snapshots = get(plan, "aws:dlm/lifecyclePolicy:LifecyclePolicy", "fleet-snapshots");
        assertThat(text(snapshots, "state")).isEqualTo("ENABLED");
        // DLM targets volumes with ANY of these tags: exactly one, unique to this stack's git-bridge volume.
        assertThat(input(snapshots, "policyDetails.targetTags").size()).isEqualTo(1);
        assertThat(text(snapshots, "policyDetails.targetTags.overleaf-ha:backup")).isEqualTo("overleaf-ha/dev/git-bridge");
        assertThat(input(snapshots, "policyDetails.schedules.0.createRule.interval").asInt()).isEqualTo(24);
        assertThat(input(snapshots, "policyDetails.schedules.0.retainRule.count").asInt()).isEqualTo(14);
    }

    @Test
    void onlyTheLeadersRoleMayRecordMigrationsAndAttachExactlyNodeOnesInterfaceAndVolume() throws Exception {
        JsonNode follower = JSON.readTree(text(get(plan, "aws:iam/policy:Policy", "fleet-follower-operations"), "policy")).path("Statement");
        assertThat(follower).extracting(statement -> statement.path("Sid").asText()).containsExactly("ShipLogs", "ReadMigratedVersion",
                "FindSecrets", "FindRedis", "PublishDiskMetrics");
        // The replication group's id is its auto-name (the stand-in: the resource's name), known in a first preview.
        assertThat(follower.get(3).path("Resource")).extracting(JsonNode::asText)
                .containsExactly("arn:aws:elasticache:eu-west-1:123456789012:replicationgroup:redis-group");
        assertThat(follower.get(1).path("Action")).extracting(JsonNode::asText).containsExactly("ssm:GetParameter");
        assertThat(follower.toString()).doesNotContain("ssm:PutParameter", "ec2:Attach");

        JsonNode leader = JSON.readTree(text(get(plan, "aws:iam/policy:Policy", "fleet-leader-operations"), "policy")).path("Statement");
        assertThat(leader.get(1).path("Action")).extracting(JsonNode::asText).containsExactly("ssm:GetParameter", "ssm:PutParameter");
        assertThat(leader.get(1).path("Resource").get(0).asText()).endsWith("/overleaf-ha/dev/migrated-version");
        // Attach only what carries this stack's leader tag (node 1's interface and git-bridge's volume) ...
        assertThat(leader.get(3).path("Resource")).extracting(JsonNode::asText)
                .containsExactly("arn:aws:ec2:eu-west-1:123456789012:volume/*");
        assertThat(leader.get(4).path("Resource")).extracting(JsonNode::asText)
                .containsExactly("arn:aws:ec2:eu-west-1:123456789012:network-interface/*");
        for (int i : List.of(3, 4)) {
            assertThat(leader.get(i).path("Condition").path("StringEquals").path("aws:ResourceTag/overleaf-ha:leader-resource")
                    .asText()).isEqualTo("overleaf-ha/dev");
        }
        assertThat(ofType(plan, "aws:ec2/networkInterface:NetworkInterface")).extracting(PlannedResource::name).containsExactly("fleet-node-1");
        assertThat(where(plan, r -> "overleaf-ha/dev".equals(text(r, "tags.overleaf-ha:leader-resource"))))
                .extracting(PlannedResource::name).containsExactlyInAnyOrder("fleet-node-1", "fleet-git-bridge");
        // ... and only to an instance of the leader's group.
        assertThat(leader.get(5).path("Condition").path("StringEquals").path("aws:ResourceTag/aws:autoscaling:groupName").asText())
                .isEqualTo("overleaf-ha-dev-leader");
        assertThat(leader.get(5).path("Resource").get(0).asText()).isEqualTo("arn:aws:ec2:eu-west-1:123456789012:instance/*");

        for (String role : List.of("leader", "follower")) {
            assertThat(ofType(plan, "aws:iam/rolePolicyAttachment:RolePolicyAttachment"))
                    .filteredOn(a -> ("fleet-" + role + "-identity-role").equals(text(a, "role")))
                    .extracting(a -> text(a, "policyArn"))
                    .contains("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
                            "arn:aws:iam::123456789012:policy/fleet-" + role + "-operations")
                    .hasSize(8);
        }
        PlannedResource logs = get(plan, "aws:cloudwatch/logGroup:LogGroup", "fleet-containers");
        assertThat(text(logs, "name")).isEqualTo("/overleaf-ha/dev/containers");
        assertThat(input(logs, "retentionInDays").asInt()).isEqualTo(30);
        assertThat(text(get(plan, "aws:ssm/parameter:Parameter", "fleet-migrated-version"), "value")).isEqualTo("none");
    }

    @Test
    void nodeCountSizesTheFollowersAndTheirRollingStepStaysOneNode() {
        Plan five = TestStacks.devPlan(Map.of("nodeCount", "5"));
        PlannedResource followers = get(five, GROUP, "fleet-followers");
        assertThat(input(followers, "desiredCapacity").asInt()).isEqualTo(4);
        assertThat(input(followers, "maxSize").asInt()).isEqualTo(5);
        // 4 followers at 125%: one launched beyond the four, never two.
        assertThat(input(followers, "instanceRefresh.preferences.maxHealthyPercentage").asInt()).isEqualTo(125);
        assertThat(input(get(five, GROUP, "fleet-leader"), "desiredCapacity").asInt()).isEqualTo(1);
    }

    @Test
    void theRollingStepRoundsUpSoThatOneExtraFollowerAlwaysFits() {
        // 3 and 6 followers: 100/3 and 100/6 are not whole, and rounded down they leave no room (3.99, 6.96 instances).
        for (int nodeCount : List.of(4, 7)) {
            int followers = nodeCount - 1;
            int max = input(get(TestStacks.devPlan(Map.of("nodeCount", String.valueOf(nodeCount))), GROUP, "fleet-followers"), "instanceRefresh.preferences.maxHealthyPercentage").asInt();
            // Room for exactly one instance beyond the followers, never two.
            assertThat(followers * max / 100).as("%d followers at %d%%", followers, max).isEqualTo(followers + 1);
        }
    }

    @Test
    void groupsDoNotWaitForAnExactCapacityAndARefreshSkipsInstancesOnTheNewTemplate() {
        assertThat(ofType(plan, GROUP)).hasSize(2).allSatisfy(group -> {
            assertThat(text(group, "waitForCapacityTimeout")).isEqualTo("0");
            assertThat(input(group, "instanceRefresh.preferences.skipMatching").asBoolean()).isTrue();
        });
    }

    @Test
    void theStackOutputsWhatTheRunbooksNeed() {
        assertThat(plan.outputs().get("leaderGroupName").asText()).isEqualTo("overleaf-ha-dev-leader");
        assertThat(plan.outputs().get("followerGroupName").asText()).isEqualTo("overleaf-ha-dev-followers");
        // Not an instance id, stale after the first replacement: the interface whose holder is the leader.
        assertThat(plan.outputs().get("leaderNetworkInterfaceId").asText()).matches("eni-[0-9a-f]{17}");
        assertThat(plan.outputs().get("nodesTargetGroupArn").asText()).endsWith("targetgroup/load-balancer-nodes");
        assertThat(plan.outputs().get("gitTargetGroupArn").asText()).endsWith("targetgroup/load-balancer-git");
        assertThat(plan.outputs().get("gitBridgeVolumeId").asText()).matches("vol-[0-9a-f]{17}");
        assertThat(plan.outputs()).doesNotContainKeys("nodeInstanceIds", "nodeRoleArn", "leaderInstanceId");
    }
}
