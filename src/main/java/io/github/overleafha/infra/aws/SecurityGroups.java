package io.github.overleafha.infra.aws;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every firewall rule of the stack in one place, so a reviewer sees who may talk to whom: clients reach only the
 * load balancer; the load balancer reaches only the nodes' port 80; only nodes reach git-bridge, Redis and Atlas.
 */
public final class SecurityGroups extends Component {

    public static final int HTTP = 80;
    public static final int HTTPS = 443;
    /** Atlas PrivateLink maps each cluster node to its own port in this range. */
    private static final int ATLAS_FIRST_PORT = 1024;
    private static final int ATLAS_LAST_PORT = 65535;

    private final SecurityGroup loadBalancer;
    private final SecurityGroup nodes;
    private final SecurityGroup redis;
    private final SecurityGroup atlasEndpoint;

    /**
     * @param clientCidrs the addresses allowed to reach the load balancer (the allowedIngressCidrs key)
     */
    public record Args(Output<String> vpcId, List<String> clientCidrs, StackTags tags) {
    }

    public SecurityGroups(String name, Args args, ComponentResourceOptions options) {
        super("aws:SecurityGroups", name, options);
        Output<String> vpcId = args.vpcId();
        List<String> clientCidrs = args.clientCidrs();
        StackTags tags = args.tags();
        loadBalancer = group("load-balancer", "Overleaf load balancer: HTTPS and HTTP from clients", vpcId, tags);
        nodes = group("nodes", "Overleaf Server Pro nodes: HTTP from the load balancer only", vpcId, tags);
        redis = group("redis", "Overleaf Redis: the nodes only", vpcId, tags);
        atlasEndpoint = group("atlas-endpoint", "Overleaf MongoDB Atlas PrivateLink endpoint: the nodes only", vpcId, tags);

        for (int i = 0; i < clientCidrs.size(); i++) {
            String cidr = clientCidrs.get(i);
            for (int port : List.of(HTTPS, HTTP)) {
                ingress("load-balancer-" + port + "-from-clients-" + i, loadBalancer, port, port,
                        "clients " + cidr, rule -> rule.cidrIpv4(cidr));
            }
        }
        new SecurityGroupEgressRule(childName("load-balancer-to-nodes"), SecurityGroupEgressRuleArgs.builder()
                .securityGroupId(loadBalancer.id())
                .ipProtocol("tcp").fromPort(HTTP).toPort(HTTP)
                .referencedSecurityGroupId(nodes.id())
                .description("to Server Pro on the nodes")
                .build(), child());
        ingress("nodes-http-from-load-balancer", nodes, HTTP, HTTP, "the load balancer",
                rule -> rule.referencedSecurityGroupId(loadBalancer.id()));
        ingress("nodes-git-bridge-from-nodes", nodes, ServerProEnvironment.GIT_BRIDGE_PORT, ServerProEnvironment.GIT_BRIDGE_PORT,
                "git-bridge beside node 1, from the nodes", rule -> rule.referencedSecurityGroupId(nodes.id()));
        // Nodes pull images, reach AWS APIs and (without PrivateLink) Atlas through the NAT gateways.
        new SecurityGroupEgressRule(childName("nodes-to-anywhere"), SecurityGroupEgressRuleArgs.builder()
                .securityGroupId(nodes.id())
                .ipProtocol("-1")
                .cidrIpv4("0.0.0.0/0")
                .description("image pulls, AWS APIs, Atlas, SMTP")
                .build(), child());
        ingress("redis-from-nodes", redis, ServerProEnvironment.Redis.DEFAULT_PORT, ServerProEnvironment.Redis.DEFAULT_PORT,
                "the nodes", rule -> rule.referencedSecurityGroupId(nodes.id()));
        ingress("atlas-endpoint-from-nodes", atlasEndpoint, ATLAS_FIRST_PORT, ATLAS_LAST_PORT, "the nodes",
                rule -> rule.referencedSecurityGroupId(nodes.id()));
        registerOutputs(Map.of("nodes", nodes.id(), "loadBalancer", loadBalancer.id()));
    }

    private SecurityGroup group(String suffix, String description, Output<String> vpcId, StackTags tags) {
        return new SecurityGroup(childName(suffix), SecurityGroupArgs.builder()
                .description(description)
                .vpcId(vpcId)
                .tags(tags(tags, childName(suffix)))
                .build(), child());
    }

    private void ingress(String suffix, SecurityGroup group, int fromPort, int toPort, String from,
                         Consumer<SecurityGroupIngressRuleArgs.Builder> source) {
        var rule = SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(group.id())
                .ipProtocol("tcp").fromPort(fromPort).toPort(toPort)
                .description("from " + from);
        source.accept(rule);
        new SecurityGroupIngressRule(childName(suffix), rule.build(), child());
    }

    public Output<String> loadBalancer() {
        return loadBalancer.id();
    }

    public Output<String> nodes() {
        return nodes.id();
    }

    public Output<String> redis() {
        return redis.id();
    }

    public Output<String> atlasEndpoint() {
        return atlasEndpoint.id();
    }
}
