package io.github.overleafha.config;

import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.InstanceTypes;
import io.github.overleafha.core.Ipv4Cidr;
import io.github.overleafha.core.NetworkLayout;
import io.github.overleafha.core.ServerProVersion;
import io.github.overleafha.core.StackNames;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a stack on AWS: region and network, the nodes, load balancer, Atlas, Redis, secrets, alarms and recovery. */
final class AwsReader implements TargetReader {

    private static final Pattern VPC_ID = Pattern.compile("vpc-[0-9a-f]{8}([0-9a-f]{9})?");
    private static final Pattern SUBNET_ID = Pattern.compile("subnet-[0-9a-f]{8}([0-9a-f]{9})?");
    /** Two rules (443, 80) per network, under a security group's default 60 inbound rules. */
    private static final int MAX_CLIENT_CIDRS = 25;
    /** MongoDB releases Atlas runs dedicated clusters on: 6.0 onwards; a later major is plausible, 99 is not. */
    private static final Pattern ATLAS_MONGO_VERSION = Pattern.compile("[6-9]\\.\\d");
    private static final Pattern MONGO_VERSION = Pattern.compile("\\d{1,2}\\.\\d");
    private static final Pattern SNAPSHOT_ID = Pattern.compile("snap-[0-9a-f]{8}([0-9a-f]{9})?");
    private static final Pattern AMI_ID = Pattern.compile("ami-[0-9a-f]{8}([0-9a-f]{9})?");
    private static final Pattern CERTIFICATE_ARN = Pattern.compile("arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[0-9a-f-]{36}");
    private static final Pattern ZONE_ID = Pattern.compile("Z[A-Z0-9]{1,31}");
    private static final Pattern SNS_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}");
    private static final Pattern ATLAS_ID = Pattern.compile("[0-9a-f]{24}");
    private static final Pattern ATLAS_SIZE = Pattern.compile("M([1-9]\\d{1,2})(_NVME)?");
    private static final Pattern REDIS_NODE_TYPE = Pattern.compile("cache\\.[a-z0-9]+\\.[a-z0-9]+");
    /** Redis versions ElastiCache offers for engine redis (later releases are Valkey only). */
    private static final Pattern REDIS_ENGINE = Pattern.compile("6\\.2|7\\.0|7\\.1");
    /** The retention periods CloudWatch Logs accepts. */
    private static final List<Integer> LOG_RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
            545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    /** For pin-images, which writes the digests: they may still be missing. */
    private final boolean imagePinning;

    AwsReader(boolean imagePinning) {
        this.imagePinning = imagePinning;
    }

    @Override
    public boolean publicSite() {
        return true;
    }

    @Override
    public KeyDeclaration.Scope scope() {
        return KeyDeclaration.Scope.AWS;
    }

    @Override
    public StackConfig.Target read(ConfigReader in, StackConfig.Site site, StackConfig.ServerPro serverPro,
                                   StackConfig.Fleet fleet, StackConfig.Storage storage) {
        ServerProVersion version = serverPro.version();
        if (!imagePinning) {
            requireDigest(in, "serverProImageDigest", serverPro.image());
            requireDigest(in, "gitBridgeImageDigest", serverPro.gitBridgeImage());
        }
        String region = readRegion(in);
        StackConfig.Nodes nodes = readNodes(in);
        boolean maintenance = in.bool("maintenance");
        StackConfig.Network network = readNetwork(in, region);
        int noncurrentDays = in.integer("noncurrentVersionExpirationDays");
        StackConfig.Secrets secrets = readSecrets(in);
        StackConfig.LoadBalancer loadBalancer = readLoadBalancer(in, region);
        StackConfig.Atlas atlas = readAtlas(in, network, version);
        StackConfig.Redis redis = readRedis(in, version);
        boolean retain = in.bool("retainDataOnDestroy");
        StackConfig.Monitoring monitoring = MonitoringReader.read(in, fleet.nodeCount(), region);
        StackConfig.Recovery recovery = RecoveryReader.read(in, region, storage.bucketNamePrefix());
        in.checkNames(StackNames::awsProblems);
        return new StackConfig.Aws(network, nodes, loadBalancer, atlas, redis, secrets, monitoring, recovery, noncurrentDays,
                maintenance, retain);
    }

    /**
     * AWS stacks run each image of the release by a digest pinned in the stack file, so a deploy never asks a
     * registry and every image bump is a reviewed change of the stack file.
     */
    private static void requireDigest(ConfigReader in, String digestKey, ImageReference image) {
        if (in.optional(digestKey).isEmpty()) {
            in.problem(digestKey, null, "AWS stacks run " + image + " by a digest pinned in the stack file, so deploys"
                            + " never ask the registry and every image change is a reviewed diff",
                    "run: java -jar target/overleaf-ha.jar pin-images --stack " + in.stack());
        }
    }

    private static StackConfig.Nodes readNodes(ConfigReader in) {
        String instanceType = in.required("instanceType", "m6id.xlarge");
        if (!instanceType.isEmpty()) {
            if (!InstanceTypes.isWellFormed(instanceType)) {
                in.problem("instanceType", instanceType, "it is not an EC2 instance type", "write family.size, e.g. m6id.xlarge");
            } else if (!InstanceTypes.hasNvmeInstanceStore(instanceType)) {
                in.problem("instanceType", instanceType,
                        "it has no local NVMe instance store, and the guide requires a local disk for compiles",
                        "pick a type whose family ends in d (m6id.xlarge, c6id.2xlarge, r6id.xlarge, m5d.xlarge) or i4i");
            }
        }
        String ami = in.optional("nodeAmiId").orElse("");
        if (!AMI_ID.matcher(ami).matches()) {
            in.problem("nodeAmiId", ami.isEmpty() ? null : ami, ami.isEmpty()
                            ? "the nodes' AMI is pinned per stack, so a new AMI release never replaces nodes unasked"
                            : "it is not an AMI id",
                    "look up the current Amazon Linux 2023 AMI (aws ssm get-parameter --name /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64, or arm64 for Graviton types) and set it");
        }
        var nodes = new StackConfig.Nodes(instanceType, ami,
                in.integer("rootVolumeSizeGiB"),
                in.integer("gitBridgeVolumeSizeGiB"),
                in.integer("gitBridgeSnapshotRetentionDays"),
                in.integer("logRetentionDays"),
                in.optionalMatching("gitBridgeSnapshotId", SNAPSHOT_ID, "an EBS snapshot id", "snap-0123456789abcdef0"));
        if (!LOG_RETENTION_DAYS.contains(nodes.logRetentionDays())) {
            in.problem("logRetentionDays", String.valueOf(nodes.logRetentionDays()), "CloudWatch Logs accepts only certain retention periods",
                    "write one of " + LOG_RETENTION_DAYS);
        }
        return nodes;
    }

    private static StackConfig.LoadBalancer readLoadBalancer(ConfigReader in, String region) {
        Optional<String> certificate = in.optionalMatching("certificateArn", CERTIFICATE_ARN, "an ACM certificate ARN",
                "arn:aws:acm:" + (region.isEmpty() ? "eu-west-1" : region) + ":111122223333:certificate/<id>");
        if (certificate.isPresent() && CERTIFICATE_ARN.matcher(certificate.get()).matches()
                && !certificate.get().contains(":acm:" + region + ":")) {
            in.problem("certificateArn", certificate.get(), "an ALB can only use a certificate from its own region " + region,
                    "request or import the certificate in " + region);
        }
        Optional<String> zone = in.optionalMatching("route53ZoneId", ZONE_ID, "a Route 53 hosted zone id", "Z0123456789ABCDEFGHIJ");
        if (certificate.isEmpty() && zone.isEmpty()) {
            in.problem("certificateArn", null, "the load balancer needs a certificate for the site's host",
                    "set certificateArn to an ACM certificate, or route53ZoneId so one is created and validated");
        }
        List<String> ingress = in.list("allowedIngressCidrs");
        if (ingress.isEmpty()) {
            in.problem("allowedIngressCidrs", null, "nobody could reach the site", "list client networks, e.g. [0.0.0.0/0]");
        }
        var seenCidrs = new HashSet<String>();
        for (String cidr : ingress) {
            if (Ipv4Cidr.parse(cidr).isEmpty()) {
                in.problem("allowedIngressCidrs", cidr, "it is not an IPv4 network a.b.c.d/n with the host bits zero", "write e.g. 192.0.2.0/24");
            } else if (!seenCidrs.add(cidr)) {
                in.problem("allowedIngressCidrs", cidr, "it is listed twice, and AWS refuses a duplicate rule", "list each network once");
            }
        }
        if (ingress.size() > MAX_CLIENT_CIDRS) {
            in.problem("allowedIngressCidrs", ingress.size() + " networks",
                    "two rules per network would pass a security group's default limit of 60 inbound rules",
                    "list at most " + MAX_CLIENT_CIDRS + " networks, or summarise them into wider ones");
        }
        Optional<String> alarmTopic = in.optionalMatching("alarmTopicArn", SNS_ARN, "an SNS topic ARN", "arn:aws:sns:eu-west-1:111122223333:overleaf-alarms");
        return new StackConfig.LoadBalancer(certificate, zone, ingress, alarmTopic);
    }

    private static StackConfig.Atlas readAtlas(ConfigReader in, StackConfig.Network network, ServerProVersion version) {
        Optional<String> orgId = in.optionalMatching("atlasOrgId", ATLAS_ID, "an Atlas organisation id", "5f0123456789abcdef012345");
        Optional<String> projectId = in.optionalMatching("atlasProjectId", ATLAS_ID, "an Atlas project id", "5f0123456789abcdef012345");
        if (orgId.isEmpty() && projectId.isEmpty()) {
            in.problem("atlasOrgId", null, "a new Atlas project needs the organisation it belongs to",
                    "set atlasOrgId (Atlas: Organization Settings), or atlasProjectId to use an existing project");
        }
        String size = in.required("atlasInstanceSize", "M30");
        if (!size.isEmpty() && !ATLAS_SIZE.matcher(size).matches()) {
            in.problem("atlasInstanceSize", size, "PrivateLink, cloud backups and a three-node replica set need a dedicated tier",
                    "write M10 or larger, e.g. M30");
        }
        var connectivity = in.choice("mongoConnectivity").equals("ipAccessList")
                ? StackConfig.MongoConnectivity.IP_ACCESS_LIST : StackConfig.MongoConnectivity.PRIVATE_LINK;
        if (connectivity == StackConfig.MongoConnectivity.IP_ACCESS_LIST && network.existing().isPresent()) {
            in.problem("mongoConnectivity", "ipAccessList",
                    "the program does not know the NAT addresses of an existing VPC, and Atlas is never opened to every address",
                    "set mongoConnectivity to privateLink (the default) with existingVpcId");
        }
        String needed = version.minimumMongoVersion();
        Optional<String> mongo = in.optionalMatching("mongoVersion", MONGO_VERSION, "a MongoDB major version", needed);
        if (mongo.isPresent() && MONGO_VERSION.matcher(mongo.get()).matches() && !ATLAS_MONGO_VERSION.matcher(mongo.get()).matches()) {
            in.problem("mongoVersion", mongo.get(), "it is not a MongoDB version Atlas offers (6.0 and later)",
                    "write a version such as " + needed + ", or leave it empty to use " + needed);
        } else if (mongo.isPresent() && MONGO_VERSION.matcher(mongo.get()).matches() && compareMongo(mongo.get(), needed) < 0) {
            in.problem("mongoVersion", mongo.get(), "Server Pro " + version + " refuses to start on MongoDB older than " + needed,
                    "write " + needed + " or later, or leave it empty to use " + needed);
        }
        return new StackConfig.Atlas(orgId, projectId, size, mongo.orElse(needed), connectivity);
    }

    private static StackConfig.Redis readRedis(ConfigReader in, ServerProVersion version) {
        String nodeType = in.required("redisNodeType", "cache.m7g.large");
        if (!nodeType.isEmpty() && !REDIS_NODE_TYPE.matcher(nodeType).matches()) {
            in.problem("redisNodeType", nodeType, "it is not an ElastiCache node type", "write one such as cache.m7g.large");
        }
        int replicas = in.integer("redisReplicas");
        String engine = in.required("redisEngineVersion", "7.1");
        if (!engine.isEmpty() && !REDIS_ENGINE.matcher(engine).matches()) {
            in.problem("redisEngineVersion", engine, "it is not a Redis engine version ElastiCache offers",
                    "write a Redis version from 6.2 on, e.g. 7.1 (never a Valkey version)");
        }
        int snapshots = in.integer("redisSnapshotRetentionDays");
        boolean tls = in.bool("redisTls");
        if (tls && !version.supportsRedisTls()) {
            in.problem("redisTls", "true", "Server Pro " + version + " cannot talk TLS to Redis (history needs 5.5.1)",
                    "upgrade serverProVersion to 5.5.1 or later, or set redisTls to false");
        }
        if (!tls && version.supportsRedisTls()) {
            in.problem("redisTls", "false", "ElastiCache accepts an AUTH token only over TLS, and Redis holds every session",
                    "set redisTls to true (Server Pro " + version + " supports it)");
        }
        return new StackConfig.Redis(nodeType, replicas, engine, snapshots, tls);
    }

    private static String readRegion(ConfigReader in) {
        String region = in.required("aws:region", "eu-west-1");
        if (!region.isEmpty() && !ConfigReader.AWS_REGION.matcher(region).matches()) {
            in.problem("aws:region", region, "it is not an AWS region code", "write a region code such as eu-west-1 or us-east-2");
        }
        return region;
    }

    private static StackConfig.Network readNetwork(ConfigReader in, String region) {
        List<String> zones = in.list("availabilityZones");
        String cidrText = in.required("vpcCidr", "10.40.0.0/16");
        Ipv4Cidr cidr = Ipv4Cidr.parse(cidrText).orElse(null);
        if (cidr == null) {
            if (!cidrText.isEmpty()) {
                in.problem("vpcCidr", cidrText, "it is not an IPv4 network a.b.c.d/n with the host bits zero",
                        "write a private network such as 10.40.0.0/16");
            }
            cidr = Ipv4Cidr.parse("10.40.0.0/16").orElseThrow();
        } else if (cidr.prefix() < NetworkLayout.MIN_VPC_PREFIX || cidr.prefix() > NetworkLayout.MAX_VPC_PREFIX) {
            in.problem("vpcCidr", cidrText, "the subnets need a VPC between /" + NetworkLayout.MIN_VPC_PREFIX
                    + " and /" + NetworkLayout.MAX_VPC_PREFIX, "write for example 10.40.0.0/16");
        }
        String nat = in.choice("natGateways");
        Optional<String> vpcId = in.optional("existingVpcId");
        List<String> publicSubnets = in.list("existingPublicSubnetIds");
        List<String> privateSubnets = in.list("existingPrivateSubnetIds");
        Optional<StackConfig.ExistingNetwork> existing = Optional.empty();
        if (vpcId.isPresent()) {
            if (!VPC_ID.matcher(vpcId.get()).matches()) {
                in.problem("existingVpcId", vpcId.get(), "it is not a VPC id", "write an id such as vpc-0123456789abcdef0");
            }
            checkSubnets(in, "existingPublicSubnetIds", publicSubnets);
            checkSubnets(in, "existingPrivateSubnetIds", privateSubnets);
            publicSubnets.stream().filter(privateSubnets::contains).forEach(subnet -> in.problem("existingPrivateSubnetIds",
                    subnet, "it is also listed as public: the nodes and Redis belong in subnets without a route from the internet",
                    "list each subnet once, public subnets in existingPublicSubnetIds only"));
            if (!zones.isEmpty()) {
                in.problem("availabilityZones", String.join(",", zones), "an existing VPC's zones are those of its subnets",
                        "remove availabilityZones, or remove existingVpcId to create a new VPC in these zones");
            }
            existing = Optional.of(new StackConfig.ExistingNetwork(vpcId.get(), publicSubnets, privateSubnets));
        } else {
            rejectWithoutVpc(in, "existingPublicSubnetIds", publicSubnets);
            rejectWithoutVpc(in, "existingPrivateSubnetIds", privateSubnets);
            if (ConfigReader.AWS_REGION.matcher(region).matches()) {
                checkZones(in, region, zones);
            }
        }
        return new StackConfig.Network(region, zones, cidr,
                nat.equals("single") ? StackConfig.NatGateways.SINGLE : StackConfig.NatGateways.PER_AZ, existing);
    }

    private static void rejectWithoutVpc(ConfigReader in, String key, List<String> subnets) {
        if (!subnets.isEmpty()) {
            in.problem(key, String.join(",", subnets), "subnets are used only with an existing VPC (all or none)",
                    "set existingVpcId too, or remove this key to create a new VPC");
        }
    }

    private static void checkZones(ConfigReader in, String region, List<String> zones) {
        if (zones.size() < 2 || zones.size() > NetworkLayout.MAX_ZONES) {
            in.problem("availabilityZones", zones.isEmpty() ? null : String.join(",", zones),
                    "the nodes, load balancer and Redis replicas need 2 to " + NetworkLayout.MAX_ZONES + " zones",
                    "list 2 or more zones of " + (region.isEmpty() ? "the region" : region) + ", e.g. ["
                            + (region.isEmpty() ? "eu-west-1" : region) + "a, " + (region.isEmpty() ? "eu-west-1" : region) + "b]");
        }
        var seen = new HashSet<String>();
        for (String zone : zones) {
            if (!region.isEmpty() && !zone.matches(Pattern.quote(region) + "[a-z]")) {
                in.problem("availabilityZones", zone, "it is not a zone of aws:region " + region,
                        "write zones such as " + region + "a, " + region + "b");
            }
            if (!seen.add(zone)) {
                in.problem("availabilityZones", zone, "it is listed twice", "list each zone once");
            }
        }
    }

    private static void checkSubnets(ConfigReader in, String key, List<String> subnets) {
        if (subnets.size() < 2) {
            in.problem(key, subnets.isEmpty() ? null : String.join(",", subnets),
                    "with existingVpcId, at least two subnets in different zones are required",
                    "list two or more subnet ids, e.g. [subnet-0123456789abcdef0, subnet-0fedcba9876543210]");
        }
        var seen = new HashSet<String>();
        for (String subnet : subnets) {
            if (!SUBNET_ID.matcher(subnet).matches()) {
                in.problem(key, subnet, "it is not a subnet id", "write ids such as subnet-0123456789abcdef0");
            } else if (!seen.add(subnet)) {
                in.problem(key, subnet, "it is listed twice", "list each subnet once");
            }
        }
    }

    private static StackConfig.Secrets readSecrets(ConfigReader in) {
        int days = in.integer("secretRecoveryWindowDays");
        if (days > 0 && days < 7) {
            in.problem("secretRecoveryWindowDays", String.valueOf(days), "Secrets Manager allows 0 or 7 to 30 days",
                    "write 0 (delete at once) or a number from 7 to 30");
        }
        return new StackConfig.Secrets(days);
    }

    private static int compareMongo(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int major = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return major != 0 ? major : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }
}
