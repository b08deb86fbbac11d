package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.overleafha.TestStacks;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LoadBalancerTest {

    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.devPlan();
    }

    @Test
    void theAlbIsPublicDropsInvalidHeadersAndOutlastsAnyCompile() {
        PlannedResource alb = plan.get("aws:lb/loadBalancer:LoadBalancer", "load-balancer-alb");
        assertThat(alb.text("loadBalancerType")).isEqualTo("application");
        assertThat(alb.input("internal").asBoolean()).isFalse();
        assertThat(alb.input("idleTimeout").asInt()).isEqualTo(600);
        assertThat(alb.input("dropInvalidHeaderFields").asBoolean()).isTrue();
        assertThat(alb.input("enableDeletionProtection").asBoolean()).isTrue();
        assertThat(alb.input("subnets")).extracting(n -> n.asText())
                .containsExactly("network-public-eu-west-1a-id", "network-public-eu-west-1b-id", "network-public-eu-west-1c-id");
        assertThat(alb.input("securityGroups")).extracting(n -> n.asText()).containsExactly("security-groups-load-balancer-id");
    }

    @Test
    void nodesKeepConnectionsOpenLongerThanTheAlb() {
        var alb = plan.get("aws:lb/loadBalancer:LoadBalancer", "load-balancer-alb");
        String userData = TestStacks.userData(plan, "follower");
        assertThat(userData).contains("NGINX_KEEPALIVE_TIMEOUT=" + (alb.input("idleTimeout").asInt() + 5));
    }

    @Test
    void httpsServesHstsWithAModernPolicyAndHttpRedirects() {
        PlannedResource https = plan.get("aws:lb/listener:Listener", "load-balancer-https");
        assertThat(https.input("port").asInt()).isEqualTo(443);
        assertThat(https.text("protocol")).isEqualTo("HTTPS");
        assertThat(https.text("sslPolicy")).isEqualTo("ELBSecurityPolicy-TLS13-1-2-2021-06");
        assertThat(https.text("routingHttpResponseStrictTransportSecurityHeaderValue"))
                .isEqualTo("max-age=63072000; includeSubDomains; preload");
        assertThat(https.text("defaultActions.0.targetGroupArn")).endsWith("targetgroup/load-balancer-nodes");
        assertThat(https.text("certificateArn")).isNotBlank();
        PlannedResource http = plan.get("aws:lb/listener:Listener", "load-balancer-http");
        assertThat(http.input("port").asInt()).isEqualTo(80);
        assertThat(http.text("defaultActions.0.type")).isEqualTo("redirect");
        assertThat(http.text("defaultActions.0.redirect.protocol")).isEqualTo("HTTPS");
        assertThat(http.text("defaultActions.0.redirect.statusCode")).isEqualTo("HTTP_301");
    }

    @Test
    void browsersStickToOneNodeForADayAndHealthIsStatus() {
        PlannedResource nodes = plan.get("aws:lb/targetGroup:TargetGroup", "load-balancer-nodes");
        assertThat(nodes.input("port").asInt()).isEqualTo(80);
        assertThat(nodes.text("stickiness.type")).isEqualTo("lb_cookie");
        assertThat(nodes.input("stickiness.enabled").asBoolean()).isTrue();
        assertThat(nodes.input("stickiness.cookieDuration").asInt()).isEqualTo(86400);
        assertThat(nodes.text("healthCheck.path")).isEqualTo("/status");
        assertThat(nodes.text("healthCheck.matcher")).isEqualTo("200");
    }

    @Test
    void gitPathsGoToNodeOneOnly() {
        PlannedResource rule = plan.get("aws:lb/listenerRule:ListenerRule", "load-balancer-git");
        assertThat(rule.input("conditions.0.pathPattern.values")).extracting(n -> n.asText()).containsExactly("/git/*");
        assertThat(rule.text("actions.0.targetGroupArn")).endsWith("targetgroup/load-balancer-git");
        // The groups register their instances: only the leader's group is in the git target group.
        assertThat(plan.ofType("aws:autoscaling/group:Group"))
                .filteredOn(group -> group.input("targetGroupArns").toString().contains("targetgroup/load-balancer-git"))
                .extracting(PlannedResource::name).containsExactly("fleet-leader");
        assertThat(plan.ofType("aws:autoscaling/group:Group"))
                .filteredOn(group -> group.input("targetGroupArns").toString().contains("targetgroup/load-balancer-nodes"))
                .extracting(PlannedResource::name).containsExactly("fleet-followers", "fleet-leader");
    }

    @Test
    void inMaintenanceEveryRequestGetsTheMaintenancePage() {
        Plan maintenance = TestStacks.devPlan(Map.of("maintenance", "true"));
        PlannedResource https = maintenance.get("aws:lb/listener:Listener", "load-balancer-https");
        PlannedResource git = maintenance.get("aws:lb/listenerRule:ListenerRule", "load-balancer-git");
        for (JsonNode action : List.of(https.input("defaultActions.0"), git.input("actions.0"))) {
            assertThat(action.path("type").asText()).isEqualTo("fixed-response");
            assertThat(action.path("fixedResponse").path("statusCode").asText()).isEqualTo("503");
            assertThat(action.path("fixedResponse").path("contentType").asText()).isEqualTo("text/html");
            assertThat(action.path("fixedResponse").path("messageBody").asText()).contains("maintenance")
                    .hasSizeLessThanOrEqualTo(1024);
            assertThat(action.has("targetGroupArn")).isFalse();
        }
        assertThat(https.text("routingHttpResponseStrictTransportSecurityHeaderValue")).startsWith("max-age=");
        assertThat(maintenance.get("aws:lb/listener:Listener", "load-balancer-http").text("defaultActions.0.type")).isEqualTo("redirect");
    }

    @Test
    void aCertificateIsCreatedAndValidatedInTheZoneAndTheSiteGetsAnAlias() {
        assertThat(plan.get("aws:acm/certificate:Certificate", "load-balancer-certificate").text("domainName"))
                .isEqualTo("overleaf-dev.example.edu");
        PlannedResource validation = plan.get("aws:route53/record:Record", "load-balancer-certificate-validation");
        assertThat(validation.text("zoneId")).isEqualTo("Z00000000000000000000");
        assertThat(validation.text("type")).isEqualTo("CNAME");
        PlannedResource alias = plan.get("aws:route53/record:Record", "load-balancer-site");
        assertThat(alias.text("name")).isEqualTo("overleaf-dev.example.edu");
        assertThat(alias.text("type")).isEqualTo("A");
        assertThat(alias.text("aliases.0.name")).isEqualTo(plan.outputs().get("loadBalancerDnsName").asText());
        assertThat(plan.outputs().get("loadBalancerZoneId").asText()).isEqualTo(alias.text("aliases.0.zoneId"));
    }

    @Test
    void aGivenCertificateIsUsedAsItIs() {
        String arn = "arn:aws:acm:eu-west-1:111122223333:certificate/0123abcd-0123-4567-89ab-0123456789ab";
        Plan withCertificate = TestStacks.devPlan(Map.of("certificateArn", arn, "route53ZoneId", ""));
        assertThat(withCertificate.ofType("aws:acm/certificate:Certificate")).isEmpty();
        assertThat(withCertificate.ofType("aws:route53/record:Record")).extracting(PlannedResource::name)
                .containsExactly("fleet-git-bridge");
        assertThat(withCertificate.get("aws:lb/listener:Listener", "load-balancer-https").text("certificateArn")).isEqualTo(arn);
    }
}
