package io.github.overleafha.infra.aws;

import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.NatGateway;
import com.pulumi.aws.ec2.NatGatewayArgs;
import com.pulumi.aws.ec2.Route;
import com.pulumi.aws.ec2.RouteArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.ec2.inputs.GetSubnetArgs;
import com.pulumi.aws.ec2.outputs.GetSubnetResult;
import com.pulumi.aws.ec2.outputs.GetVpcResult;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.github.overleafha.config.ConfigProblem;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.Ipv4Cidr;
import io.github.overleafha.core.NetworkLayout;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stack's network: a new VPC with public subnets (load balancer, NAT) and private subnets (nodes, Redis,
 * endpoints) in every configured zone, NAT egress and an S3 gateway endpoint; or an operator's existing VPC.
 */
public final class Network extends Component {

    private final Output<String> vpcId;
    private final List<Output<String>> publicSubnetIds = new ArrayList<>();
    private final List<Output<String>> privateSubnetIds = new ArrayList<>();
    private final List<Output<String>> publicSubnetCidrs = new ArrayList<>();
    private final List<Output<String>> privateSubnetZones = new ArrayList<>();
    private final List<Output<String>> natPublicIps = new ArrayList<>();

    public Network(String name, StackConfig.Network config, StackTags tags, ComponentResourceOptions options) {
        super("aws:Network", name, options);
        if (config.existing().isPresent()) {
            // Checked before anything was declared (AwsStack, requireResolvingPrivateZones).
            vpcId = Output.of(config.existing().get().vpcId());
            useExisting(config.existing().get());
        } else {
            vpcId = createVpc(config, tags);
        }
        registerOutputs(Map.of("vpcId", vpcId, "publicSubnetIds", publicSubnetIds(), "privateSubnetIds", privateSubnetIds()));
    }

    /**
     * Refuses an existing VPC that cannot resolve the stack's private zone (git-bridge's name): Route 53 answers a
     * private hosted zone's names only in a VPC with DNS support and DNS hostnames on, and a VPC made through the API
     * has DNS hostnames off. The stack function calls it with the VPC looked up by a plain invoke before it declares
     * anything, so even `pulumi up --skip-preview` creates nothing rather than leaving git unreachable.
     */
    public static void requireResolvingPrivateZones(String project, GetVpcResult vpc) {
        if (!Boolean.TRUE.equals(vpc.enableDnsSupport()) || !Boolean.TRUE.equals(vpc.enableDnsHostnames())) {
            throw new InvalidConfigException(List.of(new ConfigProblem(project + ":existingVpcId", vpc.id(),
                    "the VPC has DNS support " + onOff(vpc.enableDnsSupport()) + " and DNS hostnames "
                            + onOff(vpc.enableDnsHostnames()) + ": the nodes reach git-bridge by a name in the stack's"
                            + " private Route 53 zone, which resolves only with both on",
                    "turn them on (aws ec2 modify-vpc-attribute --vpc-id " + vpc.id() + " --enable-dns-support;"
                            + " the same with --enable-dns-hostnames), or name another VPC")));
        }
    }

    private static String onOff(Boolean enabled) {
        return Boolean.TRUE.equals(enabled) ? "on" : "off";
    }

    private void useExisting(StackConfig.ExistingNetwork existing) {
        existing.publicSubnetIds().forEach(id -> {
            publicSubnetIds.add(Output.of(id));
            // The nodes trust forwarded headers only from the load balancer's subnets, so their CIDRs are looked up.
            publicSubnetCidrs.add(Ec2Functions.getSubnet(GetSubnetArgs.builder().id(id).build())
                    .applyValue(GetSubnetResult::cidrBlock));
        });
        existing.privateSubnetIds().forEach(id -> {
            privateSubnetIds.add(Output.of(id));
            privateSubnetZones.add(Ec2Functions.getSubnet(GetSubnetArgs.builder().id(id).build())
                    .applyValue(GetSubnetResult::availabilityZone));
        });
    }

