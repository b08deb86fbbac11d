package io.github.overleafha.infra.aws;

import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.inputs.GetVpcEndpointServiceArgs;
import com.pulumi.aws.ec2.outputs.GetVpcEndpointServiceResult;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.bindings.mongodbatlas.AdvancedCluster;
import io.github.overleafha.bindings.mongodbatlas.AdvancedClusterArgs;
import io.github.overleafha.bindings.mongodbatlas.DatabaseUser;
import io.github.overleafha.bindings.mongodbatlas.DatabaseUserArgs;
import io.github.overleafha.bindings.mongodbatlas.PrivateLinkEndpoint;
import io.github.overleafha.bindings.mongodbatlas.PrivateLinkEndpointArgs;
import io.github.overleafha.bindings.mongodbatlas.PrivateLinkEndpointService;
import io.github.overleafha.bindings.mongodbatlas.PrivateLinkEndpointServiceArgs;
import io.github.overleafha.bindings.mongodbatlas.Project;
import io.github.overleafha.bindings.mongodbatlas.ProjectArgs;
import io.github.overleafha.bindings.mongodbatlas.ProjectIpAccessList;
import io.github.overleafha.bindings.mongodbatlas.ProjectIpAccessListArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AdvancedClusterReplicationSpecArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AdvancedClusterReplicationSpecRegionConfigArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.DatabaseUserRoleArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.DatabaseUserScopeArgs;
import io.github.overleafha.bindings.mongodbatlas.outputs.AdvancedClusterConnectionStrings;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.SecretVariables;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Server Pro's MongoDB on Atlas: a three-node replica set (Server Pro needs transactions) in the stack's region with
 * cloud backups, reached through a PrivateLink interface endpoint in the private subnets, or through Atlas's public
 * endpoint allowing only the NAT gateways' addresses. The connection string, password included, leaves this
 * component only as a secret.
 */
public final class MongoAtlas extends Component {

    private static final String PROVIDER = "AWS";

    private final DatabaseUser databaseUser;
    private final Output<String> projectId;
    private final String clusterName;
    private final String username;
    private final Output<String> connectionString;

    /**
     * @param natPublicIps            the NAT gateways' addresses: Atlas's public endpoint admits only these
     * @param privateSubnetZones      each private subnet's availability zone, in the order of {@code privateSubnetIds}
     * @param endpointSecurityGroupId the PrivateLink endpoint's firewall
     */
    public record Args(StackConfig config, StackConfig.Aws aws, Output<String> vpcId, List<Output<String>> natPublicIps,
                       Output<List<String>> privateSubnetIds, Output<List<String>> privateSubnetZones,
                       Output<String> endpointSecurityGroupId, StackTags tags) {
    }

    public MongoAtlas(String name, Args args, ComponentResourceOptions options) {
        super("aws:MongoAtlas", name, options);
        StackConfig config = args.config();
        StackConfig.Aws aws = args.aws();
        Output<String> endpointSecurityGroupId = args.endpointSecurityGroupId();
        StackTags tags = args.tags();
        StackConfig.Atlas atlas = aws.atlas();
        String region = atlasRegion(aws.network().region());
        // The stack's name, for the project too: one cluster per stack, even in a project shared by several.
        // Its length is checked with the config (StackNames.problems).
        clusterName = config.names().atlasName();
        username = config.names().databaseUser();
        projectId = atlas.projectId().map(Output::of).orElseGet(() -> new Project(childName("project"), ProjectArgs.builder()
                .orgId(atlas.orgId().orElseThrow())
                .name(clusterName)
                .build(), dataChild(aws.retainDataOnDestroy())).id());

        Resource[] clusterDependencies = {};
        VpcEndpoint endpoint = null;
        if (atlas.connectivity() == StackConfig.MongoConnectivity.PRIVATE_LINK) {
            var privateLink = new PrivateLinkEndpoint(childName("private-link"), PrivateLinkEndpointArgs.builder()
                    .projectId(projectId)
                    .providerName(PROVIDER)
                    .region(region)
                    .build(), child());
            endpoint = new VpcEndpoint(childName("endpoint"), VpcEndpointArgs.builder()
                    .vpcId(args.vpcId())
                    .serviceName(privateLink.endpointServiceName())
                    .vpcEndpointType("Interface")
                    .subnetIds(subnetsInZonesOf(privateLink.endpointServiceName(), args))
                    .securityGroupIds(endpointSecurityGroupId.applyValue(List::of))
                    // Atlas publishes the cluster's private host names itself; it does not support private DNS here.
                    .privateDnsEnabled(false)
                    .tags(tags(tags, childName("endpoint")))
                    .build(), child());
            var link = new PrivateLinkEndpointService(childName("endpoint-link"), PrivateLinkEndpointServiceArgs.builder()
                    .projectId(projectId)
                    .privateLinkId(privateLink.privateLinkId())
                    .endpointServiceId(endpoint.id())
                    .providerName(PROVIDER)
                    .build(), child());
            // Atlas reports a cluster's private-endpoint connection strings only for endpoints linked before it
            // reads the cluster, so the cluster comes after the link.
            clusterDependencies = new Resource[]{link};
        } else {
            List<Output<String>> natAddresses = args.natPublicIps();
            for (int i = 0; i < natAddresses.size(); i++) {
                new ProjectIpAccessList(childName("nat-" + (i + 1)), ProjectIpAccessListArgs.builder()
                        .projectId(projectId)
                        .ipAddress(natAddresses.get(i))
                        .comment("NAT gateway " + (i + 1) + " of " + config.project() + "/" + config.stack())
                        .build(), child());
            }
        }

        var cluster = new AdvancedCluster(childName("cluster"), AdvancedClusterArgs.builder()
                .projectId(projectId)
                .name(clusterName)
                .clusterType("REPLICASET")
                .mongoDbMajorVersion(atlas.mongoVersion())
                .backupEnabled(true)
                // Continuous cloud backup, so the runbook's point-in-time restore exists.
                .pitEnabled(true)
                .terminationProtectionEnabled(true)
                .replicationSpecs(AdvancedClusterReplicationSpecArgs.builder()
                        .regionConfigs(AdvancedClusterReplicationSpecRegionConfigArgs.builder()
                                .providerName(PROVIDER)
                                .regionName(region)
                                .priority(7)
                                .electableSpecs(AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs.builder()
                                        .instanceSize(atlas.instanceSize())
                                        .nodeCount(3)
                                        .build())
                                .build())
                        .build())
                .build(), dataChild(aws.retainDataOnDestroy(), clusterDependencies));

        Output<String> password = generatedSecret("user-password");
        String database = config.serverPro().mongoDatabase();
        databaseUser = new DatabaseUser(childName("user"), DatabaseUserArgs.builder()
                .projectId(projectId)
                .username(username)
                .password(password)
                .authDatabaseName("admin")
                .roles(DatabaseUserRoleArgs.builder().roleName("readWrite").databaseName(database).build(),
                        // Server Pro's start-up check reads server parameters (getParameter), which readWrite
                        // does not allow; clusterMonitor does, without write access to anything else.
                        DatabaseUserRoleArgs.builder().roleName("clusterMonitor").databaseName("admin").build())
                .scopes(DatabaseUserScopeArgs.builder().name(clusterName).type("CLUSTER").build())
                .build(), childAfter(cluster));

        Output<String> srv = endpoint == null
                ? cluster.connectionStrings().applyValue(AdvancedClusterConnectionStrings::standardSrv)
                : Output.tuple(cluster.connectionStrings(), endpoint.id())
                        .applyValue(t -> privateEndpointSrv(t.t1, t.t2));
        connectionString = Output.tuple(srv, password)
                .applyValue(t -> serverProUrl(t.t1, username, t.t2, database))
                .asSecret();
        registerOutputs(Map.of("projectId", projectId, "clusterName", Output.of(clusterName)));
    }

