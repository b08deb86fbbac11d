package io.github.overleafha.plan;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every input of the dev stack's resources that a first preview cannot know, by resource type and input key, each
 * with why: a value a provider (AWS, Atlas, random) assigns only when it creates some resource, named here. What the
 * program can build from names, config and invokes (ARNs of auto-named resources, bucket names, the user data, every
 * policy document) is not here and must stay known: FirstPreviewTest fails on any input missing from this list.
 */
final class DevFirstPreviewUnknowns {

    /** "type input" to why. */
    static final SortedMap<String, String> WHY;

    private static final String VPC = "the new VPC's id (EC2 assigns it on create)";
    private static final String SUBNETS = "the new subnets' ids (EC2 assigns them on create)";
    private static final String ROUTE_TABLES = "the new route tables' ids (EC2 assigns them on create)";
    private static final String SECURITY_GROUPS = "the new security groups' ids (EC2 assigns them on create)";
    private static final String ATLAS_PROJECT = "the Atlas project's id (Atlas assigns it on create)";

    static {
        SortedMap<String, String> why = new TreeMap<>();
        // The network: everything hangs on the new VPC, its subnets and route tables.
        why.put("aws:ec2/subnet:Subnet vpcId", VPC);
        why.put("aws:ec2/internetGateway:InternetGateway vpcId", VPC);
        why.put("aws:ec2/routeTable:RouteTable vpcId", VPC);
        why.put("aws:ec2/securityGroup:SecurityGroup vpcId", VPC);
        why.put("aws:ec2/vpcEndpoint:VpcEndpoint vpcId", VPC);
        why.put("aws:lb/targetGroup:TargetGroup vpcId", VPC);
        why.put("aws:route53/zone:Zone vpcs", VPC + ", which the private zone is associated with");
        why.put("aws:ec2/routeTableAssociation:RouteTableAssociation subnetId", SUBNETS);
        why.put("aws:ec2/routeTableAssociation:RouteTableAssociation routeTableId", ROUTE_TABLES);
        why.put("aws:ec2/route:Route routeTableId", ROUTE_TABLES);
        why.put("aws:ec2/route:Route gatewayId", "the internet gateway's id (EC2 assigns it on create)");
        why.put("aws:ec2/route:Route natGatewayId", "the NAT gateway's id (EC2 assigns it on create)");
        why.put("aws:ec2/natGateway:NatGateway allocationId", "the Elastic IP's allocation id (EC2 assigns it on create)");
        why.put("aws:ec2/natGateway:NatGateway subnetId", SUBNETS);
        why.put("aws:ec2/vpcEndpoint:VpcEndpoint routeTableIds", ROUTE_TABLES);
        why.put("aws:ec2/vpcEndpoint:VpcEndpoint subnetIds", SUBNETS);
        why.put("aws:ec2/vpcEndpoint:VpcEndpoint securityGroupIds", SECURITY_GROUPS);
        why.put("aws:ec2/vpcEndpoint:VpcEndpoint serviceName",
                "the Atlas PrivateLink endpoint's service name (Atlas assigns it on create)");
        // Firewall rules name their groups by id.
        why.put("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule securityGroupId", SECURITY_GROUPS);
        why.put("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule referencedSecurityGroupId", SECURITY_GROUPS);
        why.put("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule securityGroupId", SECURITY_GROUPS);
        why.put("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule referencedSecurityGroupId", SECURITY_GROUPS);
        // Redis: its network, and the generated AUTH token (a secret the random provider generates on create).
        why.put("aws:elasticache/subnetGroup:SubnetGroup subnetIds", SUBNETS);
        why.put("aws:elasticache/replicationGroup:ReplicationGroup securityGroupIds", SECURITY_GROUPS);
        why.put("aws:elasticache/replicationGroup:ReplicationGroup authToken",
                "the generated AUTH token (the random provider generates it on create)");
        // The load balancer and its certificate.
        why.put("aws:lb/loadBalancer:LoadBalancer subnets", SUBNETS);
        why.put("aws:lb/loadBalancer:LoadBalancer securityGroups", SECURITY_GROUPS);
        why.put("aws:lb/listener:Listener loadBalancerArn", "the load balancer's ARN (ELB adds a random id on create)");
        why.put("aws:lb/listener:Listener certificateArn", "the ACM certificate's ARN (ACM assigns it on create)");
        why.put("aws:lb/listener:Listener defaultActions", "the target group's ARN (ELB adds a random id on create)");
        why.put("aws:lb/listenerRule:ListenerRule listenerArn", "the HTTPS listener's ARN (ELB assigns it on create)");
        why.put("aws:lb/listenerRule:ListenerRule actions", "the git target group's ARN (ELB adds a random id on create)");
        why.put("aws:acm/certificateValidation:CertificateValidation certificateArn",
                "the ACM certificate's ARN (ACM assigns it on create)");
        why.put("aws:acm/certificateValidation:CertificateValidation validationRecordFqdns",
                "the validation record's name (ACM chooses it when it creates the certificate, on create)");
        why.put("aws:route53/record:Record name", "the certificate's validation record name (ACM chooses it on create)");
        why.put("aws:route53/record:Record records", "the validation record's value (ACM) and node 1's private address"
                + " (EC2 assigns both on create)");
        why.put("aws:route53/record:Record aliases", "the load balancer's DNS name and zone (ELB assigns them on create)");
        why.put("aws:route53/record:Record zoneId", "the private zone's id (Route 53 assigns it on create)");
        // The fleet: where the nodes run and what registers them.
        why.put("aws:ec2/networkInterface:NetworkInterface subnetId", SUBNETS);
        why.put("aws:ec2/networkInterface:NetworkInterface securityGroups", SECURITY_GROUPS);
        why.put("aws:ec2/launchTemplate:LaunchTemplate vpcSecurityGroupIds", SECURITY_GROUPS);
        why.put("aws:autoscaling/group:Group vpcZoneIdentifiers", SUBNETS);
        why.put("aws:autoscaling/group:Group targetGroupArns", "the target groups' ARNs (ELB adds a random id on create)");
        why.put("aws:autoscaling/group:Group launchTemplate",
                "the launch template's id and latest version (EC2 assigns both on create)");
        // Secrets: the version names its secret by ARN, whose name AWS completes from the prefix on create.
        why.put("aws:secretsmanager/secretVersion:SecretVersion secretId",
                "the secret's ARN (its name is completed from the prefix, and a random suffix added, on create)");
        why.put("aws:secretsmanager/secretVersion:SecretVersion secretString",
                "the generated shared secrets and Atlas's connection string (generated or assigned on create)");
        // Monitoring: CloudWatch dimensions name the load balancer and target groups by their ARN suffix.
        why.put("aws:cloudwatch/metricAlarm:MetricAlarm dimensions",
                "the load balancer's and target groups' ARN suffixes (ELB adds a random id on create)");
        why.put("aws:cloudwatch/metricAlarm:MetricAlarm metricQueries",
                "the load balancer's and target group's ARN suffixes (ELB adds a random id on create)");
        why.put("aws:cloudwatch/dashboard:Dashboard dashboardBody",
                "the load balancer's and target groups' ARN suffixes (ELB adds a random id on create)");
        // Atlas.
        why.put("mongodbatlas:index/advancedCluster:AdvancedCluster projectId", ATLAS_PROJECT);
        why.put("mongodbatlas:index/alertConfiguration:AlertConfiguration projectId", ATLAS_PROJECT);
        why.put("mongodbatlas:index/databaseUser:DatabaseUser projectId", ATLAS_PROJECT);
        why.put("mongodbatlas:index/databaseUser:DatabaseUser password",
                "the generated database password (the random provider generates it on create)");
        why.put("mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint projectId", ATLAS_PROJECT);
        why.put("mongodbatlas:index/privateLinkEndpointService:PrivateLinkEndpointService projectId", ATLAS_PROJECT);
        why.put("mongodbatlas:index/privateLinkEndpointService:PrivateLinkEndpointService privateLinkId",
                "the Atlas PrivateLink endpoint's id (Atlas assigns it on create)");
        why.put("mongodbatlas:index/privateLinkEndpointService:PrivateLinkEndpointService endpointServiceId",
                "the VPC endpoint's id (EC2 assigns it on create)");
        WHY = Collections.unmodifiableSortedMap(why);
    }

    private DevFirstPreviewUnknowns() {
    }
}
