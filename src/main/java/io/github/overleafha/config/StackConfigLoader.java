package io.github.overleafha.config;

import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.core.ImageNames;
import io.github.overleafha.core.InstanceTypes;
import io.github.overleafha.core.Ipv4Cidr;
import io.github.overleafha.core.NetworkLayout;
import io.github.overleafha.core.ServerProVersion;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
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
    /** clsi's hard limit on a compile. */
    private static final int MAX_COMPILE_SECONDS = 600;
    /** ALB allows 4000 s; stay well inside it, keeping room for the keep-alive margin. */
    private static final int MAX_IDLE_SECONDS = 3600;
    private static final int MAX_NODES = 50;

    private StackConfigLoader() {
    }

    public static StackConfig load(ConfigValues values) {
        ConfigReader in = new ConfigReader(values);
        String region = readRegion(in);
        StackConfig.Site site = readSite(in);
        StackConfig.ServerPro serverPro = readServerPro(in);
        StackConfig.Fleet fleet = readFleet(in);
        StackConfig.Network network = readNetwork(in, region);
        StackConfig.Storage storage = readStorage(in);
        StackConfig.Secrets secrets = readSecrets(in);
        in.reportUnknownKeys();
        if (!in.problems().isEmpty()) {
            throw new InvalidConfigException(in.problems());
        }
        return new StackConfig(values.project(), values.stack(), site, serverPro, fleet, network, storage, secrets);
    }

    private static String readRegion(ConfigReader in) {
        String region = in.required("aws:region", "eu-west-1");
        if (!region.isEmpty() && !REGION.matcher(region).matches()) {
            in.problem("aws:region", region, "it is not an AWS region code", "write a region code such as eu-west-1 or us-east-2");
        }
        return region;
    }

    private static StackConfig.Site readSite(ConfigReader in) {
        String url = in.required("siteUrl", "https://overleaf.example.edu");
        String host = "";
        URI uri = URI.create("https://invalid.example");
        if (!url.isEmpty()) {
            try {
                uri = new URI(url);
                host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
                if (!"https".equalsIgnoreCase(uri.getScheme())) {
                    in.problem("siteUrl", url, "Server Pro sets secure cookies and the load balancer serves only HTTPS",
                            "write an https:// URL, e.g. https://" + (host.isEmpty() ? "overleaf.example.edu" : host));
                } else if (!HOST.matcher(host).matches()) {
                    in.problem("siteUrl", url, "it has no fully qualified host name", "write https://<host name>, e.g. https://overleaf.example.edu");
                } else if (uri.getUserInfo() != null || uri.getPort() != -1 || uri.getQuery() != null || uri.getFragment() != null
                        || !(uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
                    in.problem("siteUrl", url, "Server Pro must be served at the root of its host, on the default port",
                            "write only scheme and host: https://" + host);
                }
            } catch (URISyntaxException e) {
                in.problem("siteUrl", url, "it is not a URL (" + e.getReason() + ")", "write https://<host name>, e.g. https://overleaf.example.edu");
            }
        }
        String appName = in.required("appName", "'Overleaf Server Pro'");
        String adminEmail = in.required("adminEmail", "overleaf-admins@example.edu");
        checkEmail(in, "adminEmail", adminEmail);
        URI siteUrl = URI.create("https://" + (host.isEmpty() ? "invalid.example" : host));
        return new StackConfig.Site(siteUrl, host, appName, adminEmail, readEmail(in));
    }

    private static Optional<StackConfig.Email> readEmail(ConfigReader in) {
        Optional<String> from = in.optional("emailFromAddress");
        Optional<String> smtpHost = in.optional("smtpHost");
        int smtpPort = in.integer("smtpPort", 587, 1, 65535, "it is not a TCP port");
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

    private static StackConfig.ServerPro readServerPro(ConfigReader in) {
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
        String image = readRepository(in, "serverProImage", "quay.io/sharelatex/sharelatex-pro");
        String gitBridgeImage = readRepository(in, "gitBridgeImage", "quay.io/sharelatex/git-bridge");
        List<String> texLive = in.list("texLiveImages");
        if (texLive.isEmpty()) {
            in.problem("texLiveImages", null, "sandboxed compiles need at least one TeX Live image",
                    "list at least one, e.g. [quay.io/sharelatex/texlive-full:2025.1]");
            texLive = List.of("quay.io/sharelatex/texlive-full:2025.1");
        }
        var seen = new HashSet<String>();
        for (String texImage : texLive) {
            if (!ImageNames.isPinnedTag(texImage)) {
                in.problem("texLiveImages", texImage, "each image needs an explicit tag other than 'latest', or nodes would compile with different TeX Live releases",
                        "write repository:tag, e.g. quay.io/sharelatex/texlive-full:2025.1");
            }
            if (!seen.add(texImage)) {
                in.problem("texLiveImages", texImage, "it is listed twice", "list each image once");
            }
        }
        return new StackConfig.ServerPro(version, image, gitBridgeImage, texLive);
    }

    private static String readRepository(ConfigReader in, String key, String example) {
        String repository = in.required(key, example);
        if (!repository.isEmpty() && !ImageNames.isRepository(repository)) {
            boolean tagged = repository.contains("@") || repository.lastIndexOf(':') > repository.lastIndexOf('/');
            in.problem(key, repository, tagged
                            ? "the tag is always serverProVersion, so Server Pro and git-bridge run the same release"
                            : "it is not a container image repository",
                    "write the repository only, e.g. " + example);
        }
        return repository;
    }

    private static StackConfig.Fleet readFleet(ConfigReader in) {
        int nodes = in.integer("nodeCount", 3, 2, MAX_NODES,
                "a horizontally scaled install needs at least 2 nodes (one server is simpler below that)");
        String instanceType = in.required("instanceType", "m6id.xlarge");
        if (!instanceType.isEmpty()) {
            if (!InstanceTypes.isWellFormed(instanceType)) {
                in.problem("instanceType", instanceType, "it is not an EC2 instance type", "write family.size, e.g. m6id.xlarge");
            } else if (!InstanceTypes.hasNvmeInstanceStore(instanceType)) {
                in.problem("instanceType", instanceType,
                        "it has no local NVMe instance store, and the guide requires a local disk for compiles",
                        "pick a type whose family ends in d (m6id.xlarge, c6id.2xlarge, r6id.xlarge, m7gd.xlarge) or i4i");
            }
        }
        int compile = in.integer("compileTimeoutSeconds", 180, 1, MAX_COMPILE_SECONDS,
                "clsi stops every compile after 10 minutes");
        int idle = in.integer("loadBalancerIdleTimeoutSeconds", 600, 1, MAX_IDLE_SECONDS,
                "it is outside what the load balancer allows here");
        if (idle < compile) {
            in.problem("loadBalancerIdleTimeoutSeconds", String.valueOf(idle),
                    "it is shorter than compileTimeoutSeconds (" + compile + "), so the load balancer would cut off silent compiles",
                    "write " + compile + " or more, or lower compileTimeoutSeconds");
            idle = compile;
        }
        return new StackConfig.Fleet(nodes, instanceType,
                EdgePolicy.forTimeouts(Duration.ofSeconds(compile), Duration.ofSeconds(idle)));
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
        String nat = in.choice("natGateways", "perAz", List.of("perAz", "single"));
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
            existing = Optional.of(new StackConfig.ExistingNetwork(vpcId.get(), publicSubnets, privateSubnets));
        } else {
            rejectWithoutVpc(in, "existingPublicSubnetIds", publicSubnets);
            rejectWithoutVpc(in, "existingPrivateSubnetIds", privateSubnets);
            checkZones(in, region, zones);
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
        String derived = (in.project() + "-" + in.stack()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        Optional<String> configured = in.optional("bucketNamePrefix");
        String prefix = configured.orElse(derived);
        if (!BUCKET_PREFIX.matcher(prefix).matches() || prefix.contains("--") || prefix.startsWith("xn-")) {
            in.problem("bucketNamePrefix", configured.orElse(null),
                    "bucket names are built from it (" + prefix + "-template-files) and must be valid S3 names",
                    "write 3-48 lowercase letters, digits and single hyphens, starting and ending with a letter or digit");
        }
        int days = in.integer("noncurrentVersionExpirationDays", 90, 1, 3650,
                "old object versions must be kept at least a day and at most ten years");
        return new StackConfig.Storage(prefix, days);
    }

    private static StackConfig.Secrets readSecrets(ConfigReader in) {
        int days = in.integer("secretRecoveryWindowDays", 7, 0, 30, "Secrets Manager allows 0 or 7 to 30 days");
        if (days > 0 && days < 7) {
            in.problem("secretRecoveryWindowDays", String.valueOf(days), "Secrets Manager allows 0 or 7 to 30 days",
                    "write 0 (delete at once) or a number from 7 to 30");
        }
        return new StackConfig.Secrets(days);
    }
}
