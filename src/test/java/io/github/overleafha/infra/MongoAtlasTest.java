package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.SecretVariables;
import io.github.overleafha.infra.aws.MongoAtlas;
import io.github.overleafha.infra.aws.Network;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import io.github.overleafha.plan.TestPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class MongoAtlasTest {

    private static final String CLUSTER = "mongodbatlas:index/advancedCluster:AdvancedCluster";
    private static final String IP_ACCESS_LIST = "mongodbatlas:index/projectIpAccessList:ProjectIpAccessList";
    private static final String VPC_ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint";
    private static final String ENDPOINT_LINK = "mongodbatlas:index/privateLinkEndpointService:PrivateLinkEndpointService";
    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.devPlan();
    }

    @Test
    void aNewProjectInTheOrganisationHoldsAThreeNodeReplicaSetInTheStacksRegion() {
        PlannedResource project = plan.get("mongodbatlas:index/project:Project", "mongo-project");
        assertThat(project.text("orgId")).isEqualTo("000000000000000000000000");
        assertThat(project.text("name")).isEqualTo("overleaf-ha-dev");
        assertThat(project.parent()).isEqualTo("mongo");

        PlannedResource cluster = plan.get(CLUSTER, "mongo-cluster");
        assertThat(cluster.text("projectId")).isEqualTo("mongo-project-id");
        assertThat(cluster.text("name")).isEqualTo("overleaf-ha-dev");
        assertThat(cluster.text("clusterType")).isEqualTo("REPLICASET");
        assertThat(cluster.text("mongoDbMajorVersion")).isEqualTo("8.0");
        assertThat(cluster.input("replicationSpecs")).hasSize(1);
        assertThat(cluster.input("replicationSpecs.0.regionConfigs")).hasSize(1);
        JsonNode region = cluster.input("replicationSpecs.0.regionConfigs.0");
        assertThat(region.path("providerName").asText()).isEqualTo("AWS");
        assertThat(region.path("regionName").asText()).isEqualTo("EU_WEST_1");
        assertThat(region.path("priority").asInt()).isEqualTo(7);
        assertThat(region.path("electableSpecs").path("instanceSize").asText()).isEqualTo("M10");
        assertThat(region.path("electableSpecs").path("nodeCount").asInt()).isEqualTo(3);
    }

    @Test
    void theClusterIsBackedUpAndCannotBeDeletedByMistake() {
        PlannedResource cluster = plan.get(CLUSTER, "mongo-cluster");
        assertThat(cluster.input("backupEnabled").asBoolean()).isTrue();
        assertThat(cluster.input("pitEnabled").asBoolean()).as("continuous cloud backup, for point-in-time restore").isTrue();
        assertThat(cluster.input("terminationProtectionEnabled").asBoolean()).isTrue();
        assertThat(cluster.protect()).isTrue();
    }

    @Test
    void mongoVersionAndInstanceSizeFollowTheConfig() {
        Plan custom = TestStacks.devPlan(Map.of("mongoVersion", "8.2", "atlasInstanceSize", "M40", "aws:region", "us-east-2", "alarmTopicArn", "",
                "availabilityZones", "us-east-2a,us-east-2b"));
        PlannedResource cluster = custom.get(CLUSTER, "mongo-cluster");
        assertThat(cluster.text("mongoDbMajorVersion")).isEqualTo("8.2");
        assertThat(cluster.text("replicationSpecs.0.regionConfigs.0.regionName")).isEqualTo("US_EAST_2");
        assertThat(cluster.text("replicationSpecs.0.regionConfigs.0.electableSpecs.instanceSize")).isEqualTo("M40");
        assertThat(custom.get("mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint", "mongo-private-link")
                .text("region")).isEqualTo("US_EAST_2");
    }

    @Test
    void theDatabaseUserMayWriteServerProsDatabaseAndReadServerParametersOnly() {
        PlannedResource user = plan.get("mongodbatlas:index/databaseUser:DatabaseUser", "mongo-user");
        assertThat(user.text("projectId")).isEqualTo("mongo-project-id");
        assertThat(user.text("username")).isEqualTo("overleaf-ha-dev");
        assertThat(user.text("password")).isEqualTo("[secret]");
        assertThat(user.text("authDatabaseName")).isEqualTo("admin");
        assertThat(user.input("roles")).hasSize(2);
        assertThat(user.text("roles.0.roleName")).isEqualTo("readWrite");
        assertThat(user.text("roles.0.databaseName")).isEqualTo("sharelatex");
        assertThat(user.text("roles.1.roleName")).isEqualTo("clusterMonitor");
        assertThat(user.text("roles.1.databaseName")).isEqualTo("admin");
        assertThat(user.input("scopes")).hasSize(1);
        assertThat(user.text("scopes.0.name")).isEqualTo("overleaf-ha-dev");
        assertThat(user.text("scopes.0.type")).isEqualTo("CLUSTER");
    }

    @Test
    void thePasswordIsGeneratedFromLettersAndDigits() {
        PlannedResource password = plan.get("random:index/randomPassword:RandomPassword", "mongo-user-password");
        assertThat(password.input("length").asInt()).isGreaterThanOrEqualTo(32);
        assertThat(password.input("special").asBoolean()).isFalse();
        assertThat(password.parent()).isEqualTo("mongo");
    }

    @Test
    void theEndpointLeavesOutSubnetsInZonesAtlasDoesNotServe() {
        // The stand-in endpoint service covers zones a, b and c of the region.
        Plan fourZones = TestStacks.devPlan(Map.of("availabilityZones", "[eu-west-1a, eu-west-1b, eu-west-1d]"));
        assertThat(fourZones.get(VPC_ENDPOINT, "mongo-endpoint").input("subnetIds")).extracting(JsonNode::asText)
                .containsExactly("network-private-eu-west-1a-id", "network-private-eu-west-1b-id");
    }

    @Test
    void byDefaultNodesReachAtlasThroughAnInterfaceEndpointInThePrivateSubnets() {
        PlannedResource privateLink = plan.get("mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint", "mongo-private-link");
        assertThat(privateLink.text("projectId")).isEqualTo("mongo-project-id");
        assertThat(privateLink.text("providerName")).isEqualTo("AWS");
        assertThat(privateLink.text("region")).isEqualTo("EU_WEST_1");

        PlannedResource endpoint = plan.get(VPC_ENDPOINT, "mongo-endpoint");
        assertThat(endpoint.text("vpcId")).isEqualTo("network-vpc-id");
        assertThat(endpoint.text("serviceName")).isEqualTo("com.amazonaws.vpce.eu-west-1.vpce-svc-mongo-private-link");
        assertThat(endpoint.text("vpcEndpointType")).isEqualTo("Interface");
        assertThat(endpoint.input("subnetIds")).extracting(JsonNode::asText).containsExactly(
                "network-private-eu-west-1a-id", "network-private-eu-west-1b-id", "network-private-eu-west-1c-id");
        assertThat(endpoint.input("securityGroupIds")).extracting(JsonNode::asText)
                .containsExactly("security-groups-atlas-endpoint-id");
        assertThat(endpoint.input("privateDnsEnabled").asBoolean()).isFalse();

        PlannedResource link = plan.get(ENDPOINT_LINK, "mongo-endpoint-link");
        assertThat(link.text("projectId")).isEqualTo("mongo-project-id");
        assertThat(link.text("privateLinkId")).isEqualTo("mongo-private-link-link");
        assertThat(link.text("endpointServiceId")).isEqualTo("mongo-endpoint-id");
        assertThat(link.text("providerName")).isEqualTo("AWS");
        assertThat(plan.ofType(IP_ACCESS_LIST)).isEmpty();
    }

    @Test
    void withAnIpAccessListOnlyTheNatGatewaysAddressesMayConnect() {
        Plan open = TestStacks.devPlan(Map.of("mongoConnectivity", "ipAccessList", "natGateways", "perAz"));
        assertThat(open.ofType(IP_ACCESS_LIST)).extracting(entry -> entry.text("ipAddress")).containsExactlyInAnyOrder(
                "public-ip-of-network-nat-eu-west-1a", "public-ip-of-network-nat-eu-west-1b", "public-ip-of-network-nat-eu-west-1c");
        assertThat(open.ofType(IP_ACCESS_LIST)).allSatisfy(entry -> {
            assertThat(entry.text("projectId")).isEqualTo("mongo-project-id");
            assertThat(entry.text("cidrBlock")).isNull();
            assertThat(entry.parent()).isEqualTo("mongo");
        });
        assertThat(open.get(IP_ACCESS_LIST, "mongo-nat-1").text("comment")).isEqualTo("NAT gateway 1 of overleaf-ha/dev");
        assertThat(open.ofType(ENDPOINT_LINK)).isEmpty();
        assertThat(open.ofType("mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint")).isEmpty();
        assertThat(open.where(r -> r.type().equals(VPC_ENDPOINT) && r.parent().equals("mongo"))).isEmpty();
    }

    @Test
    void anExistingProjectIsUsedAndNoneIsCreated() {
        Plan existing = TestStacks.devPlan(Map.of("atlasProjectId", "0123456789abcdef01234567", "atlasOrgId", ""));
        assertThat(existing.ofType("mongodbatlas:index/project:Project")).isEmpty();
        assertThat(existing.get(CLUSTER, "mongo-cluster").text("projectId")).isEqualTo("0123456789abcdef01234567");
        assertThat(existing.get("mongodbatlas:index/databaseUser:DatabaseUser", "mongo-user").text("projectId"))
                .isEqualTo("0123456789abcdef01234567");
        assertThat(existing.outputs().get("mongoProjectId").asText()).isEqualTo("0123456789abcdef01234567");
    }

    @Test
    void theConnectionStringUsesThisStacksPrivateEndpointTheDatabaseAndMajorityWrites() {
        assertThat(connectionString(Map.of())).isEqualTo("mongodb+srv://overleaf-ha-dev:generated-at-deploy-mongo-user-password"
                + "@mongo-endpoint-id.overleaf-ha-dev.mongodb.net/sharelatex?retryWrites=true&w=majority");
    }

    @Test
    void withAnIpAccessListTheConnectionStringUsesThePublicSrvHost() {
        assertThat(connectionString(Map.of("mongoConnectivity", "ipAccessList", "mongoDatabaseName", "overleaf")))
                .isEqualTo("mongodb+srv://overleaf-ha-dev:generated-at-deploy-mongo-user-password"
                        + "@overleaf-ha-dev.mongodb.net/overleaf?retryWrites=true&w=majority");
    }

    @Test
    void theConnectionStringIsSecretWhereverItGoes() {
        assertThat(plan.outputs().get("mongoConnectionString").asText()).isEqualTo("[secret]");
        assertThat(plan.outputs().get("mongoClusterName").asText()).isEqualTo("overleaf-ha-dev");
        assertThat(plan.outputs().get("mongoProjectId").asText()).isEqualTo("mongo-project-id");
        assertThat(plan.outputs().get("sharedSecretVariables")).extracting(JsonNode::asText).contains(SecretVariables.MONGO_URL);
        assertThat(plan.get("aws:secretsmanager/secretVersion:SecretVersion", "secret-store-environment").text("secretString"))
                .isEqualTo("[secret]");
    }

    /** The component's connection string in clear, read on the mock engine. */
    private static String connectionString(Map<String, String> overrides) {
        StackConfig config = TestStacks.dev(overrides);
        StackTags tags = StackTags.of(config);
        var value = new AtomicReference<String>();
        TestPlans.run(config.project(), config.stack(), TestStacks.aws(config).network().region(), ctx -> {
            var network = new Network("network", TestStacks.aws(config).network(), tags, null);
            var mongo = new MongoAtlas("mongo", new MongoAtlas.Args(config, TestStacks.aws(config), network.vpcId(),
                    network.natPublicIps(), network.privateSubnetIds(), network.privateSubnetZones(),
                    Output.of("sg-atlas"), tags), null);
            ctx.export("connectionString", mongo.secretEnvironment().get(SecretVariables.MONGO_URL).applyValue(url -> {
                value.set(url);
                return url;
            }));
        });
        return value.get();
    }
}
