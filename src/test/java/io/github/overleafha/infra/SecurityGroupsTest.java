package io.github.overleafha.infra;

import io.github.overleafha.TestStacks;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
import static io.github.overleafha.plan.TestPlans.where;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityGroupsTest {

    private static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.devPlan(Map.of("allowedIngressCidrs", "[\"192.0.2.0/24\",\"198.51.100.0/24\"]"));
    }

    private static List<PlannedResource> ingressInto(String group) {
        return ofType(plan, INGRESS).stream().filter(rule -> ("security-groups-" + group + "-id").equals(text(rule, "securityGroupId"))).toList();
    }

    @Test
    void clientsReachOnlyTheLoadBalancerOn443And80FromTheConfiguredNetworks() {
        assertThat(ingressInto("load-balancer")).extracting(r -> text(r, "cidrIpv4") + ":" + input(r, "fromPort").asInt())
                .containsExactlyInAnyOrder("192.0.2.0/24:443", "192.0.2.0/24:80", "198.51.100.0/24:443", "198.51.100.0/24:80");
        assertThat(ofType(plan, INGRESS)).filteredOn(r -> text(r, "cidrIpv4") != null)
                .allSatisfy(r -> assertThat(text(r, "securityGroupId")).isEqualTo("security-groups-load-balancer-id"));
    }

    @Test
    void nodesAcceptHttpFromTheLoadBalancerAndGitBridgeTrafficFromEachOtherOnly() {
        assertThat(ingressInto("nodes")).extracting(r -> text(r, "referencedSecurityGroupId") + ":" + input(r, "fromPort").asInt())
                .containsExactlyInAnyOrder("security-groups-load-balancer-id:80", "security-groups-nodes-id:8000");
    }

    @Test
    void redisAndTheAtlasEndpointAcceptOnlyTheNodes() {
        assertThat(ingressInto("redis")).singleElement().satisfies(rule -> {
            assertThat(text(rule, "referencedSecurityGroupId")).isEqualTo("security-groups-nodes-id");
            assertThat(input(rule, "fromPort").asInt()).isEqualTo(6379);
            assertThat(input(rule, "toPort").asInt()).isEqualTo(6379);
        });
        assertThat(ingressInto("atlas-endpoint")).singleElement()
                .satisfies(rule -> assertThat(text(rule, "referencedSecurityGroupId")).isEqualTo("security-groups-nodes-id"));
    }

    @Test
    void theLoadBalancerMayOnlyTalkToTheNodes() {
        assertThat(ofType(plan, "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule"))
                .filteredOn(rule -> "security-groups-load-balancer-id".equals(text(rule, "securityGroupId")))
                .singleElement().satisfies(rule -> {
                    assertThat(text(rule, "referencedSecurityGroupId")).isEqualTo("security-groups-nodes-id");
                    assertThat(input(rule, "fromPort").asInt()).isEqualTo(80);
                });
    }

    @Test
    void everyDescriptionUsesOnlyCharactersAwsAccepts() {
        // EC2 rejects group and rule descriptions with other characters (an apostrophe, say) at create time.
        var allowed = Pattern.compile("[A-Za-z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]*");
        assertThat(where(plan, r -> r.type().equals("aws:ec2/securityGroup:SecurityGroup")
                || r.type().startsWith("aws:vpc/securityGroup")))
                .hasSize(14)
                .allSatisfy(r -> assertThat(text(r, "description")).matches(allowed));
    }
}
