package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.overleafha.TestStacks;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
import static org.assertj.core.api.Assertions.assertThat;

class LoadBalancerTest {

    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.devPlan();
    }

    @Test
    void theAlbIsPublicDropsInvalidHeadersAndOutlastsAnyCompile() {
        PlannedResource alb = get(plan, "aws:lb/loadBalancer:LoadBalancer", "load-balancer-alb");
        assertThat(text(alb, "loadBalancerType")).isEqualTo("application");
        assertThat(input(alb, "internal").asBoolean()).isFalse();
        assertThat(input(alb, "idleTimeout").asInt()).isEqualTo(600);
        assertThat(input(alb, "dropInvalidHeaderFields").asBoolean()).isTrue();
        assertThat(input(alb, "enableDeletionProtection").asBoolean()).isTrue();
        assertThat(input(alb, "subnets")).extracting(n -> n.asText())
                .containsExactly("network-public-eu-west-1a-id", "network-public-eu-west-1b-id", "network-public-eu-west-1c-id");
        assertThat(input(alb, "securityGroups")).extracting(n -> n.asText()).containsExactly("security-groups-load-balancer-id");
    }

    @Test
    void nodesKeepConnectionsOpenLongerThanTheAlb() {
        var alb = get(plan, "aws:lb/loadBalancer:LoadBalancer", "load-balancer-alb");
        String userData = TestStacks.userData(plan, "follower");
        assertThat(userData).contains("NGINX_KEEPALIVE_TIMEOUT=" + (input(alb, "idleTimeout").asInt() + 5));
    }

    @Test
    void httpsServesHstsWithAModernPolicyAndHttpRedirects() {
        PlannedResource https = get(plan, "aws:lb/listener:Listener", "load-balancer-https");
        assertThat(input(https, "port").asInt()).isEqualTo(443);
        assertThat(text(https, "protocol")).isEqualTo("HTTPS");
        assertThat(text(https, "sslPolicy")).isEqualTo("ELBSecurityPolicy-TLS13-1-2-2021-06");
        assertThat(text(https, "routingHttpResponseStrictTransportSecurityHeaderValue"))
                .isEqualTo("max-age=63072000; includeSubDomains; preload");
        assertThat(text(https, "defaultActions.0.targetGroupArn")).endsWith("targetgroup/load-balancer-nodes");
        assertThat(text(https, "certificateArn")).isNotBlank();
        PlannedResource http = get(plan, "aws:lb/listener:Listener", "load-balancer-http");
        assertThat(input(http, "port").asInt()).isEqualTo(80);
        assertThat(text(http, "defaultActions.0.type")).isEqualTo("redirect");
        assertThat(text(http, "defaultActions.0.redirect.protocol")).isEqualTo("HTTPS");
        assertThat(text(http, "defaultActions.0.redirect.statusCode")).isEqualTo("HTTP_301");
    }

    @Test
    void browsersStickToOneNodeForADayAndHealthIsStatus() {
        PlannedResource nodes = get(plan, "aws:lb/targetGroup:TargetGroup", "load-balancer-nodes");
        assertThat(input(nodes, "port").asInt()).isEqualTo(80);
        assertThat(text(nodes, "stickiness.type")).isEqualTo("lb_cookie");
        assertThat(input(nodes, "stickiness.enabled").asBoolean()).isTrue();
        assertThat(input(nodes, "stickiness.cookieDuration").asInt()).isEqualTo(86400);
        assertThat(text(nodes, "healthCheck.path")).isEqualTo("/status");
        assertThat(text(nodes, "healthCheck.matcher")).isEqualTo("200");
    }

    @Test
    void gitPathsGoToNodeOneOnly() {
        PlannedResource rule = get(plan, "aws:lb/listenerRule:ListenerRule", "load-balancer-git");
        assertThat(input(rule, "conditions.0.pathPattern.values")).extracting(n -> n.asText()).containsExactly("/git/*");
        assertThat(text(rule, "actions.0.targetGroupArn")).endsWith("targetgroup/load-balancer-git");
        // The groups register their instances: only the leader's group is in the git target group.
        assertThat(ofType(plan, "aws:autoscaling/group:Group"))
                .filteredOn(group -> input(group, "targetGroupArns").toString().contains("targetgroup/load-balancer-git"))
                .extracting(PlannedResource::name).containsExactly("fleet-leader");
        assertThat(ofType(plan, "aws:autoscaling/group:Group"))
                .filteredOn(group -> input(group, "targetGroupArns").toString().contains("targetgroup/load-balancer-nodes"))
                .extracting(PlannedResource::name).containsExactly("fleet-followers", "fleet-leader");
    }

    @Test
    void inMaintenanceEveryRequestGetsTheMaintenancePage() {
        Plan maintenance = TestStacks.devPlan(Map.of("maintenance", "true"));
        PlannedResource https = get(maintenance, "aws:lb/listener:Listener", "load-balancer-https");
        PlannedResource git = get(maintenance, "aws:lb/listenerRule:ListenerRule", "load-balancer-git");
        for (JsonNode action : List.of(input(https, "defaultActions.0"), input(git, "actions.0"))) {
            assertThat(action.path("type").asText()).isEqualTo("fixed-response");
            assertThat(action.path("fixedResponse").path("statusCode").asText()).isEqualTo("503");
            assertThat(action.path("fixedResponse").path("contentType").asText()).isEqualTo("text/html");
            assertThat(action.path("fixedResponse").path("messageBody").asText()).contains("maintenance")
                    .hasSizeLessThanOrEqualTo(1024);
            assertThat(action.has("targetGroupArn")).isFalse();
        }
        assertThat(text(https, "routingHttpResponseStrictTransportSecurityHeaderValue")).startsWith("max-age=");
        assertThat(text(get(maintenance, "aws:lb/listener:Listener", "load-balancer-http"), "defaultActions.0.type")).isEqualTo("redirect");
    }

    @Test
    void aCertificateIsCreatedAndValidatedInTheZoneAndTheSiteGetsAnAlias() {
        assertThat(text(get(plan, "aws:acm/certificate:Certificate", "load-balancer-certificate"), "domainName"))
                .isEqualTo("overleaf-dev.example.edu");
        PlannedResource validation = get(plan, "aws:route53/record:Record", "load-balancer-certificate-validation");
        assertThat(text(validation, "zoneId")).isEqualTo("Z00000000000000000000");
        assertThat(text(validation, "type")).isEqualTo("CNAME");
        PlannedResource alias = get(plan, "aws:route53/record:Record", "load-balancer-site");
        assertThat(text(alias, "name")).isEqualTo("overleaf-dev.example.edu");
        assertThat(text(alias, "type")).isEqualTo("A");
        assertThat(text(alias, "aliases.0.name")).isEqualTo(plan.outputs().get("loadBalancerDnsName").asText());
        assertThat(plan.outputs().get("loadBalancerZoneId").asText()).isEqualTo(text(alias, "aliases.0.zoneId"));
    }

    @Test
    void aGivenCertificateIsUsedAsItIs() {
        String arn = "arn:aws:acm:eu-west-1:111122223333:certificate/0123abcd-0123-4567-89ab-0123456789ab";
        Plan withCertificate = TestStacks.devPlan(Map.of("certificateArn", arn, "route53ZoneId", ""));
        assertThat(ofType(withCertificate, "aws:acm/certificate:Certificate")).isEmpty();
        assertThat(ofType(withCertificate, "aws:route53/record:Record")).extracting(PlannedResource::name)
                .containsExactly("fleet-git-bridge");
        assertThat(text(get(withCertificate, "aws:lb/listener:Listener", "load-balancer-https"), "certificateArn")).isEqualTo(arn);
    }
}