    private Output<String> createVpc(StackConfig.Network config, StackTags tags) {
        List<String> zones = config.availabilityZones();
        NetworkLayout layout = NetworkLayout.carve(config.vpcCidr(), zones.size());
        var vpc = new Vpc(childName("vpc"), VpcArgs.builder()
                .cidrBlock(layout.vpc().toString())
                .enableDnsSupport(true)
                .enableDnsHostnames(true) // interface endpoints (Atlas PrivateLink) need private DNS
                .tags(tags(tags, childName("vpc")))
                .build(), child());
        var internetGateway = new InternetGateway(childName("igw"), InternetGatewayArgs.builder()
                .vpcId(vpc.id())
                .tags(tags(tags, childName("igw")))
                .build(), child());
        var publicRoutes = new RouteTable(childName("public"), RouteTableArgs.builder()
                .vpcId(vpc.id())
                .tags(tags(tags, childName("public")))
                .build(), child());
        new Route(childName("public-default"), RouteArgs.builder()
                .routeTableId(publicRoutes.id())
                .destinationCidrBlock("0.0.0.0/0")
                .gatewayId(internetGateway.id())
                .build(), child());

        List<NatGateway> natGateways = new ArrayList<>();
        List<Output<String>> privateRouteTableIds = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            String zone = zones.get(i);
            Subnet publicSubnet = subnet("public-" + zone, vpc, zone, layout.publicSubnets().get(i), "public", tags);
            new RouteTableAssociation(childName("public-" + zone), RouteTableAssociationArgs.builder()
                    .subnetId(publicSubnet.id())
                    .routeTableId(publicRoutes.id())
                    .build(), child());
            publicSubnetIds.add(publicSubnet.id());
            publicSubnetCidrs.add(Output.of(layout.publicSubnets().get(i).toString()));

            if (i == 0 || config.natGateways() == StackConfig.NatGateways.PER_AZ) {
                var address = new Eip(childName("nat-" + zone), EipArgs.builder()
                        .domain("vpc")
                        .tags(tags(tags, childName("nat-" + zone)))
                        .build(), child());
                natPublicIps.add(address.publicIp());
                natGateways.add(new NatGateway(childName("nat-" + zone), NatGatewayArgs.builder()
                        .allocationId(address.id())
                        .subnetId(publicSubnet.id())
                        .tags(tags(tags, childName("nat-" + zone)))
                        .build(), childAfter(internetGateway)));
            }

            Subnet privateSubnet = subnet("private-" + zone, vpc, zone, layout.privateSubnets().get(i), "private", tags);
            var privateRoutes = new RouteTable(childName("private-" + zone), RouteTableArgs.builder()
                    .vpcId(vpc.id())
                    .tags(tags(tags, childName("private-" + zone)))
                    .build(), child());
            new Route(childName("private-" + zone + "-default"), RouteArgs.builder()
                    .routeTableId(privateRoutes.id())
                    .destinationCidrBlock("0.0.0.0/0")
                    .natGatewayId(natGateways.get(natGateways.size() - 1).id())
                    .build(), child());
            new RouteTableAssociation(childName("private-" + zone), RouteTableAssociationArgs.builder()
                    .subnetId(privateSubnet.id())
                    .routeTableId(privateRoutes.id())
                    .build(), child());
            privateSubnetIds.add(privateSubnet.id());
            privateSubnetZones.add(Output.of(zone));
            privateRouteTableIds.add(privateRoutes.id());
        }

        // S3 traffic (every file and history read) stays off the NAT gateways: cheaper and never throttled there.
        new VpcEndpoint(childName("s3"), VpcEndpointArgs.builder()
                .vpcId(vpc.id())
                .serviceName("com.amazonaws." + config.region() + ".s3")
                .vpcEndpointType("Gateway")
                .routeTableIds(Output.all(privateRouteTableIds))
                .tags(tags(tags, childName("s3")))
                .build(), child());
        return vpc.id();
    }

    private Subnet subnet(String suffix, Vpc vpc, String zone, Ipv4Cidr cidr, String tier, StackTags tags) {
        var subnetTags = tags(tags, childName(suffix));
        subnetTags.put("overleaf-ha:tier", tier);
        return new Subnet(childName(suffix), SubnetArgs.builder()
                .vpcId(vpc.id())
                .availabilityZone(zone)
                .cidrBlock(cidr.toString())
                .mapPublicIpOnLaunch(false)
                .tags(subnetTags)
                .build(), child());
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public Output<List<String>> publicSubnetIds() {
        return Output.all(publicSubnetIds);
    }

    public Output<List<String>> privateSubnetIds() {
        return Output.all(privateSubnetIds);
    }

    /** The zone of each private subnet, in the same order. */
    public Output<List<String>> privateSubnetZones() {
        return Output.all(privateSubnetZones);
    }

    /**
     * The addresses the private subnets reach the internet from; empty for an existing VPC, whose NAT this program
     * does not know. One output per address, so callers can declare a resource for each.
     */
    public List<Output<String>> natPublicIps() {
        return List.copyOf(natPublicIps);
    }

    /** The load balancer's subnets: the only sources whose X-Forwarded-* headers the nodes trust. */
    public Output<List<String>> publicSubnetCidrs() {
        return Output.all(publicSubnetCidrs);
    }
}
