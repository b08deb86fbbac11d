package io.github.overleafha.core;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The plain (non-secret) environment of every Server Pro node and of git-bridge, computed once for both the AWS
 * and the local stack. Secret values never pass through here: they travel as {@link SecretVariables}.
 */
public final class ServerProEnvironment {

    /** Server Pro's web API port inside the container (since 4.2) and history's, which git-bridge calls. */
    public static final int WEB_API_PORT = 3000;
    public static final int HISTORY_PORT = 3100;
    public static final int GIT_BRIDGE_PORT = 8000;
    /** Where git-bridge keeps its repositories inside its container. */
    public static final String GIT_BRIDGE_ROOT_DIR = "/data/git-bridge";

    private ServerProEnvironment() {
    }

    /** S3 or an S3-compatible store; {@code endpoint} is empty on AWS, where the region's endpoint is used. */
    public record ObjectStore(String region, Optional<String> endpoint, boolean pathStyle,
                              String userFilesBucket, String templateFilesBucket,
                              String projectBlobsBucket, String chunksBucket) {

        /** The guide's four buckets, named from {@code bucketNamePrefix} as both targets create them. */
        public static ObjectStore withBuckets(String region, Optional<String> endpoint, boolean pathStyle,
                                              String bucketNamePrefix) {
            return new ObjectStore(region, endpoint, pathStyle,
                    BucketRole.USER_FILES.bucketName(bucketNamePrefix), BucketRole.TEMPLATE_FILES.bucketName(bucketNamePrefix),
                    BucketRole.PROJECT_BLOBS.bucketName(bucketNamePrefix), BucketRole.HISTORY_CHUNKS.bucketName(bucketNamePrefix));
        }
    }

    /** Both spellings of Redis's host: different services read each. */
    public static final List<String> REDIS_HOST_VARIABLES = List.of("OVERLEAF_REDIS_HOST", "REDIS_HOST");

    /**
     * Redis; no {@code host} where the node looks it up as it boots (on AWS, the replication group's primary endpoint,
     * which exists only once the group does), and writes {@link #REDIS_HOST_VARIABLES} itself.
     */
    public record Redis(Optional<String> host, int port, boolean tls) {

        /** Redis's own default, on which both targets serve it. */
        public static final int DEFAULT_PORT = 6379;

        public Redis(String host, int port, boolean tls) {
            this(Optional.of(host), port, tls);
        }

        public static Redis lookedUpAtBoot(int port, boolean tls) {
            return new Redis(Optional.empty(), port, tls);
        }
    }

    public record Email(String fromAddress, String smtpHost, int smtpPort, Optional<String> smtpUser) {
    }

    /**
     * Everything a node's environment depends on.
     *
     * @param siteUrl           the public https URL
     * @param trustedProxies    addresses whose X-Forwarded-* headers are believed (loopback is always added)
     * @param gitBridgeHost     how Server Pro nodes reach git-bridge
     * @param siblingHost       how git-bridge reaches its sibling Server Pro node (node 1)
     * @param signIn            an external sign-in module (LDAP or SAML), if any
     * @param settings          the operator's other plain Server Pro settings, none of them a variable set here
     */
    public record Inputs(String siteUrl, String appName, String adminEmail, Optional<Email> email,
                         ServerProVersion version, List<String> texLiveImages, EdgePolicy edge,
                         ObjectStore objectStore, Redis redis, List<String> trustedProxies,
                         String gitBridgeHost, String siblingHost, Optional<SignIn> signIn,
                         SortedMap<String, String> settings) {
    }

    /** Node {@code index} (1-based; node 1 is git-bridge's sibling) with its data on {@code hostDataDir}. */
    public static SortedMap<String, String> node(Inputs in, int index, String hostDataDir) {
        SortedMap<String, String> env = new TreeMap<>();
        env.put("OVERLEAF_SITE_URL", in.siteUrl());
        env.put("OVERLEAF_APP_NAME", in.appName());
        env.put("OVERLEAF_NAV_TITLE", in.appName());
        env.put("OVERLEAF_ADMIN_EMAIL", in.adminEmail());
        if (in.siteUrl().startsWith("https://")) {
            // Any value, even "false", turns secure cookies on; unset is the only "off".
            env.put("OVERLEAF_SECURE_COOKIE", "true");
        }
        String proxies = String.join(",", concat("loopback", in.trustedProxies()));
        env.put("OVERLEAF_TRUSTED_PROXY_IPS", proxies);
        if (in.version().needsBehindProxyFlag()) {
            env.put("OVERLEAF_BEHIND_PROXY", "true");
            env.put("TRUSTED_PROXY_IPS", proxies);
        }
        env.put("NGINX_KEEPALIVE_TIMEOUT", Long.toString(in.edge().upstreamKeepAliveTimeout().toSeconds()));
        env.put("COMPILE_TIMEOUT", Long.toString(in.edge().compileTimeout().toSeconds()));
        redis(env, in.redis());
        objectStore(env, in.objectStore(), in.version());
        sandboxedCompiles(env, in, hostDataDir);
        env.put("GIT_BRIDGE_ENABLED", "true");
        env.put("GIT_BRIDGE_HOST", in.gitBridgeHost());
        env.put("GIT_BRIDGE_PORT", Integer.toString(GIT_BRIDGE_PORT));
        // Only the sibling hands git-bridge history URLs, so only its URL must be reachable from git-bridge.
        env.put("V1_HISTORY_URL", "http://" + (index == 1 ? in.siblingHost() : "localhost") + ":" + HISTORY_PORT + "/api");
        env.put("ENABLED_LINKED_FILE_TYPES", "project_file,project_output_file");
        in.email().ifPresentOrElse(email -> email(env, email), () -> env.put("EMAIL_CONFIRMATION_DISABLED", "true"));
        in.signIn().ifPresent(signIn -> env.putAll(signIn.environment(in.siteUrl())));
        in.settings().forEach((name, value) -> {
            if (env.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException(name + " is set by the program; the config loader refuses it as a setting");
            }
        });
        return env;
    }