    /** Atlas names AWS regions in capitals with underscores: eu-west-1 is EU_WEST_1. */
    private static String atlasRegion(String awsRegion) {
        return awsRegion.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The SRV string of this stack's VPC endpoint; Atlas lists one per endpoint linked to the project. */
    private static String privateEndpointSrv(AdvancedClusterConnectionStrings strings, String vpcEndpointId) {
        return strings.privateEndpoints().stream()
                .filter(p -> p.endpoints().stream().anyMatch(e -> vpcEndpointId.equals(e.endpointId())))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Atlas lists no connection string for VPC endpoint "
                        + vpcEndpointId + " yet; run `pulumi refresh`, then `pulumi up` again"))
                .srvConnectionString();
    }

    /**
     * Server Pro's OVERLEAF_MONGO_URL: the database in the path, majority writes. The user name (a slug) and the
     * password are letters, digits and hyphens only, so they need no escaping.
     */
    private static String serverProUrl(String srvConnectionString, String username, String password, String database) {
        String host = srvConnectionString.replaceFirst("^mongodb\\+srv://", "").replaceFirst("/.*$", "");
        return "mongodb+srv://" + username + ":" + password + "@" + host + "/" + database + "?retryWrites=true&w=majority";
    }

    /**
     * The private subnets in zones where Atlas's endpoint service runs: AWS refuses an interface endpoint in a
     * subnet whose zone the service does not cover, and a region may have more zones than the service.
     */
    private static Output<List<String>> subnetsInZonesOf(Output<String> serviceName, Args args) {
        Output<List<String>> serviceZones = Ec2Functions.getVpcEndpointService(GetVpcEndpointServiceArgs.builder()
                .serviceName(serviceName).build()).applyValue(GetVpcEndpointServiceResult::availabilityZones);
        return Output.tuple(args.privateSubnetIds(), args.privateSubnetZones(), serviceZones).applyValue(t -> {
            List<String> subnets = IntStream.range(0, t.t1.size()).filter(i -> t.t3.contains(t.t2.get(i)))
                    .mapToObj(t.t1::get).toList();
            if (subnets.isEmpty()) {
                throw new IllegalStateException("Atlas's endpoint service runs in " + t.t3 + ", none of the private subnets' zones "
                        + t.t2 + ": use mongoConnectivity ipAccessList, or subnets in those zones");
            }
            return subnets;
        });
    }

    /** Nodes must not boot before their database user exists. */
    public Resource databaseUser() {
        return databaseUser;
    }

    public Output<String> projectId() {
        return projectId;
    }

    public String clusterName() {
        return clusterName;
    }

    /** The connection string with the password; a secret. */
    public Output<String> connectionString() {
        return connectionString;
    }

    /** What the secret store holds for Mongo. */
    public Map<String, Output<String>> secretEnvironment() {
        return Map.of(SecretVariables.MONGO_URL, connectionString);
    }
}
