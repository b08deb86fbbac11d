package io.github.overleafha.infra.aws;

import com.pulumi.aws.acm.Certificate;
import com.pulumi.aws.acm.CertificateArgs;
import com.pulumi.aws.acm.CertificateValidation;
import com.pulumi.aws.acm.CertificateValidationArgs;
import com.pulumi.aws.acm.outputs.CertificateDomainValidationOption;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.ListenerRule;
import com.pulumi.aws.lb.ListenerRuleArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionFixedResponseArgs;
import com.pulumi.aws.lb.inputs.LoadBalancerAccessLogsArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionRedirectArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleActionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleActionFixedResponseArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionPathPatternArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import com.pulumi.aws.lb.inputs.TargetGroupStickinessArgs;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.inputs.RecordAliasArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The guide's load balancer requirements on an ALB: HTTPS with HSTS, HTTP redirected, cookie stickiness for 24 h,
 * WebSockets (native), an idle timeout longer than any compile, {@code /status} health checks, {@code /git/*} to
 * node 1, forwarded headers (added by the ALB), invalid headers dropped; plus access logs and DNS (its alarms are
 * {@link Monitoring}'s). It owns the target
 * groups; the fleet's Auto Scaling groups register their instances in them. In maintenance every request gets a
 * fixed 503 page instead.
 */
public final class LoadBalancer extends Component {

    /** TLS 1.3 and 1.2 with forward secrecy only. */
    static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";
    /** Evaluated before any later rule; the default action serves everything else. */
    static final int GIT_RULE_PRIORITY = 10;
    /** A node being replaced gets this long to finish requests in flight (Server Pro stops within 60 s). */
    private static final int DEREGISTRATION_DELAY_SECONDS = 60;
    private static final String FIXED_RESPONSE = "fixed-response";
    /** 503 tells clients and crawlers to come back later. */
    private static final String MAINTENANCE_STATUS = "503";
    private static final String MAINTENANCE_CONTENT_TYPE = "text/html";
    /** Answered to every request in maintenance (the ALB allows 1024 bytes). */
    static final String MAINTENANCE_PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Maintenance</title>"
            + "</head><body><h1>Down for maintenance</h1><p>The site is being upgraded. Please come back in a few minutes."
            + "</p></body></html>";

    /** What the load balancer takes from the rest of the stack. */
    /**
     * @param accessLogBucket    where the load balancer writes its access logs
     * @param accessLogsWritable what lets it write there: AWS checks that when the load balancer is created
     */
    public record Args(StackConfig config, StackConfig.Aws aws, Output<String> vpcId, Output<List<String>> publicSubnetIds,
                       Output<String> securityGroupId, Output<String> accessLogBucket, Resource accessLogsWritable,
                       StackTags tags) {
    }

    private final com.pulumi.aws.lb.LoadBalancer alb;
    private final TargetGroup nodes;
    private final TargetGroup git;

    public LoadBalancer(String name, Args args, ComponentResourceOptions options) {
        super("aws:LoadBalancer", name, options);
        StackConfig config = args.config();
        StackTags tags = args.tags();
        Output<String> vpcId = args.vpcId();
        boolean maintenance = args.aws().maintenance();
        EdgePolicy edge = config.fleet().edge();
        StackConfig.LoadBalancer settings = args.aws().loadBalancer();
        alb = new com.pulumi.aws.lb.LoadBalancer(childName("alb"), com.pulumi.aws.lb.LoadBalancerArgs.builder()
                .loadBalancerType("application")
                .internal(false)
                .subnets(args.publicSubnetIds())
                .securityGroups(args.securityGroupId().applyValue(List::of))
                .idleTimeout((int) edge.idleTimeout().toSeconds())
                .dropInvalidHeaderFields(true)
                .xffHeaderProcessingMode("append")
                .enableHttp2(true)
                // The site's DNS points at this ALB's name: a mistaken destroy or replacement would take the site
                // off the air until DNS follows. Tearing a stack down turns it off first (docs/runbooks.md).
                .enableDeletionProtection(true)
                .accessLogs(LoadBalancerAccessLogsArgs.builder().enabled(true).bucket(args.accessLogBucket()).build())
                .tags(tags(tags, childName("alb")))
                .build(), childAfter(args.accessLogsWritable()));
        nodes = targetGroup("nodes", edge, vpcId, true, tags);
        git = targetGroup("git", edge, vpcId, false, tags);

        Output<String> certificateArn = settings.certificateArn().map(Output::of)
                .orElseGet(() -> validatedCertificate(config.site().host(), settings.route53ZoneId().orElseThrow(), tags));
        var https = new Listener(childName("https"), ListenerArgs.builder()
                .loadBalancerArn(alb.arn())
                .port(443)
                .protocol("HTTPS")
                .sslPolicy(TLS_POLICY)
                .certificateArn(certificateArn)
                .routingHttpResponseStrictTransportSecurityHeaderValue(edge.hstsHeaderValue())
                .defaultActions(maintenance
                        ? ListenerDefaultActionArgs.builder().type(FIXED_RESPONSE)
                                .fixedResponse(ListenerDefaultActionFixedResponseArgs.builder().statusCode(MAINTENANCE_STATUS)
                                        .contentType(MAINTENANCE_CONTENT_TYPE).messageBody(MAINTENANCE_PAGE).build())
                                .build()
                        : ListenerDefaultActionArgs.builder().type("forward").targetGroupArn(nodes.arn()).build())
                .tags(tags(tags, childName("https")))
                .build(), child());
        new Listener(childName("http"), ListenerArgs.builder()
                .loadBalancerArn(alb.arn())
                .port(80)
                .protocol("HTTP")
                .defaultActions(ListenerDefaultActionArgs.builder()
                        .type("redirect")
                        .redirect(ListenerDefaultActionRedirectArgs.builder()
                                .protocol("HTTPS").port("443").statusCode("HTTP_301").build())
                        .build())
                .tags(tags(tags, childName("http")))
                .build(), child());
        new ListenerRule(childName("git"), ListenerRuleArgs.builder()
                .listenerArn(https.arn())
                .priority(GIT_RULE_PRIORITY)
                .conditions(ListenerRuleConditionArgs.builder()
                        .pathPattern(ListenerRuleConditionPathPatternArgs.builder().values(edge.gitPathPrefix() + "*").build())
                        .build())
                .actions(maintenance
                        ? ListenerRuleActionArgs.builder().type(FIXED_RESPONSE)
                                .fixedResponse(ListenerRuleActionFixedResponseArgs.builder().statusCode(MAINTENANCE_STATUS)
                                        .contentType(MAINTENANCE_CONTENT_TYPE).messageBody(MAINTENANCE_PAGE).build())
                                .build()
                        : ListenerRuleActionArgs.builder().type("forward").targetGroupArn(git.arn()).build())
                .tags(tags(tags, childName("git")))
                .build(), child());

        settings.route53ZoneId().ifPresent(zone -> new Record(childName("site"), RecordArgs.builder()
                .zoneId(zone)
                .name(config.site().host())
                .type("A")
                .aliases(RecordAliasArgs.builder()
                        .name(alb.dnsName()).zoneId(alb.zoneId()).evaluateTargetHealth(true).build())
                .build(), child()));
        registerOutputs(Map.of("dnsName", alb.dnsName(), "zoneId", alb.zoneId()));
    }

    private TargetGroup targetGroup(String suffix, EdgePolicy edge, Output<String> vpcId, boolean sticky, StackTags tags) {
        var args = TargetGroupArgs.builder()
                .vpcId(vpcId)
                .targetType("instance")
                .protocol("HTTP")
                .port(80)
                .deregistrationDelay(DEREGISTRATION_DELAY_SECONDS)
                .healthCheck(TargetGroupHealthCheckArgs.builder()
                        .enabled(true)
                        .path(edge.healthCheckPath())
                        .matcher("200")
                        .interval(10)
                        .timeout(5)
                        .healthyThreshold(2)
                        .unhealthyThreshold(3)
                        .build())
                .tags(tags(tags, childName(suffix)));
        // The editor's session state and compile output live on one node: pin each browser to it.
        args.stickiness(TargetGroupStickinessArgs.builder()
                .enabled(sticky)
                .type("lb_cookie")
                .cookieDuration((int) edge.stickinessDuration().toSeconds())
                .build());
        return new TargetGroup(childName(suffix), args.build(), child());
    }

    /** An ACM certificate for the site's host, validated through a DNS record in the stack's zone. */
    private Output<String> validatedCertificate(String host, String zoneId, StackTags tags) {
        var certificate = new Certificate(childName("certificate"), CertificateArgs.builder()
                .domainName(host)
                .validationMethod("DNS")
                .tags(tags(tags, childName("certificate")))
                .build(), child());
        Function<Function<CertificateDomainValidationOption, Optional<String>>, Output<String>> validation =
                field -> certificate.domainValidationOptions().applyValue(options -> field.apply(options.get(0)).orElseThrow());
        var record = new Record(childName("certificate-validation"), RecordArgs.builder()
                .zoneId(zoneId)
                .name(validation.apply(CertificateDomainValidationOption::resourceRecordName))
                .type("CNAME") // ACM's DNS validation always asks for a CNAME
                .records(validation.apply(CertificateDomainValidationOption::resourceRecordValue).applyValue(List::of))
                .ttl(300)
                .allowOverwrite(true)
                .build(), child());
        return new CertificateValidation(childName("certificate"), CertificateValidationArgs.builder()
                .certificateArn(certificate.arn())
                .validationRecordFqdns(record.fqdn().applyValue(List::of))
                .build(), child()).certificateArn();
    }

    /** Every Server Pro node serves here; the fleet's groups register their instances. */
    public Output<String> nodesTargetGroupArn() {
        return nodes.arn();
    }

    /** {@code /git/*} is served here, by the leader only (git-bridge's sibling). */
    public Output<String> gitTargetGroupArn() {
        return git.arn();
    }

    public Output<String> dnsName() {
        return alb.dnsName();
    }

    public Output<String> zoneId() {
        return alb.zoneId();
    }

    /** The ALB's CloudWatch dimension value (app/name/id). */
    public Output<String> arnSuffix() {
        return alb.arnSuffix();
    }

    /** The target groups' CloudWatch dimension values: "nodes" (every node) and "git" (node 1's /git/). */
    public Map<String, Output<String>> targetGroupArnSuffixes() {
        return Map.of("nodes", nodes.arnSuffix(), "git", git.arnSuffix());
    }
}
