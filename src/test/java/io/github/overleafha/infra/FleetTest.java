package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import io.github.overleafha.render.CloudConfigRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FleetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.devPlan();
    }

    @Test
    void everyNodeIsTheSameNvmeInstanceWithImdsV2AndAnEncryptedRootAndNoSshKey() {
        assertThat(plan.ofType("aws:ec2/instance:Instance")).extracting(PlannedResource::name)
                .containsExactly("fleet-node-1", "fleet-node-2", "fleet-node-3");
        assertThat(plan.ofType("aws:ec2/instance:Instance")).allSatisfy(node -> {
            assertThat(node.text("ami")).isEqualTo("ami-0a1b2c3d4e5f60718");
            assertThat(node.text("instanceType")).isEqualTo("m6id.xlarge");
            assertThat(node.text("metadataOptions.httpTokens")).isEqualTo("required");
            assertThat(node.input("metadataOptions.httpPutResponseHopLimit").asInt()).isEqualTo(2);
            assertThat(node.input("rootBlockDevice.encrypted").asBoolean()).isTrue();
            assertThat(node.text("rootBlockDevice.volumeType")).isEqualTo("gp3");
            assertThat(node.input("rootBlockDevice.volumeSize").asInt()).isEqualTo(30);
            assertThat(node.input("userDataReplaceOnChange").asBoolean()).isTrue();
            assertThat(node.inputs().has("keyName")).isFalse();
            assertThat(node.text("iamInstanceProfile")).isEqualTo("fleet-identity-profile");
        });
    }

    @Test
    void nodesSpreadOverThePrivateSubnetsAndNodeOneKeepsAFixedInterface() {
        assertThat(plan.get("aws:ec2/instance:Instance", "fleet-node-2").text("subnetId")).isEqualTo("network-private-eu-west-1b-id");
        assertThat(plan.get("aws:ec2/instance:Instance", "fleet-node-3").text("subnetId")).isEqualTo("network-private-eu-west-1c-id");
        assertThat(plan.get("aws:ec2/instance:Instance", "fleet-node-2").input("vpcSecurityGroupIds"))
                .extracting(JsonNode::asText).containsExactly("security-groups-nodes-id");
        PlannedResource leader = plan.get("aws:ec2/instance:Instance", "fleet-node-1");
        assertThat(leader.text("networkInterfaces.0.networkInterfaceId")).isEqualTo("fleet-node-1-id");
        assertThat(leader.input("networkInterfaces.0.deleteOnTermination").asBoolean()).isFalse();
        PlannedResource eni = plan.get("aws:ec2/networkInterface:NetworkInterface", "fleet-node-1");
        assertThat(eni.text("subnetId")).isEqualTo("network-private-eu-west-1a-id");
        assertThat(eni.input("securityGroups")).extracting(JsonNode::asText).containsExactly("security-groups-nodes-id");
    }

    @Test
    void userDataIsCloudConfigWithinTheLimitAndHoldsNoSecretValue() {
        for (PlannedResource node : plan.ofType("aws:ec2/instance:Instance")) {
            String userData = node.text("userData");
            assertThat(userData).startsWith("#cloud-config");
            assertThat(userData.getBytes(StandardCharsets.UTF_8).length).isLessThan(CloudConfigRenderer.USER_DATA_LIMIT_BYTES);
            assertThat(userData).doesNotContain("generated-at-deploy", "[secret]", "encrypted-in-stack-file");
            assertThat(userData).contains("OVERLEAF_SITE_URL=https://overleaf-dev.example.edu")
                    .contains("GIT_BRIDGE_HOST=private-ip-of-fleet-node-1")
                    .contains("OVERLEAF_TRUSTED_PROXY_IPS=loopback,10.40.224.0/22,10.40.228.0/22,10.40.232.0/22");
        }
        assertThat(plan.get("aws:ec2/instance:Instance", "fleet-node-1").text("userData")).contains("overleaf-git-bridge.service");
        assertThat(plan.get("aws:ec2/instance:Instance", "fleet-node-2").text("userData")).doesNotContain("overleaf-git-bridge.service");
    }

    @Test
    void nodesRunTheImagesByTheDigestsThatTheStackFilePins() {
        StackConfig.ServerPro release = TestStacks.dev().serverPro();
        assertThat(plan.get("aws:ec2/instance:Instance", "fleet-node-2").text("userData"))
                .contains("SERVER_PRO_IMAGE='" + release.image() + "'")
                .contains("REGISTRY='quay.io'");
        assertThat(plan.get("aws:ec2/instance:Instance", "fleet-node-1").text("userData"))
                .contains("GIT_BRIDGE_IMAGE='" + release.gitBridgeImage() + "'");
        assertThat(release.image().digest()).isPresent();
        assertThat(plan.outputs().get("serverProImage").asText()).isEqualTo(release.image().toString());
        String pinned = "sha256:" + "b".repeat(64);
        Plan withDigest = TestStacks.devPlan(Map.of("serverProImageDigest", pinned));
        assertThat(withDigest.get("aws:ec2/instance:Instance", "fleet-node-2").text("userData"))
                .contains("quay.io/sharelatex/sharelatex-pro:6.2.2@" + pinned);
    }

    @Test
    void gitBridgeDataLivesOnAProtectedEncryptedVolumeSnapshottedDaily() {
        PlannedResource volume = plan.get("aws:ebs/volume:Volume", "fleet-git-bridge");
        assertThat(volume.text("type")).isEqualTo("gp3");
        assertThat(volume.input("encrypted").asBoolean()).isTrue();
        assertThat(volume.input("size").asInt()).isEqualTo(100);
        assertThat(volume.text("availabilityZone")).isEqualTo("eu-west-1a");
        assertThat(volume.text("tags.overleaf-ha:backup")).isEqualTo("overleaf-ha/dev/git-bridge");
        PlannedResource attachment = plan.get("aws:ec2/volumeAttachment:VolumeAttachment", "fleet-git-bridge");
        assertThat(attachment.text("instanceId")).isEqualTo("fleet-node-1-id");
        assertThat(attachment.text("volumeId")).matches("vol-[0-9a-f]{17}");
        PlannedResource snapshots = plan.get("aws:dlm/lifecyclePolicy:LifecyclePolicy", "fleet-snapshots");
        assertThat(snapshots.text("state")).isEqualTo("ENABLED");
        // DLM targets volumes with ANY of these tags: exactly one, unique to this stack's git-bridge volume.
        assertThat(snapshots.input("policyDetails.targetTags").size()).isEqualTo(1);
        assertThat(snapshots.text("policyDetails.targetTags.overleaf-ha:backup")).isEqualTo("overleaf-ha/dev/git-bridge");
        assertThat(snapshots.input("policyDetails.schedules.0.createRule.interval").asInt()).isEqualTo(24);
        assertThat(snapshots.input("policyDetails.schedules.0.retainRule.count").asInt()).isEqualTo(14);
        assertThat(plan.get("aws:ec2/instance:Instance", "fleet-node-1").text("userData")).contains(attachment.text("volumeId"));
    }

    @Test
    void theNodesRoleMayShipLogsRecordMigrationsAndUseSessionManager() throws Exception {
        JsonNode statements = JSON.readTree(plan.get("aws:iam/policy:Policy", "fleet-operations").text("policy")).path("Statement");
        assertThat(statements.get(0).path("Action")).extracting(JsonNode::asText).containsExactly("logs:CreateLogStream", "logs:PutLogEvents");
        assertThat(statements.get(1).path("Action")).extracting(JsonNode::asText).containsExactly("ssm:GetParameter", "ssm:PutParameter");
        assertThat(statements.get(1).path("Resource").get(0).asText()).endsWith("/overleaf-ha/dev/migrated-version");
        assertThat(plan.ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment"))
                .filteredOn(a -> "fleet-identity-role".equals(a.text("role")))
                .extracting(a -> a.text("policyArn"))
                .contains("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")
                .hasSize(8);
        PlannedResource logs = plan.get("aws:cloudwatch/logGroup:LogGroup", "fleet-containers");
        assertThat(logs.text("name")).isEqualTo("/overleaf-ha/dev/containers");
        assertThat(logs.input("retentionInDays").asInt()).isEqualTo(30);
        assertThat(plan.get("aws:ssm/parameter:Parameter", "fleet-migrated-version").text("value")).isEqualTo("none");
    }

    @Test
    void nodeCountScalesTheFleetAndEveryNodeHasItsOwnIndex() {
        Plan five = TestStacks.devPlan(Map.of("nodeCount", "5"));
        assertThat(five.ofType("aws:ec2/instance:Instance")).hasSize(5);
        assertThat(five.get("aws:ec2/instance:Instance", "fleet-node-4").text("subnetId")).isEqualTo("network-private-eu-west-1a-id");
        assertThat(five.get("aws:ec2/instance:Instance", "fleet-node-5").text("userData")).contains("NODE_INDEX='5'");
    }
}
