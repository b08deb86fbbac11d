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
        assertThat(plan.ofType("aws:ec2/instance:Instance")).isEmpty();
        assertThat(plan.ofType("aws:ec2/volumeAttachment:VolumeAttachment")).isEmpty();
        assertThat(plan.ofType("aws:lb/targetGroupAttachment:TargetGroupAttachment")).isEmpty();
        assertThat(plan.ofType(GROUP)).extracting(PlannedResource::name).containsExactly("fleet-followers", "fleet-leader");
        assertThat(plan.ofType(TEMPLATE)).extracting(PlannedResource::name).containsExactly("fleet-follower", "fleet-leader");
    }

    @Test
    void everyNodeIsTheSameNvmeInstanceWithImdsV2AndAnEncryptedRootAndNoSshKey() {
        assertThat(plan.ofType(TEMPLATE)).allSatisfy(template -> {
            String role = template.name().substring("fleet-".length());
            assertThat(template.text("imageId")).isEqualTo("ami-00000000000000000");
            assertThat(template.text("instanceType")).isEqualTo("m6id.xlarge");
            assertThat(template.text("metadataOptions.httpTokens")).isEqualTo("required");
            assertThat(template.input("metadataOptions.httpPutResponseHopLimit").asInt()).isEqualTo(2);
            assertThat(template.text("blockDeviceMappings.0.deviceName")).isEqualTo("/dev/xvda");
            assertThat(template.text("blockDeviceMappings.0.ebs.encrypted")).isEqualTo("true");
            assertThat(template.text("blockDeviceMappings.0.ebs.volumeType")).isEqualTo("gp3");
            assertThat(template.input("blockDeviceMappings.0.ebs.volumeSize").asInt()).isEqualTo(30);
            assertThat(template.input("vpcSecurityGroupIds")).extracting(JsonNode::asText).containsExactly("security-groups-nodes-id");
            assertThat(template.inputs().has("keyName")).isFalse();
            assertThat(template.text("iamInstanceProfile.name")).isEqualTo("fleet-" + role + "-identity-profile");
            assertThat(template.input("updateDefaultVersion").asBoolean()).isTrue();
            assertThat(template.input("tagSpecifications")).extracting(spec -> spec.path("resourceType").asText())
                    .containsExactly("instance", "volume");
        });
    }

    @Test
    void followersAreOneGroupOverThePrivateSubnetsThatReplacesUnhealthyNodesAndRollsOneAtATime() {
        PlannedResource followers = plan.get(GROUP, "fleet-followers");
        assertThat(followers.text("name")).isEqualTo("overleaf-ha-dev-followers");
        assertThat(followers.input("vpcZoneIdentifiers")).extracting(JsonNode::asText).containsExactly(
                "network-private-eu-west-1a-id", "network-private-eu-west-1b-id", "network-private-eu-west-1c-id");
        assertThat(followers.input("desiredCapacity").asInt()).isEqualTo(2);
        assertThat(followers.input("minSize").asInt()).isEqualTo(2);
        assertThat(followers.input("maxSize").asInt()).isEqualTo(3);
        assertThat(followers.input("targetGroupArns")).extracting(JsonNode::asText)
                .containsExactly("arn:aws:lb:eu-west-1:123456789012:targetgroup/load-balancer-nodes");
        assertThat(followers.text("healthCheckType")).isEqualTo("ELB");
        assertThat(followers.input("healthCheckGracePeriod").asInt()).isEqualTo(1800);
        assertThat(followers.text("instanceRefresh.strategy")).isEqualTo("Rolling");
        assertThat(followers.input("instanceRefresh.preferences.minHealthyPercentage").asInt()).isEqualTo(100);
        assertThat(followers.input("instanceRefresh.preferences.maxHealthyPercentage").asInt()).isEqualTo(150);
        assertThat(followers.text("instanceRefresh.preferences.instanceWarmup")).isEqualTo("900");
        // The group deregisters a node before it terminates it; the target group drains it for this long.
        assertThat(plan.get("aws:lb/targetGroup:TargetGroup", "load-balancer-nodes").input("deregistrationDelay").asInt())
                .isEqualTo(60);
        assertThat(followers.input("instanceMaintenancePolicy.minHealthyPercentage").asInt()).isEqualTo(100);
        assertThat(followers.input("instanceMaintenancePolicy.maxHealthyPercentage").asInt()).isEqualTo(200);
        // An explicit version, not $Latest: a new template version is what starts the refresh.
        PlannedResource template = plan.get(TEMPLATE, "fleet-follower");
        assertThat(followers.text("launchTemplate.id")).isEqualTo("fleet-follower-id");
        assertThat(followers.text("launchTemplate.version")).matches("\\d+").isNotEqualTo("$Latest");
        assertThat(template.text("userData")).isNotBlank();
    }

    @Test
    void theLeaderIsAOneInstanceGroupInNodeOnesSubnetServingBothTargetGroupsThatLaunchesItsReplacementFirst() {
        PlannedResource leader = plan.get(GROUP, "fleet-leader");
        assertThat(leader.text("name")).isEqualTo("overleaf-ha-dev-leader");
        assertThat(leader.input("vpcZoneIdentifiers")).extracting(JsonNode::asText).containsExactly("network-private-eu-west-1a-id");
        assertThat(leader.input("desiredCapacity").asInt()).isEqualTo(1);
        assertThat(leader.input("minSize").asInt()).isEqualTo(1);
        assertThat(leader.input("maxSize").asInt()).isEqualTo(2);
        assertThat(leader.input("targetGroupArns")).extracting(JsonNode::asText).containsExactly(
                "arn:aws:lb:eu-west-1:123456789012:targetgroup/load-balancer-nodes",
                "arn:aws:lb:eu-west-1:123456789012:targetgroup/load-balancer-git");
        assertThat(leader.text("healthCheckType")).isEqualTo("ELB");
        assertThat(leader.input("suspendedProcesses")).isEmpty();
        assertThat(leader.input("instanceMaintenancePolicy.minHealthyPercentage").asInt()).isEqualTo(100);
        assertThat(leader.input("instanceMaintenancePolicy.maxHealthyPercentage").asInt()).isEqualTo(200);
        assertThat(leader.input("instanceRefresh.preferences.minHealthyPercentage").asInt()).isEqualTo(100);
        assertThat(leader.input("instanceRefresh.preferences.maxHealthyPercentage").asInt()).isEqualTo(200);
        PlannedResource eni = plan.get("aws:ec2/networkInterface:NetworkInterface", "fleet-node-1");
        assertThat(eni.text("subnetId")).isEqualTo("network-private-eu-west-1a-id");
        assertThat(eni.input("securityGroups")).extracting(JsonNode::asText).containsExactly("security-groups-nodes-id");
        assertThat(plan.get("aws:ebs/volume:Volume", "fleet-git-bridge").text("availabilityZone")).isEqualTo("eu-west-1a");
    }

    @Test
    void maintenanceStopsTheFollowersAndReplacesTheLeaderTerminateFirst() {
        Plan maintenance = TestStacks.devPlan(Map.of("maintenance", "true"));
        PlannedResource followers = maintenance.get(GROUP, "fleet-followers");
        assertThat(List.of(followers.input("desiredCapacity").asInt(), followers.input("minSize").asInt(),
                followers.input("maxSize").asInt())).containsOnly(0);
        PlannedResource leader = maintenance.get(GROUP, "fleet-leader");
        assertThat(leader.input("desiredCapacity").asInt()).isEqualTo(1);
        assertThat(leader.input("instanceRefresh.preferences.minHealthyPercentage").asInt()).isZero();
        assertThat(leader.input("instanceRefresh.preferences.maxHealthyPercentage").asInt()).isEqualTo(100);
        // The migrating leader runs alone: no load balancer health check, no replacement beside it, terminate first.
        assertThat(leader.text("healthCheckType")).isEqualTo("EC2");
        assertThat(leader.input("suspendedProcesses")).extracting(JsonNode::asText)
                .containsExactly("HealthCheck", "ReplaceUnhealthy");
        assertThat(leader.input("instanceMaintenancePolicy.minHealthyPercentage").asInt()).isZero();
        assertThat(leader.input("instanceMaintenancePolicy.maxHealthyPercentage").asInt()).isEqualTo(100);
        // Maintenance changes neither template: entering or leaving it replaces no node by itself.
        for (String role : List.of("leader", "follower")) {
            assertThat(maintenance.get(TEMPLATE, "fleet-" + role).inputs()).isEqualTo(plan.get(TEMPLATE, "fleet-" + role).inputs());
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
        PlannedResource zone = plan.get("aws:route53/zone:Zone", "fleet-private-zone");
        assertThat(zone.text("name")).isEqualTo("dev.overleaf-ha.internal");
        assertThat(zone.text("vpcs.0.vpcId")).isEqualTo(plan.outputs().get("vpcId").asText());
        PlannedResource record = plan.get("aws:route53/record:Record", "fleet-git-bridge");
        assertThat(record.text("name")).isEqualTo("git-bridge.dev.overleaf-ha.internal");
        assertThat(record.text("zoneId")).isEqualTo("fleet-private-zone-id");
        assertThat(record.text("type")).isEqualTo("A");
        assertThat(record.input("ttl").asInt()).isEqualTo(60);
        assertThat(record.text("records.0")).isEqualTo("private-ip-of-fleet-node-1-in-"
                + plan.get("aws:ec2/networkInterface:NetworkInterface", "fleet-node-1").text("subnetId"));
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
        PlannedResource volume = plan.get("aws:ebs/volume:Volume", "fleet-git-bridge");
        assertThat(volume.protect()).isTrue();
        assertThat(volume.text("type")).isEqualTo("gp3");
        assertThat(volume.input("encrypted").asBoolean()).isTrue();
        assertThat(volume.input("size").asInt()).isEqualTo(100);
        assertThat(volume.text("tags.overleaf-ha:backup")).isEqualTo("overleaf-ha/dev/git-bridge");
        PlannedResource snapshots = plan.get("aws:dlm/lifecyclePolicy:LifecyclePolicy", "fleet-snapshots");
        assertThat(snapshots.text("state")).isEqualTo("ENABLED");
        // DLM targets volumes with ANY of these tags: exactly one, unique to this stack's git-bridge volume.
        assertThat(snapshots.input("policyDetails.targetTags").size()).isEqualTo(1);
        assertThat(snapshots.text("policyDetails.targetTags.overleaf-ha:backup")).isEqualTo("overleaf-ha/dev/git-bridge");
        assertThat(snapshots.input("policyDetails.schedules.0.createRule.interval").asInt()).isEqualTo(24);
        assertThat(snapshots.input("policyDetails.schedules.0.retainRule.count").asInt()).isEqualTo(14);
    }

    @Test
    void onlyTheLeadersRoleMayRecordMigrationsAndAttachExactlyNodeOnesInterfaceAndVolume() throws Exception {
        JsonNode follower = JSON.readTree(plan.get("aws:iam/policy:Policy", "fleet-follower-operations").text("policy")).path("Statement");
        assertThat(follower).extracting(statement -> statement.path("Sid").asText()).containsExactly("ShipLogs", "ReadMigratedVersion",
                "FindSecrets", "FindRedis", "PublishDiskMetrics");
        // The replication group's id is its auto-name (the stand-in: the resource's name), known in a first preview.
        assertThat(follower.get(3).path("Resource")).extracting(JsonNode::asText)
                .containsExactly("arn:aws:elasticache:eu-west-1:123456789012:replicationgroup:redis-group");
        assertThat(follower.get(1).path("Action")).extracting(JsonNode::asText).containsExactly("ssm:GetParameter");
        assertThat(follower.toString()).doesNotContain("ssm:PutParameter", "ec2:Attach");

        JsonNode leader = JSON.readTree(plan.get("aws:iam/policy:Policy", "fleet-leader-operations").text("policy")).path("Statement");
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
        assertThat(plan.ofType("aws:ec2/networkInterface:NetworkInterface")).extracting(PlannedResource::name).containsExactly("fleet-node-1");
        assertThat(plan.where(r -> "overleaf-ha/dev".equals(r.text("tags.overleaf-ha:leader-resource"))))
                .extracting(PlannedResource::name).containsExactlyInAnyOrder("fleet-node-1", "fleet-git-bridge");
        // ... and only to an instance of the leader's group.
        assertThat(leader.get(5).path("Condition").path("StringEquals").path("aws:ResourceTag/aws:autoscaling:groupName").asText())
                .isEqualTo("overleaf-ha-dev-leader");
        assertThat(leader.get(5).path("Resource").get(0).asText()).isEqualTo("arn:aws:ec2:eu-west-1:123456789012:instance/*");

        for (String role : List.of("leader", "follower")) {
            assertThat(plan.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment"))
                    .filteredOn(a -> ("fleet-" + role + "-identity-role").equals(a.text("role")))
                    .extracting(a -> a.text("policyArn"))
                    .contains("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
                            "arn:aws:iam::123456789012:policy/fleet-" + role + "-operations")
                    .hasSize(8);
        }
        PlannedResource logs = plan.get("aws:cloudwatch/logGroup:LogGroup", "fleet-containers");
        assertThat(logs.text("name")).isEqualTo("/overleaf-ha/dev/containers");
        assertThat(logs.input("retentionInDays").asInt()).isEqualTo(30);
        assertThat(plan.get("aws:ssm/parameter:Parameter", "fleet-migrated-version").text("value")).isEqualTo("none");
    }

    @Test
    void nodeCountSizesTheFollowersAndTheirRollingStepStaysOneNode() {
        Plan five = TestStacks.devPlan(Map.of("nodeCount", "5"));
        PlannedResource followers = five.get(GROUP, "fleet-followers");
        assertThat(followers.input("desiredCapacity").asInt()).isEqualTo(4);
        assertThat(followers.input("maxSize").asInt()).isEqualTo(5);
        // 4 followers at 125%: one launched beyond the four, never two.
        assertThat(followers.input("instanceRefresh.preferences.maxHealthyPercentage").asInt()).isEqualTo(125);
        assertThat(five.get(GROUP, "fleet-leader").input("desiredCapacity").asInt()).isEqualTo(1);
    }

    @Test
    void theRollingStepRoundsUpSoThatOneExtraFollowerAlwaysFits() {
        // 3 and 6 followers: 100/3 and 100/6 are not whole, and rounded down they leave no room (3.99, 6.96 instances).
        for (int nodeCount : List.of(4, 7)) {
            int followers = nodeCount - 1;
            int max = TestStacks.devPlan(Map.of("nodeCount", String.valueOf(nodeCount))).get(GROUP, "fleet-followers")
                    .input("instanceRefresh.preferences.maxHealthyPercentage").asInt();
            // Room for exactly one instance beyond the followers, never two.
            assertThat(followers * max / 100).as("%d followers at %d%%", followers, max).isEqualTo(followers + 1);
        }
    }

    @Test
    void groupsDoNotWaitForAnExactCapacityAndARefreshSkipsInstancesOnTheNewTemplate() {
        assertThat(plan.ofType(GROUP)).hasSize(2).allSatisfy(group -> {
            assertThat(group.text("waitForCapacityTimeout")).isEqualTo("0");
            assertThat(group.input("instanceRefresh.preferences.skipMatching").asBoolean()).isTrue();
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
