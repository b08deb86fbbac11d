package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.SecretVariables;
import io.github.overleafha.infra.aws.MongoAtlas;
import io.github.overleafha.infra.aws.Network;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlanRunner;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
import static io.github.overleafha.plan.TestPlans.where;
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
        PlannedResource project = get(plan, "mongodbatlas:index/project:Project", "mongo-project");
        assertThat(text(project, "orgId")).isEqualTo("000000000000000000000000");
        assertThat(text(project, "name")).isEqualTo("overleaf-ha-dev");
        assertThat(project.parent()).isEqualTo("mongo");

        PlannedResource cluster = get(plan, CLUSTER, "mongo-cluster");
        assertThat(text(cluster, "projectId")).isEqualTo("mongo-project-id");
        assertThat(text(cluster, "name")).isEqualTo("overleaf-ha-dev");
        assertThat(text(cluster, "clusterType")).isEqualTo("REPLICASET");
        assertThat(text(cluster, "mongoDbMajorVersion")).isEqualTo("8.0");
        assertThat(input(cluster, "replicationSpecs")).hasSize(1);
        assertThat(input(cluster, "replicationSpecs.0.regionConfigs")).hasSize(1);
        JsonNode region = input(cluster, "replicationSpecs.0.regionConfigs.0");
        assertThat(region.path("providerName").asText()).isEqualTo("AWS");
        assertThat(region.path("regionName").asText()).isEqualTo("EU_WEST_1");
        assertThat(region.path("priority").asInt()).isEqualTo(7);
        assertThat(region.path("electableSpecs").path("instanceSize").asText()).isEqualTo("M10");
        assertThat(region.path("electableSpecs").path("nodeCount").asInt()).isEqualTo(3);
    }

    @Test
    void theClusterIsBackedUpAndCannotBeDeletedByMistake() {
        PlannedResource cluster = get(plan, CLUSTER, "mongo-cluster");
        assertThat(input(cluster, "backupEnabled").asBoolean()).isTrue();
        assertThat(input(cluster, "pitEnabled").asBoolean()).as("continuous cloud backup, for point-in-time restore").isTrue();
        assertThat(input(cluster, "terminationProtectionEnabled").asBoolean()).isTrue();
        assertThat(cluster.protect()).isTrue();
    }

    @Test
    void mongoVersionAndInstanceSizeFollowTheConfig() {
        Plan custom = TestStacks.devPlan(Map.of("mongoVersion", "8.2", "atlasInstanceSize", "M40", "aws:region", "us-east-2", "alarmTopicArn", "",
                "availabilityZones", "us-east-2a,us-east-2b"));
        PlannedResource cluster = get(custom, CLUSTER, "mongo-cluster");
        assertThat(text(cluster, "mongoDbMajorVersion")).isEqualTo("8.2");
        assertThat(text(cluster, "replicationSpecs.0.regionConfigs.0.regionName")).isEqualTo("US_EAST_2");
        assertThat(text(cluster, "replicationSpecs.0.regionConfigs.0.electableSpecs.instanceSize")).isEqualTo("M40");
        assertThat(text(get(custom, "mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint", "mongo-private-link"), "region")).isEqualTo("US_EAST_2");
    }

    @Test
    void theDatabaseUserMayWriteServerProsDatabaseAndReadServerParametersOnly() {
        PlannedResource user = get(plan, "mongodbatlas:index/databaseUser:DatabaseUser", "mongo-user");
        assertThat(text(user, "projectId")).isEqualTo("mongo-project-id");
        assertThat(text(user, "username")).isEqualTo("overleaf-ha-dev");
        assertThat(text(user, "password")).isEqualTo("[secret]");
        assertThat(text(user, "authDatabaseName")).isEqualTo("admin");
        assertThat(input(user, "roles")).hasSize(2);
        assertThat(text(user, "roles.0.roleName")).isEqualTo("readWrite");
        assertThat(text(user, "roles.0.databaseName")).isEqualTo("sharelatex");
        assertThat(text(user, "roles.1.roleName")).isEqualTo("clusterMonitor");
        assertThat(text(user, "roles.1.databaseName")).isEqualTo("admin");
        assertThat(input(user, "scopes")).hasSize(1);
        assertThat(text(user, "scopes.0.name")).isEqualTo("overleaf-ha-dev");
        assertThat(text(user, "scopes.0.type")).isEqualTo("CLUSTER");
    }

    @Test
    void thePasswordIsGeneratedFromLettersAndDigits() {
        PlannedResource password = get(plan, "random:index/randomPassword:RandomPassword", "mongo-user-password");
        assertThat(input(password, "length").asInt()).isGreaterThanOrEqualTo(32);
        assertThat(input(password, "special").asBoolean()).isFalse();
        assertThat(password.parent()).isEqualTo("mongo");
    }

    @Test
    void theEndpointLeavesOutSubnetsInZonesAtlasDoesNotServe() {
        // The stand-in endpoint service covers zones a, b and c of the region.
        Plan fourZones = TestStacks.devPlan(Map.of("availabilityZones", "[eu-west-1a, eu-west-1b, eu-west-1d]"));
        assertThat(input(get(fourZones, VPC_ENDPOINT, "mongo-endpoint"), "subnetIds")).extracting(JsonNode::asText)
                .containsExactly("network-private-eu-west-1a-id", "network-private-eu-west-1b-id");
    }

    @Test
    void byDefaultNodesReachAtlasThroughAnInterfaceEndpointInThePrivateSubnets() {
        PlannedResource privateLink = get(plan, "mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint", "mongo-private-link");
        assertThat(text(privateLink, "projectId")).isEqualTo("mongo-project-id");
        assertThat(text(privateLink, "providerName")).isEqualTo("AWS");
        assertThat(text(privateLink, "region")).isEqualTo("EU_WEST_1");

        PlannedResource endpoint = get(plan, VPC_ENDPOINT, "mongo-endpoint");
        assertThat(text(endpoint, "vpcId")).isEqualTo("network-vpc-id");
        assertThat(text(endpoint, "serviceName")).isEqualTo("com.amazonaws.vpce.eu-west-1.vpce-svc-mongo-private-link");
        assertThat(text(endpoint, "vpcEndpointType")).isEqualTo("Interface");
        assertThat(input(endpoint, "subnetIds")).extracting(JsonNode::asText).containsExactly(
                "network-private-eu-west-1a-id", "network-private-eu-west-1b-id", "network-private-eu-west-1c-id");
        assertThat(input(endpoint, "securityGroupIds")).extracting(JsonNode::asText)
                .containsExactly("security-groups-atlas-endpoint-id");
        assertThat(input(endpoint, "privateDnsEnabled").asBoolean()).isFalse();

        PlannedResource link = get(plan, ENDPOINT_LINK, "mongo-endpoint-link");
        assertThat(text(link, "projectId")).isEqualTo("mongo-project-id");
        assertThat(text(link, "privateLinkId")).isEqualTo("mongo-private-link-link");
        assertThat(text(link, "endpointServiceId")).isEqualTo("mongo-endpoint-id");
        assertThat(text(link, "providerName")).isEqualTo("AWS");
        assertThat(ofType(plan, IP_ACCESS_LIST)).isEmpty();
    }

    @Test
    void withAnIpAccessListOnlyTheNatGatewaysAddressesMayConnect() {
        Plan open = TestStacks.devPlan(Map.of("mongoConnectivity", "ipAccessList", "natGateways", "perAz"));
        assertThat(ofType(open, IP_ACCESS_LIST)).extracting(entry -> text(entry, "ipAddress")).containsExactlyInAnyOrder(
                "public-ip-of-network-nat-eu-west-1a", "public-ip-of-network-nat-eu-west-1b", "public-ip-of-network-nat-eu-west-1c");
        assertThat(ofType(open, IP_ACCESS_LIST)).allSatisfy(entry -> {
            assertThat(text(entry, "projectId")).isEqualTo("mongo-project-id");
            assertThat(text(entry, "cidrBlock")).isNull();
            assertThat(entry.parent()).isEqualTo("mongo");
        });
        assertThat(text(get(open, IP_ACCESS_LIST, "mongo-nat-1"), "comment")).isEqualTo("NAT gateway 1 of overleaf-ha/dev");
        assertThat(ofType(open, ENDPOINT_LINK)).isEmpty();
        assertThat(ofType(open, "mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint")).isEmpty();
        assertThat(where(open, r -> r.type().equals(VPC_ENDPOINT) && r.parent().equals("mongo"))).isEmpty();
    }

    @Test
    void anExistingProjectIsUsedAndNoneIsCreated() {
        Plan existing = TestStacks.devPlan(Map.of("atlasProjectId", "0123456789abcdef01234567", "atlasOrgId", ""));
        assertThat(ofType(existing, "mongodbatlas:index/project:Project")).isEmpty();
        assertThat(text(get(existing, CLUSTER, "mongo-cluster"), "projectId")).isEqualTo("0123456789abcdef01234567");
        assertThat(text(get(existing, "mongodbatlas:index/databaseUser:DatabaseUser", "mongo-user"), "projectId"))
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
        assertThat(text(get(plan, "aws:secretsmanager/secretVersion:SecretVersion", "secret-store-environment"), "secretString"))
                .isEqualTo("[secret]");
    }

    /** The component's connection string in clear, read on the mock engine. */
    private static String connectionString(Map<String, String> overrides) {
        StackConfig config = TestStacks.dev(overrides);
        StackTags tags = StackTags.of(config);
        var value = new AtomicReference<String>();
        PlanRunner.run(config.project(), config.stack(), TestStacks.aws(config).network().region(), ctx -> {
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
