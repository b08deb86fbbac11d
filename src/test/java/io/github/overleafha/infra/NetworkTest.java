package io.github.overleafha.infra;

import io.github.overleafha.TestStacks;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
import static io.github.overleafha.plan.TestPlans.where;
import static org.assertj.core.api.Assertions.assertThat;

class NetworkTest {

    private static final List<String> ZONES = List.of("eu-west-1a", "eu-west-1b", "eu-west-1c");

    @Test
    void aNewVpcHasPublicAndPrivateSubnetsInEveryZoneCarvedFromItsCidr() {
        Plan plan = TestStacks.devPlan(Map.of("vpcCidr", "10.50.0.0/16"));
        PlannedResource vpc = get(plan, "aws:ec2/vpc:Vpc", "network-vpc");
        assertThat(text(vpc, "cidrBlock")).isEqualTo("10.50.0.0/16");
        assertThat(input(vpc, "enableDnsHostnames").asBoolean()).isTrue();
        assertThat(input(vpc, "enableDnsSupport").asBoolean()).isTrue();
        List<String> privateCidrs = List.of("10.50.0.0/19", "10.50.32.0/19", "10.50.64.0/19");
        List<String> publicCidrs = List.of("10.50.224.0/22", "10.50.228.0/22", "10.50.232.0/22");
        for (int i = 0; i < ZONES.size(); i++) {
            String zone = ZONES.get(i);
            PlannedResource privateSubnet = get(plan, "aws:ec2/subnet:Subnet", "network-private-" + zone);
            assertThat(text(privateSubnet, "availabilityZone")).isEqualTo(zone);
            assertThat(text(privateSubnet, "cidrBlock")).isEqualTo(privateCidrs.get(i));
            assertThat(input(privateSubnet, "mapPublicIpOnLaunch").asBoolean()).isFalse();
            PlannedResource publicSubnet = get(plan, "aws:ec2/subnet:Subnet", "network-public-" + zone);
            assertThat(text(publicSubnet, "cidrBlock")).isEqualTo(publicCidrs.get(i));
            assertThat(text(get(plan, "aws:ec2/routeTableAssociation:RouteTableAssociation", "network-public-" + zone), "routeTableId")).isEqualTo("network-public-id");
        }
        assertThat(text(get(plan, "aws:ec2/route:Route", "network-public-default"), "gatewayId")).isEqualTo("network-igw-id");
    }

    @Test
    void perZoneNatGatewaysKeepEachZonesEgressInTheZone() {
        Plan plan = TestStacks.devPlan(Map.of("natGateways", "perAz"));
        assertThat(ofType(plan, "aws:ec2/natGateway:NatGateway")).hasSize(3);
        for (String zone : ZONES) {
            assertThat(text(get(plan, "aws:ec2/natGateway:NatGateway", "network-nat-" + zone), "subnetId"))
                    .isEqualTo("network-public-" + zone + "-id");
            assertThat(text(get(plan, "aws:ec2/route:Route", "network-private-" + zone + "-default"), "natGatewayId"))
                    .isEqualTo("network-nat-" + zone + "-id");
        }
    }

    @Test
    void aSingleNatGatewayServesEveryZone() {
        Plan plan = TestStacks.devPlan(Map.of("natGateways", "single"));
        assertThat(ofType(plan, "aws:ec2/natGateway:NatGateway")).singleElement()
                .satisfies(nat -> assertThat(text(nat, "subnetId")).isEqualTo("network-public-eu-west-1a-id"));
        assertThat(ofType(plan, "aws:ec2/eip:Eip")).singleElement()
                .satisfies(eip -> assertThat(text(eip, "domain")).isEqualTo("vpc"));
        for (String zone : ZONES) {
            assertThat(text(get(plan, "aws:ec2/route:Route", "network-private-" + zone + "-default"), "natGatewayId"))
                    .isEqualTo("network-nat-eu-west-1a-id");
        }
    }

    @Test
    void s3TrafficFromPrivateSubnetsUsesAGatewayEndpoint() {
        PlannedResource endpoint = get(TestStacks.devPlan(), "aws:ec2/vpcEndpoint:VpcEndpoint", "network-s3");
        assertThat(text(endpoint, "serviceName")).isEqualTo("com.amazonaws.eu-west-1.s3");
        assertThat(text(endpoint, "vpcEndpointType")).isEqualTo("Gateway");
        assertThat(input(endpoint, "routeTableIds")).extracting(node -> node.asText()).containsExactly(
                "network-private-eu-west-1a-id", "network-private-eu-west-1b-id", "network-private-eu-west-1c-id");
    }

    @Test
    void anExistingVpcIsUsedAsItIs() {
        Plan plan = TestStacks.devPlan(Map.of(
                "availabilityZones", "[]",
                "existingVpcId", "vpc-0123456789abcdef0",
                "existingPublicSubnetIds", "subnet-0000000000000000a,subnet-0000000000000000b",
                "existingPrivateSubnetIds", "subnet-0000000000000000c,subnet-0000000000000000d"));
        assertThat(where(plan, r -> "network".equals(r.parent()))).isEmpty();
        assertThat(plan.outputs().get("vpcId").asText()).isEqualTo("vpc-0123456789abcdef0");
        assertThat(plan.outputs().get("privateSubnetIds")).extracting(node -> node.asText())
                .containsExactly("subnet-0000000000000000c", "subnet-0000000000000000d");
    }
}
