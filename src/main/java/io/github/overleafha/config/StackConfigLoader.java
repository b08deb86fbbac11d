package io.github.overleafha.config;

import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.InstanceTypes;
import io.github.overleafha.core.Ipv4Cidr;
import io.github.overleafha.core.NetworkLayout;
import io.github.overleafha.core.ServerProVersion;
import io.github.overleafha.core.StackNames;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns raw stack configuration into a {@link StackConfig}, checking everything in one pass.
 * Any problem, however many, ends in one {@link InvalidConfigException} that lists them all.
 */
public final class StackConfigLoader {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern VPC_ID = Pattern.compile("vpc-[0-9a-f]{8}([0-9a-f]{9})?");
    private static final Pattern SUBNET_ID = Pattern.compile("subnet-[0-9a-f]{8}([0-9a-f]{9})?");
    /** S3 bucket names are 3-63 characters; the longest suffix we add is "-template-files" (15). */
    private static final Pattern BUCKET_PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]{1,46}[a-z0-9]");
    /** Two rules (443, 80) per network, under a security group's default 60 inbound rules. */
    private static final int MAX_CLIENT_CIDRS = 25;
    /** MongoDB releases Atlas runs dedicated clusters on: 6.0 onwards; a later major is plausible, 99 is not. */
    private static final Pattern ATLAS_MONGO_VERSION = Pattern.compile("[6-9]\\.\\d");
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern MONGO_VERSION = Pattern.compile("\\d{1,2}\\.\\d");
    private static final Pattern MONGO_DATABASE = Pattern.compile("[A-Za-z0-9_-]{1,63}");
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
    private static final Pattern LOCAL_DIR = Pattern.compile("(/[A-Za-z0-9._-]+)+");
    /** The retention periods CloudWatch Logs accepts. */
    private static final List<Integer> LOG_RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
            545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private StackConfigLoader() {
    }

    public static StackConfig load(ConfigValues values) {
        return load(values, false);
    }

    /**
     * For {@code pin-images}, which writes the digests an AWS stack requires: everything else is checked as usual,
     * and the images' digests may still be missing.
     */
    public static StackConfig loadForImagePinning(ConfigValues values) {
        return load(values, true);
    }

    private static StackConfig load(ConfigValues values, boolean pinning) {
        ConfigReader in = new ConfigReader(values);
        StackConfig.Target target = in.choice("target").equals("local")
                ? StackConfig.Target.LOCAL : StackConfig.Target.AWS;
        boolean aws = target == StackConfig.Target.AWS;
        String region = readRegion(in, aws);
        StackConfig.Site site = readSite(in, aws);
        StackConfig.ServerPro serverPro = readServerPro(in, aws, pinning);
        StackConfig.Fleet fleet = readFleet(in, aws);
        StackConfig.Network network = readNetwork(in, region, aws);
        StackConfig.Storage storage = readStorage(in);
        StackConfig.Secrets secrets = readSecrets(in);
        Optional<StackConfig.Registry> registry = readRegistry(in, serverPro.image());
        StackConfig.Aws awsSettings = readAws(in, aws, network, serverPro.version());
        StackConfig.Local local = readLocal(in, !aws);
        StackConfig.Integrations integrations = IntegrationsReader.read(in, aws);
        StackConfig.Monitoring monitoring = MonitoringReader.read(in, fleet.nodeCount(), aws, region);
        StackConfig.Recovery recovery = RecoveryReader.read(in, aws, region, storage.bucketNamePrefix());
        if (!aws) {
            checkPublishedPort(in, site, local);
        }
        new StackNames(values.project(), values.stack()).problems(aws)
                .forEach(name -> in.problem(new ConfigProblem(name.subject(), name.value(), name.why(), name.fix())));
        in.checkUnreadKeys();
        in.reportUnknownKeys();
        if (!in.problems().isEmpty()) {
            throw new InvalidConfigException(in.problems());
        }
        return new StackConfig(values.project(), values.stack(), target, site, serverPro, fleet, network, storage,
                secrets, registry, awsSettings, local, integrations, monitoring, recovery);
    }

    /**
     * For a deployment: {@link #load}, and refuse placeholders of the example stack files too, all problems at once,
     * so that {@code pulumi up} never creates half a stack before AWS refuses a fake AMI or zone.
     */
    public static StackConfig loadForDeployment(ConfigValues values) {
        List<ConfigProblem> placeholders = Placeholders.find(values);
        StackConfig config;
        try {
            config = load(values);
        } catch (InvalidConfigException e) {
            List<ConfigProblem> all = new ArrayList<>(placeholders);
            all.addAll(e.problems());
            throw new InvalidConfigException(all);
        }
        if (!placeholders.isEmpty()) {
            throw new InvalidConfigException(placeholders);
        }
        return config;
    }

    private static String readRegion(ConfigReader in, boolean aws) {
        String region = aws ? in.required("aws:region", "eu-west-1") : in.optional("aws:region").orElse("");
        if (!region.isEmpty() && !REGION.matcher(region).matches()) {
            in.problem("aws:region", region, "it is not an AWS region code", "write a region code such as eu-west-1 or us-east-2");
        }
        return region;
    }

    private static StackConfig.Site readSite(ConfigReader in, boolean aws) {
        String url = in.required("siteUrl", "https://overleaf.example.edu");
        String host = "";
        URI uri = URI.create("https://invalid.example");
        if (!url.isEmpty()) {
            try {
                uri = new URI(url);
                host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
                boolean localHttp = !aws && "http".equalsIgnoreCase(uri.getScheme());
                if (!"https".equalsIgnoreCase(uri.getScheme()) && !localHttp) {
                    in.problem("siteUrl", url, "Server Pro sets secure cookies and the load balancer serves only HTTPS",
                            "write an https:// URL, e.g. https://" + (HOST.matcher(host).matches() ? host : "overleaf.example.edu"));
                } else if (aws ? !HOST.matcher(host).matches() : host.isEmpty()) {
                    in.problem("siteUrl", url, "it has no fully qualified host name", "write https://<host name>, e.g. https://overleaf.example.edu");
                } else if (uri.getUserInfo() != null || (aws && uri.getPort() != -1) || uri.getQuery() != null || uri.getFragment() != null
                        || !(uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
                    String root = localHttp ? "http://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) : "https://" + host;
                    in.problem("siteUrl", url, aws ? "Server Pro must be served at the root of its host, on the default port"
                                    : "Server Pro must be served at the root of its host",
                            "write only scheme, host" + (aws ? "" : " and port") + ": " + root);
                }
            } catch (URISyntaxException e) {
                in.problem("siteUrl", url, "it is not a URL (" + e.getReason() + ")", "write https://<host name>, e.g. https://overleaf.example.edu");
            }
        }
        String appName = in.required("appName", "'Overleaf Server Pro'");
        String adminEmail = in.required("adminEmail", "overleaf-admins@example.edu");
        checkEmail(in, "adminEmail", adminEmail);
        // A stand-in when the host is missing (http:foo): the problem is reported above, never as an exception.
        URI siteUrl = URI.create(host.isEmpty() ? "https://invalid.example"
                : uri.getScheme() != null && uri.getScheme().equalsIgnoreCase("http") && !aws
                ? "http://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
                : "https://" + host);
        return new StackConfig.Site(siteUrl, host, appName, adminEmail, readEmail(in));
    }

    private static Optional<StackConfig.Email> readEmail(ConfigReader in) {
        Optional<String> from = in.optional("emailFromAddress");
        Optional<String> smtpHost = in.optional("smtpHost");
        int smtpPort = in.integer("smtpPort");
        Optional<String> smtpUser = in.optional("smtpUser");
        Optional<SecretText> smtpPassword = in.secret("smtpPassword");
        if (from.isEmpty()) {
            if (smtpHost.isPresent() || smtpUser.isPresent() || smtpPassword.isPresent()) {
                in.problem("emailFromAddress", null, "SMTP settings are given but email stays off without a sender",
                        "set emailFromAddress (e.g. overleaf@example.edu) or remove the smtp* keys");
            }
            return Optional.empty();
        }
        checkEmail(in, "emailFromAddress", from.get());
        if (smtpHost.isEmpty()) {
            in.problem("smtpHost", null, "emailFromAddress is set, so mail needs an SMTP server",
                    "set smtpHost, e.g. email-smtp." + in.optional("aws:region").orElse("eu-west-1") + ".amazonaws.com");
        } else if (!HOST.matcher(smtpHost.get()).matches()) {
            in.problem("smtpHost", smtpHost.get(), "it is not a host name", "write a host name such as smtp.example.edu");
        }
        if (smtpUser.isPresent() != smtpPassword.isPresent()) {
            String missing = smtpUser.isPresent() ? "smtpPassword" : "smtpUser";
            in.problem(missing, null, "SMTP authentication needs both a user and a password",
                    "set " + missing + (missing.equals("smtpPassword") ? " with --secret" : "") + ", or remove the other");
        }
        return Optional.of(new StackConfig.Email(from.get(), smtpHost.orElse(""), smtpPort, smtpUser, smtpPassword));
    }

    private static void checkEmail(ConfigReader in, String key, String value) {
        if (!value.isEmpty() && !EMAIL.matcher(value).matches()) {
            in.problem(key, value, "it is not an email address", "write an address such as overleaf@example.edu");
        }
    }

    /** {@code pinning}: for pin-images, which writes the digests and the release they are for. */
    private static StackConfig.ServerPro readServerPro(ConfigReader in, boolean aws, boolean pinning) {
        String text = in.required("serverProVersion", "6.2.2");
        ServerProVersion version = ServerProVersion.parse(text).orElse(null);
        if (version == null) {
            if (!text.isEmpty()) {
                in.problem("serverProVersion", text, "it is not a release number MAJOR.MINOR.PATCH",
                        "write a Server Pro release such as 6.2.2 (no 'v', no image name)");
            }
            version = new ServerProVersion(6, 2, 2);
        } else if (version.compareTo(ServerProVersion.OLDEST_SUPPORTED) < 0) {
            in.problem("serverProVersion", text, "releases before " + ServerProVersion.OLDEST_SUPPORTED
                    + " use SHARELATEX_* variables and /var/lib/sharelatex, which this program does not set up",
                    "upgrade to " + ServerProVersion.OLDEST_SUPPORTED + " or later (6.2.2 is current)");
        }
        List<String> allowedRegistries = readAllowedRegistries(in);
        ImageReference image = readImage(in, "serverProImage", "serverProImageDigest", "quay.io/sharelatex/sharelatex-pro",
                version, allowedRegistries, aws && !pinning);
        ImageReference gitBridgeImage = readImage(in, "gitBridgeImage", "gitBridgeImageDigest", "quay.io/sharelatex/git-bridge",
                version, allowedRegistries, aws && !pinning);
        checkPinnedVersion(in, version, pinning, image, gitBridgeImage);
        List<String> texLive = in.list("texLiveImages");
        if (texLive.isEmpty()) {
            in.problem("texLiveImages", null, "sandboxed compiles need at least one TeX Live image",
                    "list at least one, e.g. [quay.io/sharelatex/texlive-full:2025.1]");
            texLive = List.of("quay.io/sharelatex/texlive-full:2025.1");
        }
        var seen = new HashSet<String>();
        // Each image is a resource of the local stack, named after it: two images must not share a name.
        var byResourceName = new HashMap<String, String>();
        for (String texImage : texLive) {
            if (!ImageReference.parse(texImage).filter(ImageReference::hasPinnedTag).isPresent()) {
                in.problem("texLiveImages", texImage, "each image needs an explicit tag other than 'latest', or nodes would compile with different TeX Live releases",
                        "write repository:tag, e.g. quay.io/sharelatex/texlive-full:2025.1");
            }
            if (!seen.add(texImage)) {
                in.problem("texLiveImages", texImage, "it is listed twice", "list each image once");
                continue;
            }
            String other = byResourceName.putIfAbsent(ImageReference.resourceNamePart(texImage), texImage);
            if (other != null) {
                in.problem("texLiveImages", texImage, "it differs from " + other + " only in characters other than letters, digits, '.' and '-', so both would be declared under one resource name (the engine refuses a duplicate URN)",
                        "list only one of the two images");
            }
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
        String database = in.required("mongoDatabaseName", "sharelatex");
        if (!database.isEmpty() && !MONGO_DATABASE.matcher(database).matches()) {
            in.problem("mongoDatabaseName", database, "MongoDB database names cannot hold spaces, dots, slashes or quotes",
                    "write letters, digits, - or _, e.g. sharelatex");
        }
        return new StackConfig.ServerPro(version, image, gitBridgeImage, texLive, mongo.orElse(needed), database);
    }

    private static int compareMongo(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int major = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return major != 0 ? major : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }

    /**
     * An image of the release: its repository (on an allowed registry, since the registry login goes to the Server
     * Pro image's host), tagged with the release, with the digest pinned in the stack file; AWS stacks must pin it,
     * so a deploy never asks a registry and every image bump is a reviewed change of the stack file.
     */
    private static ImageReference readImage(ConfigReader in, String key, String digestKey, String example,
                                            ServerProVersion version, List<String> allowedRegistries,
                                            boolean requireDigest) {
        String repository = in.required(key, example);
        if (!repository.isEmpty() && !ImageReference.isRepository(repository)) {
            boolean tagged = repository.contains("@") || repository.lastIndexOf(':') > repository.lastIndexOf('/');
            in.problem(key, repository, tagged
                            ? "the tag is always serverProVersion, so Server Pro and git-bridge run the same release"
                            : "it is not a container image repository (a lower-case registry host, then the path)",
                    "write the repository only, e.g. " + example);
        }
        ImageReference image = ImageReference.of(ImageReference.isRepository(repository) ? repository : example, version.toString());
        if (ImageReference.isRepository(repository) && !allowedRegistries.contains(image.registry())) {
            in.problem(key, repository, "its registry " + image.registry() + " is not on allowedRegistries "
                            + allowedRegistries + ", and nodes log in to the Server Pro image's registry",
                    "use an image from " + String.join(" or ", allowedRegistries) + ", or add " + image.registry()
                            + " to allowedRegistries if you trust it with the registry login");
        }
        Optional<String> digest = in.optionalMatching(digestKey, DIGEST, "an image digest", "sha256:<64 hex digits>");
        if (requireDigest && digest.isEmpty()) {
            in.problem(digestKey, null, "AWS stacks run " + image + " by a digest pinned in the stack file, so deploys"
                            + " never ask the registry and every image change is a reviewed diff",
                    "run: java -jar target/overleaf-ha.jar pin-images --stack " + in.stack());
        }
        return image.withDigest(digest.filter(ImageReference::isDigest));
    }

    /**
     * A digest names the bits of one release: after a serverProVersion change, a digest left from the old release
     * would start the old bits under the new version (Docker pulls by the digest, whatever the tag says).
     */
    private static void checkPinnedVersion(ConfigReader in, ServerProVersion version, boolean pinning,
                                           ImageReference... images) {
        Optional<String> pinnedFor = in.optional("pinnedImagesVersion");
        boolean pinned = Arrays.stream(images).anyMatch(image -> image.digest().isPresent());
        // pin-images is how the mismatch gets fixed, so it must not be stopped by it.
        if (!pinning && pinned && !pinnedFor.equals(Optional.of(version.toString()))) {
            in.problem("pinnedImagesVersion", pinnedFor.orElse(null), "the image digests were pinned for "
                            + pinnedFor.map(v -> "Server Pro " + v).orElse("an unknown release") + ", not serverProVersion "
                            + version + ", so nodes would run other bits than the release they record",
                    "run: java -jar target/overleaf-ha.jar pin-images --stack " + in.stack()
                            + " (it rewrites both digests and this key)");
        }
    }

    /** Registry hosts images of the release may come from; quay.io, Overleaf's, unless a stack says otherwise. */
    private static List<String> readAllowedRegistries(ConfigReader in) {
        List<String> allowed = in.list("allowedRegistries");
        if (allowed.isEmpty()) {
            in.problem("allowedRegistries", null, "the release's images must come from a registry the stack trusts",
                    "list registry hosts, e.g. [quay.io]");
        }
        for (String host : allowed) {
            if (!ImageReference.isRegistryHost(host)) {
                in.problem("allowedRegistries", host, "it is not a registry host as image names write it",
                        "write a lower-case host name, with :port only if the registry needs one, e.g. quay.io");
            }
        }
        return allowed;
    }

    private static StackConfig.Fleet readFleet(ConfigReader in, boolean aws) {
        int nodes = in.integer("nodeCount");
        String instanceType = in.required("instanceType", "m6id.xlarge");
        if (aws && !instanceType.isEmpty()) {
            if (!InstanceTypes.isWellFormed(instanceType)) {
                in.problem("instanceType", instanceType, "it is not an EC2 instance type", "write family.size, e.g. m6id.xlarge");
            } else if (!InstanceTypes.hasNvmeInstanceStore(instanceType)) {
                in.problem("instanceType", instanceType,
                        "it has no local NVMe instance store, and the guide requires a local disk for compiles",
                        "pick a type whose family ends in d (m6id.xlarge, c6id.2xlarge, r6id.xlarge, m5d.xlarge) or i4i");
            }
        }
        int compile = in.integer("compileTimeoutSeconds");
        int idle = in.integer("loadBalancerIdleTimeoutSeconds");
        if (idle < compile) {
            in.problem("loadBalancerIdleTimeoutSeconds", String.valueOf(idle),
                    "it is shorter than compileTimeoutSeconds (" + compile + "), so the load balancer would cut off silent compiles",
                    "write " + compile + " or more, or lower compileTimeoutSeconds");
            idle = compile;
        }
        boolean maintenance = in.bool("maintenance");
        if (maintenance && !aws) {
            in.problem("maintenance", "true", "maintenance mode is the AWS fleet's upgrade procedure; the local stack has no groups to stop",
                    "set maintenance to false (stop the local stack's containers by hand to upgrade)");
        }
        return new StackConfig.Fleet(nodes, instanceType,
                EdgePolicy.forTimeouts(Duration.ofSeconds(compile), Duration.ofSeconds(idle)), maintenance);
    }

    private static StackConfig.Network readNetwork(ConfigReader in, String region, boolean aws) {
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
            if (aws && REGION.matcher(region).matches()) {
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

    private static StackConfig.Storage readStorage(ConfigReader in) {
        Optional<String> configured = in.optional("bucketNamePrefix");
        String prefix = configured.orElse(new StackNames(in.project(), in.stack()).slug());
        if (!BUCKET_PREFIX.matcher(prefix).matches() || prefix.contains("--") || prefix.startsWith("xn-")
                || prefix.startsWith("sthree-") || prefix.startsWith("amzn-s3-demo-")) {
            in.problem("bucketNamePrefix", configured.orElse(null),
                    "bucket names are built from it (" + prefix + "-template-files) and must be valid S3 names",
                    "write 3-48 lowercase letters, digits and single hyphens, starting and ending with a letter or digit"
                            + " (not starting with the reserved xn-, sthree- or amzn-s3-demo-)");
        }
        int days = in.integer("noncurrentVersionExpirationDays");
        return new StackConfig.Storage(prefix, days);
    }

    private static Optional<StackConfig.Registry> readRegistry(ConfigReader in, ImageReference image) {
        Optional<String> username = in.optional("registryUsername");
        Optional<SecretText> password = in.secret("registryPassword");
        if (username.isPresent() != password.isPresent()) {
            String missing = username.isPresent() ? "registryPassword" : "registryUsername";
            in.problem(missing, null, "registry login needs both a user name and a password",
                    "set " + missing + (missing.equals("registryPassword") ? " with --secret" : "") + ", or remove the other");
        }
        if (username.isEmpty() || password.isEmpty()) {
            return Optional.empty();
        }
        // The login goes to the Server Pro image's own registry, which readImage checked against allowedRegistries.
        return Optional.of(new StackConfig.Registry(image.registry(), username.get(), password.get()));
    }

    private static StackConfig.Aws readAws(ConfigReader in, boolean aws, StackConfig.Network network,
                                           ServerProVersion version) {
        String region = network.region();
        String ami = in.optional("nodeAmiId").orElse("");
        if (aws && !AMI_ID.matcher(ami).matches()) {
            in.problem("nodeAmiId", ami.isEmpty() ? null : ami, ami.isEmpty()
                            ? "the nodes' AMI is pinned per stack, so a new AMI release never replaces nodes unasked"
                            : "it is not an AMI id",
                    "look up the current Amazon Linux 2023 AMI (aws ssm get-parameter --name /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64, or arm64 for Graviton types) and set it");
        }
        var nodes = new StackConfig.Nodes(ami,
                in.integer("rootVolumeSizeGiB"),
                in.integer("gitBridgeVolumeSizeGiB"),
                in.integer("gitBridgeSnapshotRetentionDays"),
                in.integer("logRetentionDays"),
                in.optionalMatching("gitBridgeSnapshotId", SNAPSHOT_ID, "an EBS snapshot id", "snap-0123456789abcdef0"));
        if (!LOG_RETENTION_DAYS.contains(nodes.logRetentionDays())) {
            in.problem("logRetentionDays", String.valueOf(nodes.logRetentionDays()), "CloudWatch Logs accepts only certain retention periods",
                    "write one of " + LOG_RETENTION_DAYS);
        }
        Optional<String> certificate = in.optionalMatching("certificateArn", CERTIFICATE_ARN, "an ACM certificate ARN",
                "arn:aws:acm:" + (region.isEmpty() ? "eu-west-1" : region) + ":111122223333:certificate/<id>");
        if (aws && certificate.isPresent() && CERTIFICATE_ARN.matcher(certificate.get()).matches()
                && !certificate.get().contains(":acm:" + region + ":")) {
            in.problem("certificateArn", certificate.get(), "an ALB can only use a certificate from its own region " + region,
                    "request or import the certificate in " + region);
        }
        Optional<String> zone = in.optionalMatching("route53ZoneId", ZONE_ID, "a Route 53 hosted zone id", "Z0123456789ABCDEFGHIJ");
        if (aws && certificate.isEmpty() && zone.isEmpty()) {
            in.problem("certificateArn", null, "the load balancer needs a certificate for the site's host",
                    "set certificateArn to an ACM certificate, or route53ZoneId so one is created and validated");
        }
        List<String> ingress = in.list("allowedIngressCidrs");
        if (aws && ingress.isEmpty()) {
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
        var loadBalancer = new StackConfig.LoadBalancer(certificate, zone, ingress, alarmTopic);

        Optional<String> orgId = in.optionalMatching("atlasOrgId", ATLAS_ID, "an Atlas organisation id", "5f0123456789abcdef012345");
        Optional<String> projectId = in.optionalMatching("atlasProjectId", ATLAS_ID, "an Atlas project id", "5f0123456789abcdef012345");
        if (aws && orgId.isEmpty() && projectId.isEmpty()) {
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
        if (aws && connectivity == StackConfig.MongoConnectivity.IP_ACCESS_LIST && network.existing().isPresent()) {
            in.problem("mongoConnectivity", "ipAccessList",
                    "the program does not know the NAT addresses of an existing VPC, and Atlas is never opened to every address",
                    "set mongoConnectivity to privateLink (the default) with existingVpcId");
        }
        var atlas = new StackConfig.Atlas(orgId, projectId, size, connectivity);

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
        if (aws && tls && !version.supportsRedisTls()) {
            in.problem("redisTls", "true", "Server Pro " + version + " cannot talk TLS to Redis (history needs 5.5.1)",
                    "upgrade serverProVersion to 5.5.1 or later, or set redisTls to false");
        }
        if (aws && !tls && version.supportsRedisTls()) {
            in.problem("redisTls", "false", "ElastiCache accepts an AUTH token only over TLS, and Redis holds every session",
                    "set redisTls to true (Server Pro " + version + " supports it)");
        }
        return new StackConfig.Aws(nodes, loadBalancer, atlas, new StackConfig.Redis(nodeType, replicas, engine, snapshots, tls),
                in.bool("retainDataOnDestroy"));
    }

    private static StackConfig.Local readLocal(ConfigReader in, boolean local) {
        String address = in.required("localHttpAddress", "127.0.0.1");
        if (local && !address.isEmpty() && Ipv4Cidr.parse(address + "/32").isEmpty()) {
            in.problem("localHttpAddress", address, "Docker publishes ports on an IPv4 address of the host",
                    "write 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)");
        }
        int port = in.integer("localHttpPort");
        String dataDir = in.required("localDataDir", "/var/lib/overleaf-ha-local");
        if (local && !dataDir.isEmpty() && !LOCAL_DIR.matcher(dataDir).matches()) {
            in.problem("localDataDir", dataDir, "Docker binds host directories by absolute path, and a colon or space breaks the bind",
                    "write an absolute path of letters, digits, /, ., _ and - without a trailing slash, e.g. /var/lib/overleaf-ha-local");
        }
        List<String> images = new ArrayList<>();
        for (String key : List.of("haproxyImage", "minioImage", "minioClientImage", "mongoImage", "redisImage")) {
            String image = in.required(key, "repository:tag");
            if (local && !image.isEmpty() && !ImageReference.parse(image).filter(ImageReference::hasPinnedTag).isPresent()) {
                in.problem(key, image, "a local demo must start the same bits every time",
                        "write repository:tag with a tag other than latest");
            }
            images.add(image);
        }
        return new StackConfig.Local(address, port, dataDir, images.get(0), images.get(1), images.get(2), images.get(3), images.get(4));
    }

    /** The local demo serves the site on the published port: a site URL on this machine must name that port. */
    private static void checkPublishedPort(ConfigReader in, StackConfig.Site site, StackConfig.Local local) {
        URI url = site.url();
        boolean thisMachine = List.of("localhost", "127.0.0.1").contains(site.host());
        int port = url.getPort() != -1 ? url.getPort() : url.getScheme().equals("https") ? 443 : 80;
        if (thisMachine && port != local.httpPort()) {
            in.problem("siteUrl", url.toString(), "HAProxy is published on port " + local.httpPort() + " (localHttpPort), not " + port,
                    "write " + url.getScheme() + "://" + site.host() + ":" + local.httpPort() + ", or set localHttpPort to " + port);
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
}
