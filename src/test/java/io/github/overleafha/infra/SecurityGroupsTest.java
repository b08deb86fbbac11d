package io.github.overleafha.infra;

import io.github.overleafha.TestStacks;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityGroupsTest {

    private static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.devPlan(Map.of("allowedIngressCidrs", "[\"192.0.2.0/24\",\"198.51.100.0/24\"]"));
    }

    private static List<PlannedResource> ingressInto(String group) {
        return plan.ofType(INGRESS).stream().filter(rule -> ("security-groups-" + group + "-id").equals(rule.text("securityGroupId"))).toList();
    }

    @Test
    void clientsReachOnlyTheLoadBalancerOn443And80FromTheConfiguredNetworks() {
        assertThat(ingressInto("load-balancer")).extracting(r -> r.text("cidrIpv4") + ":" + r.input("fromPort").asInt())
                .containsExactlyInAnyOrder("192.0.2.0/24:443", "192.0.2.0/24:80", "198.51.100.0/24:443", "198.51.100.0/24:80");
        assertThat(plan.ofType(INGRESS)).filteredOn(r -> r.text("cidrIpv4") != null)
                .allSatisfy(r -> assertThat(r.text("securityGroupId")).isEqualTo("security-groups-load-balancer-id"));
    }

    @Test
    void nodesAcceptHttpFromTheLoadBalancerAndGitBridgeTrafficFromEachOtherOnly() {
        assertThat(ingressInto("nodes")).extracting(r -> r.text("referencedSecurityGroupId") + ":" + r.input("fromPort").asInt())
                .containsExactlyInAnyOrder("security-groups-load-balancer-id:80", "security-groups-nodes-id:8000");
    }

    @Test
    void redisAndTheAtlasEndpointAcceptOnlyTheNodes() {
        assertThat(ingressInto("redis")).singleElement().satisfies(rule -> {
            assertThat(rule.text("referencedSecurityGroupId")).isEqualTo("security-groups-nodes-id");
            assertThat(rule.input("fromPort").asInt()).isEqualTo(6379);
            assertThat(rule.input("toPort").asInt()).isEqualTo(6379);
        });
        assertThat(ingressInto("atlas-endpoint")).singleElement()
                .satisfies(rule -> assertThat(rule.text("referencedSecurityGroupId")).isEqualTo("security-groups-nodes-id"));
    }

    @Test
    void theLoadBalancerMayOnlyTalkToTheNodes() {
        assertThat(plan.ofType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule"))
                .filteredOn(rule -> "security-groups-load-balancer-id".equals(rule.text("securityGroupId")))
                .singleElement().satisfies(rule -> {
                    assertThat(rule.text("referencedSecurityGroupId")).isEqualTo("security-groups-nodes-id");
                    assertThat(rule.input("fromPort").asInt()).isEqualTo(80);
                });
    }

    @Test
    void everyDescriptionUsesOnlyCharactersAwsAccepts() {
        // EC2 rejects group and rule descriptions with other characters (an apostrophe, say) at create time.
        var allowed = Pattern.compile("[A-Za-z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]*");
        assertThat(plan.where(r -> r.type().equals("aws:ec2/securityGroup:SecurityGroup")
                || r.type().startsWith("aws:vpc/securityGroup")))
                .hasSize(14)
                .allSatisfy(r -> assertThat(r.text("description")).matches(allowed));
    }
}
