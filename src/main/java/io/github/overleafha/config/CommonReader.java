package io.github.overleafha.config;

import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.ServerProVersion;
import io.github.overleafha.core.StackNames;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the keys every stack has: the site and its email, the release and its images, the nodes' number and
 * timeouts, the buckets' names and the registry login. Where a rule differs by target, the {@link TargetReader} says.
 */
final class CommonReader {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    /** S3 bucket names are 3-63 characters; the longest suffix we add is "-template-files" (15). */
    private static final Pattern BUCKET_PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]{1,46}[a-z0-9]");
    private static final Pattern MONGO_DATABASE = Pattern.compile("[A-Za-z0-9_-]{1,63}");

    private CommonReader() {
    }

    static StackConfig.Site readSite(ConfigReader in, TargetReader target) {
        boolean publicSite = target.publicSite();
        String url = in.required("siteUrl", "https://overleaf.example.edu");
        String host = "";
        URI uri = URI.create("https://invalid.example");
        if (!url.isEmpty()) {
            try {
                uri = new URI(url);
                host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
                boolean localHttp = !publicSite && "http".equalsIgnoreCase(uri.getScheme());
                if (!"https".equalsIgnoreCase(uri.getScheme()) && !localHttp) {
                    in.problem("siteUrl", url, "Server Pro sets secure cookies and the load balancer serves only HTTPS",
                            "write an https:// URL, e.g. https://" + (HOST.matcher(host).matches() ? host : "overleaf.example.edu"));
                } else if (publicSite ? !HOST.matcher(host).matches() : host.isEmpty()) {
                    in.problem("siteUrl", url, "it has no fully qualified host name", "write https://<host name>, e.g. https://overleaf.example.edu");
                } else if (uri.getUserInfo() != null || (publicSite && uri.getPort() != -1) || uri.getQuery() != null || uri.getFragment() != null
                        || !(uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
                    String root = localHttp ? "http://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) : "https://" + host;
                    in.problem("siteUrl", url, publicSite ? "Server Pro must be served at the root of its host, on the default port"
                                    : "Server Pro must be served at the root of its host",
                            "write only scheme, host" + (publicSite ? "" : " and port") + ": " + root);
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
                : uri.getScheme() != null && uri.getScheme().equalsIgnoreCase("http") && !publicSite
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
        if (!value.isEmpty() && !ConfigReader.EMAIL_ADDRESS.matcher(value).matches()) {
            in.problem(key, value, "it is not an email address", "write an address such as overleaf@example.edu");
        }
    }

    /** {@code pinning}: for pin-images, which writes the digests and the release they are for. */
    static StackConfig.ServerPro readServerPro(ConfigReader in, boolean pinning) {
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
                version, allowedRegistries);
        ImageReference gitBridgeImage = readImage(in, "gitBridgeImage", "gitBridgeImageDigest", "quay.io/sharelatex/git-bridge",
                version, allowedRegistries);
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
        String database = in.required("mongoDatabaseName", "sharelatex");
        if (!database.isEmpty() && !MONGO_DATABASE.matcher(database).matches()) {
            in.problem("mongoDatabaseName", database, "MongoDB database names cannot hold spaces, dots, slashes or quotes",
                    "write letters, digits, - or _, e.g. sharelatex");
        }
        return new StackConfig.ServerPro(version, image, gitBridgeImage, texLive, database);
    }

    /**
     * An image of the release: its repository (on an allowed registry, since the registry login goes to the Server
     * Pro image's host), tagged with the release, with the digest pinned in the stack file if any (AwsReader requires
     * one).
     */
    private static ImageReference readImage(ConfigReader in, String key, String digestKey, String example,
                                            ServerProVersion version, List<String> allowedRegistries) {
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
        Optional<String> digest = in.optionalMatching(digestKey, ImageReference.DIGEST, "an image digest", "sha256:<64 hex digits>");
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

    static StackConfig.Fleet readFleet(ConfigReader in) {
        int nodes = in.integer("nodeCount");
        int compile = in.integer("compileTimeoutSeconds");
        int idle = in.integer("loadBalancerIdleTimeoutSeconds");
        if (idle < compile) {
            in.problem("loadBalancerIdleTimeoutSeconds", String.valueOf(idle),
                    "it is shorter than compileTimeoutSeconds (" + compile + "), so the load balancer would cut off silent compiles",
                    "write " + compile + " or more, or lower compileTimeoutSeconds");
            idle = compile;
        }
        return new StackConfig.Fleet(nodes, EdgePolicy.forTimeouts(Duration.ofSeconds(compile), Duration.ofSeconds(idle)));
    }

    static StackConfig.Storage readStorage(ConfigReader in) {
        Optional<String> configured = in.optional("bucketNamePrefix");
        String prefix = configured.orElse(new StackNames(in.project(), in.stack()).slug());
        if (!BUCKET_PREFIX.matcher(prefix).matches() || prefix.contains("--") || prefix.startsWith("xn-")
                || prefix.startsWith("sthree-") || prefix.startsWith("amzn-s3-demo-")) {
            in.problem("bucketNamePrefix", configured.orElse(null),
                    "bucket names are built from it (" + prefix + "-template-files) and must be valid S3 names",
                    "write 3-48 lowercase letters, digits and single hyphens, starting and ending with a letter or digit"
                            + " (not starting with the reserved xn-, sthree- or amzn-s3-demo-)");
        }
        return new StackConfig.Storage(prefix);
    }

    static Optional<StackConfig.Registry> readRegistry(ConfigReader in, ImageReference image) {
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
}