    /** The git-bridge container beside node 1. */
    public static SortedMap<String, String> gitBridge(Inputs in, String postbackHost) {
        SortedMap<String, String> env = new TreeMap<>();
        env.put("GIT_BRIDGE_API_BASE_URL", "http://" + in.siblingHost() + ":" + WEB_API_PORT + "/api/v0/");
        env.put("GIT_BRIDGE_OAUTH2_SERVER", "http://" + in.siblingHost());
        env.put("GIT_BRIDGE_POSTBACK_BASE_URL", "http://" + postbackHost + ":" + GIT_BRIDGE_PORT);
        env.put("GIT_BRIDGE_ROOT_DIR", GIT_BRIDGE_ROOT_DIR);
        return env;
    }

    private static void redis(SortedMap<String, String> env, Redis redis) {
        redis.host().ifPresent(host -> REDIS_HOST_VARIABLES.forEach(variable -> env.put(variable, host)));
        env.put("OVERLEAF_REDIS_PORT", Integer.toString(redis.port()));
        env.put("REDIS_PORT", Integer.toString(redis.port()));
        if (redis.tls()) {
            // Never "false": history passes the raw string on, and any value turns TLS on there.
            env.put("OVERLEAF_REDIS_TLS", "true");
        }
    }

    private static void objectStore(SortedMap<String, String> env, ObjectStore store, ServerProVersion version) {
        env.put("OVERLEAF_FILESTORE_BACKEND", "s3");
        if (version.readsUserFilesBucket()) {
            env.put("OVERLEAF_FILESTORE_USER_FILES_BUCKET_NAME", store.userFilesBucket());
        }
        env.put("OVERLEAF_FILESTORE_TEMPLATE_FILES_BUCKET_NAME", store.templateFilesBucket());
        env.put("OVERLEAF_HISTORY_BACKEND", "s3");
        env.put("OVERLEAF_HISTORY_PROJECT_BLOBS_BUCKET", store.projectBlobsBucket());
        env.put("OVERLEAF_HISTORY_CHUNKS_BUCKET", store.chunksBucket());
        for (String service : List.of("FILESTORE", "HISTORY")) {
            // The client assumes us-east-1 when no region is given.
            env.put("OVERLEAF_" + service + "_S3_REGION", store.region());
            store.endpoint().ifPresent(endpoint -> env.put("OVERLEAF_" + service + "_S3_ENDPOINT", endpoint));
            if (store.pathStyle()) {
                env.put("OVERLEAF_" + service + "_S3_PATH_STYLE", "true");
            }
        }
        if (store.endpoint().isPresent()) {
            // S3-compatible stores such as MinIO reject DeleteObjects without Content-MD5 (object-persistor's
            // S3Persistor.js adds it on this flag, as Overleaf's own MinIO setups do).
            env.put("DELETE_OBJECTS_MD5_FALLBACK", "true");
        }
    }

    private static void sandboxedCompiles(SortedMap<String, String> env, Inputs in, String hostDataDir) {
        env.put("SANDBOXED_COMPILES", "true");
        env.put("SANDBOXED_COMPILES_HOST_DIR_COMPILES", hostDataDir + "/data/compiles");
        env.put("SANDBOXED_COMPILES_HOST_DIR_OUTPUT", hostDataDir + "/data/output");
        if (!in.version().atLeast(5, 5, 0)) {
            env.put("SANDBOXED_COMPILES_HOST_DIR", hostDataDir + "/data/compiles");
            env.put("SANDBOXED_COMPILES_SIBLING_CONTAINERS", "true");
        }
        env.put("TEX_LIVE_DOCKER_IMAGE", in.texLiveImages().get(0));
        env.put("ALL_TEX_LIVE_DOCKER_IMAGES", String.join(",", in.texLiveImages()));
    }

    private static void email(SortedMap<String, String> env, Email email) {
        env.put("OVERLEAF_EMAIL_FROM_ADDRESS", email.fromAddress());
        env.put("OVERLEAF_EMAIL_SMTP_HOST", email.smtpHost());
        env.put("OVERLEAF_EMAIL_SMTP_PORT", Integer.toString(email.smtpPort()));
        // 465 speaks TLS from the first byte; other ports upgrade with STARTTLS.
        env.put("OVERLEAF_EMAIL_SMTP_SECURE", email.smtpPort() == 465 ? "true" : "false");
        email.smtpUser().ifPresent(user -> env.put("OVERLEAF_EMAIL_SMTP_USER", user));
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
