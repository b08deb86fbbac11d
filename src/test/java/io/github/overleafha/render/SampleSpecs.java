package io.github.overleafha.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** A realistic three-image, S3-backed install: the leader (with git-bridge) and one follower. */
final class SampleSpecs {

    static final String VERSION = "6.2.2";
    static final String SHARED_SECRETS_ARN =
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:overleaf-shared-AbCdEf";
    static final String REGISTRY_CREDENTIALS_ARN =
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:overleaf-quay-GhIjKl";
    static final List<String> SHARED_SECRET_NAMES = List.of("WEB_API_PASSWORD", "STAGING_PASSWORD",
            "V1_HISTORY_PASSWORD", "CRYPTO_RANDOM", "OT_JWT_AUTH_KEY", "OVERLEAF_INVITE_TOKEN_SECRET",
            "OVERLEAF_MONGO_URL", "OVERLEAF_REDIS_PASS", "REDIS_PASSWORD", "OVERLEAF_EMAIL_SMTP_USER",
            "OVERLEAF_EMAIL_SMTP_PASS");
    static final List<String> TEX_LIVE_IMAGES = List.of("quay.io/sharelatex/texlive-full:2025.1",
            "quay.io/sharelatex/texlive-full:2024.1", "quay.io/sharelatex/texlive-full:2023.1");
    static final String VOLUME_ID = "vol-0123456789abcdef0";

    private SampleSpecs() {
    }

    static NodeBootSpec leader() {
        return leader(environment(Map.of(
                "GIT_BRIDGE_HOST", NodeBootSpec.GIT_BRIDGE_CONTAINER,
                "V1_HISTORY_URL", "http://" + NodeBootSpec.SERVER_PRO_CONTAINER + ":3100/api")));
    }

    static NodeBootSpec leader(SortedMap<String, String> environment) {
        String sibling = "http://" + NodeBootSpec.SERVER_PRO_CONTAINER;
        NodeBootSpec.GitBridge gitBridge = new NodeBootSpec.GitBridge(
                "quay.io/sharelatex/git-bridge:" + VERSION, VOLUME_ID, new TreeMap<>(Map.of(
                        "GIT_BRIDGE_API_BASE_URL", sibling + ":3000/api/v0/",
                        "GIT_BRIDGE_OAUTH2_SERVER", sibling,
                        "GIT_BRIDGE_POSTBACK_BASE_URL", "http://" + NodeBootSpec.GIT_BRIDGE_CONTAINER + ":8000",
                        "GIT_BRIDGE_ROOT_DIR", "/data/git-bridge")));
        return spec(0, true, environment, Optional.of(gitBridge));
    }

    static NodeBootSpec follower() {
        return spec(1, false, environment(Map.of("GIT_BRIDGE_HOST", "10.0.1.10")), Optional.empty());
    }

    static NodeBootSpec spec(int index, boolean leader, SortedMap<String, String> environment,
                             Optional<NodeBootSpec.GitBridge> gitBridge) {
        return new NodeBootSpec(index, leader, "eu-west-1", "quay.io/sharelatex/sharelatex-pro:" + VERSION, VERSION,
                TEX_LIVE_IMAGES, SHARED_SECRETS_ARN, new TreeSet<>(SHARED_SECRET_NAMES),
                Optional.of(REGISTRY_CREDENTIALS_ARN), environment, gitBridge,
                "/overleaf/prod/migrated-version", "/overleaf/prod/containers");
    }

    /** Server Pro's plain environment shared by all nodes, plus the node's own variables. */
    static SortedMap<String, String> environment(Map<String, String> nodeVariables) {
        String redis = "master.overleaf-prod.abcdef.euw1.cache.amazonaws.com";
        SortedMap<String, String> environment = new TreeMap<>(Map.ofEntries(
                Map.entry("OVERLEAF_SITE_URL", "https://overleaf.example.com"),
                Map.entry("OVERLEAF_APP_NAME", "Example University Overleaf"),
                Map.entry("OVERLEAF_NAV_TITLE", "Example University Overleaf"),
                Map.entry("OVERLEAF_ADMIN_EMAIL", "overleaf-admin@example.com"),
                Map.entry("OVERLEAF_SITE_LANGUAGE", "en"),
                Map.entry("OVERLEAF_SECURE_COOKIE", "true"),
                Map.entry("OVERLEAF_REDIS_HOST", redis),
                Map.entry("REDIS_HOST", redis),
                Map.entry("OVERLEAF_REDIS_PORT", "6379"),
                Map.entry("REDIS_PORT", "6379"),
                Map.entry("OVERLEAF_REDIS_TLS", "true"),
                Map.entry("OVERLEAF_FILESTORE_BACKEND", "s3"),
                Map.entry("OVERLEAF_FILESTORE_TEMPLATE_FILES_BUCKET_NAME", "overleaf-prod-template-files-1a2b3c"),
                Map.entry("OVERLEAF_FILESTORE_S3_REGION", "eu-west-1"),
                Map.entry("OVERLEAF_HISTORY_BACKEND", "s3"),
                Map.entry("OVERLEAF_HISTORY_PROJECT_BLOBS_BUCKET", "overleaf-prod-project-blobs-1a2b3c"),
                Map.entry("OVERLEAF_HISTORY_CHUNKS_BUCKET", "overleaf-prod-history-chunks-1a2b3c"),
                Map.entry("OVERLEAF_HISTORY_S3_REGION", "eu-west-1"),
                Map.entry("OVERLEAF_TRUSTED_PROXY_IPS", "loopback,10.0.0.0/24,10.0.1.0/24,10.0.2.0/24"),
                Map.entry("NGINX_KEEPALIVE_TIMEOUT", "665"),
                Map.entry("COMPILE_TIMEOUT", "600"),
                Map.entry("SANDBOXED_COMPILES", "true"),
                Map.entry("SANDBOXED_COMPILES_HOST_DIR_COMPILES", NodeBootSpec.SERVER_PRO_DATA_DIR + "/data/compiles"),
                Map.entry("SANDBOXED_COMPILES_HOST_DIR_OUTPUT", NodeBootSpec.SERVER_PRO_DATA_DIR + "/data/output"),
                Map.entry("TEX_LIVE_DOCKER_IMAGE", TEX_LIVE_IMAGES.get(0)),
                Map.entry("ALL_TEX_LIVE_DOCKER_IMAGES", String.join(",", TEX_LIVE_IMAGES)),
                Map.entry("GIT_BRIDGE_ENABLED", "true"),
                Map.entry("GIT_BRIDGE_PORT", "8000"),
                Map.entry("OVERLEAF_EMAIL_FROM_ADDRESS", "overleaf@example.com"),
                Map.entry("OVERLEAF_EMAIL_SMTP_HOST", "email-smtp.eu-west-1.amazonaws.com"),
                Map.entry("OVERLEAF_EMAIL_SMTP_PORT", "587")));
        environment.putAll(nodeVariables);
        return environment;
    }
}
