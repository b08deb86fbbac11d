package io.github.overleafha.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

class ServerProEnvironmentTest {

    private static ServerProEnvironment.Inputs inputs(String version, boolean tls, Optional<String> endpoint) {
        return inputs(version, tls, endpoint, Optional.empty());
    }

    private static ServerProEnvironment.Inputs inputs(String version, boolean tls, Optional<String> endpoint,
                                                      Optional<ServerProEnvironment.Email> email) {
        return new ServerProEnvironment.Inputs("https://overleaf.example.edu", "Overleaf", "admins@example.edu",
                email, ServerProVersion.parse(version).orElseThrow(),
                List.of("quay.io/sharelatex/texlive-full:2025.1", "quay.io/sharelatex/texlive-full:2024.1"),
                EdgePolicy.forTimeouts(Duration.ofSeconds(180), Duration.ofSeconds(600)),
                new ServerProEnvironment.ObjectStore("eu-west-1", endpoint, endpoint.isPresent(),
                        "b-user-files", "b-template-files", "b-project-blobs", "b-chunks"),
                new ServerProEnvironment.Redis("redis.internal", 6379, tls),
                List.of("10.40.224.0/22", "10.40.228.0/22"), "10.40.0.10", "sharelatex", Optional.empty(), new java.util.TreeMap<>());
    }

    @Test
    void aSixTwoNodeOnAwsGetsWhatTheReferenceAsksFor() {
        SortedMap<String, String> env = ServerProEnvironment.node(inputs("6.2.2", true, Optional.empty()), 2, "/var/lib/overleaf/server-pro");
        assertThat(env).containsEntry("OVERLEAF_SITE_URL", "https://overleaf.example.edu")
                .containsEntry("OVERLEAF_SECURE_COOKIE", "true")
                .containsEntry("OVERLEAF_TRUSTED_PROXY_IPS", "loopback,10.40.224.0/22,10.40.228.0/22")
                .containsEntry("NGINX_KEEPALIVE_TIMEOUT", "605")
                .containsEntry("OVERLEAF_REDIS_HOST", "redis.internal").containsEntry("REDIS_HOST", "redis.internal")
                .containsEntry("OVERLEAF_REDIS_PORT", "6379").containsEntry("REDIS_PORT", "6379")
                .containsEntry("OVERLEAF_REDIS_TLS", "true")
                .containsEntry("OVERLEAF_FILESTORE_BACKEND", "s3")
                .containsEntry("OVERLEAF_HISTORY_PROJECT_BLOBS_BUCKET", "b-project-blobs")
                .containsEntry("OVERLEAF_HISTORY_CHUNKS_BUCKET", "b-chunks")
                .containsEntry("OVERLEAF_FILESTORE_S3_REGION", "eu-west-1")
                .containsEntry("OVERLEAF_HISTORY_S3_REGION", "eu-west-1")
                .containsEntry("SANDBOXED_COMPILES_HOST_DIR_COMPILES", "/var/lib/overleaf/server-pro/data/compiles")
                .containsEntry("TEX_LIVE_DOCKER_IMAGE", "quay.io/sharelatex/texlive-full:2025.1")
                .containsEntry("ALL_TEX_LIVE_DOCKER_IMAGES", "quay.io/sharelatex/texlive-full:2025.1,quay.io/sharelatex/texlive-full:2024.1")
                .containsEntry("GIT_BRIDGE_HOST", "10.40.0.10").containsEntry("GIT_BRIDGE_PORT", "8000")
                .containsEntry("V1_HISTORY_URL", "http://localhost:3100/api");
        assertThat(env).doesNotContainKeys("OVERLEAF_FILESTORE_USER_FILES_BUCKET_NAME", "OVERLEAF_BEHIND_PROXY",
                "OVERLEAF_FILESTORE_S3_ENDPOINT", "OVERLEAF_FILESTORE_S3_PATH_STYLE");
        assertThat(env.keySet()).noneMatch(SecretVariables::isSecret).noneMatch(key -> key.startsWith("SHARELATEX_"));
    }

    @Test
    void theSiblingPointsGitBridgeAtItsOwnHistoryService() {
        var in = inputs("6.2.2", true, Optional.empty());
        assertThat(ServerProEnvironment.node(in, 1, "/d")).containsEntry("V1_HISTORY_URL", "http://sharelatex:3100/api");
        assertThat(ServerProEnvironment.gitBridge(in, "10.40.0.10"))
                .containsEntry("GIT_BRIDGE_API_BASE_URL", "http://sharelatex:3000/api/v0/")
                .containsEntry("GIT_BRIDGE_OAUTH2_SERVER", "http://sharelatex")
                .containsEntry("GIT_BRIDGE_POSTBACK_BASE_URL", "http://10.40.0.10:8000")
                .containsEntry("GIT_BRIDGE_ROOT_DIR", "/data/git-bridge");
    }

    @Test
    void fiveXNodesReadTheUserFilesBucketAndTheProxyFlag() {
        var env = ServerProEnvironment.node(inputs("5.5.4", false, Optional.empty()), 2, "/d");
        assertThat(env).containsEntry("OVERLEAF_FILESTORE_USER_FILES_BUCKET_NAME", "b-user-files")
                .containsEntry("OVERLEAF_BEHIND_PROXY", "true")
                .doesNotContainKey("OVERLEAF_REDIS_TLS");
    }

    @Test
    void anS3CompatibleStoreGetsItsEndpointAndPathStyle() {
        var env = ServerProEnvironment.node(inputs("6.2.2", false, Optional.of("http://minio:9000")), 2, "/d");
        assertThat(env).containsEntry("OVERLEAF_FILESTORE_S3_ENDPOINT", "http://minio:9000")
                .containsEntry("OVERLEAF_HISTORY_S3_ENDPOINT", "http://minio:9000")
                .containsEntry("OVERLEAF_FILESTORE_S3_PATH_STYLE", "true")
                .containsEntry("OVERLEAF_HISTORY_S3_PATH_STYLE", "true");
    }

    @Test
    void withEmailNodesGetTheSmtpSettingsAndTlsOnlyOnPort465() {
        var email = new ServerProEnvironment.Email("overleaf@example.edu", "smtp.example.edu", 465, Optional.of("mailer"));
        var env = ServerProEnvironment.node(inputs("6.2.2", true, Optional.empty(), Optional.of(email)), 2, "/d");
        assertThat(env).containsEntry("OVERLEAF_EMAIL_FROM_ADDRESS", "overleaf@example.edu")
                .containsEntry("OVERLEAF_EMAIL_SMTP_HOST", "smtp.example.edu")
                .containsEntry("OVERLEAF_EMAIL_SMTP_PORT", "465")
                .containsEntry("OVERLEAF_EMAIL_SMTP_SECURE", "true")
                .containsEntry("OVERLEAF_EMAIL_SMTP_USER", "mailer")
                .doesNotContainKey("EMAIL_CONFIRMATION_DISABLED");
        var starttls = new ServerProEnvironment.Email("overleaf@example.edu", "smtp.example.edu", 587, Optional.empty());
        assertThat(ServerProEnvironment.node(inputs("6.2.2", true, Optional.empty(), Optional.of(starttls)), 2, "/d"))
                .containsEntry("OVERLEAF_EMAIL_SMTP_SECURE", "false")
                .doesNotContainKey("OVERLEAF_EMAIL_SMTP_USER");
    }

    @Test
    void withoutEmailNodesSkipEmailConfirmation() {
        assertThat(ServerProEnvironment.node(inputs("6.2.2", true, Optional.empty()), 2, "/d"))
                .containsEntry("EMAIL_CONFIRMATION_DISABLED", "true")
                .doesNotContainKey("OVERLEAF_EMAIL_FROM_ADDRESS");
    }

    @Test
    void releasesBefore5Point5AlsoGetTheOldSandboxedCompilesVariables() {
        assertThat(ServerProEnvironment.node(inputs("5.4.1", false, Optional.empty()), 2, "/d"))
                .containsEntry("SANDBOXED_COMPILES_HOST_DIR", "/d/data/compiles")
                .containsEntry("SANDBOXED_COMPILES_SIBLING_CONTAINERS", "true");
        assertThat(ServerProEnvironment.node(inputs("5.5.0", false, Optional.empty()), 2, "/d"))
                .doesNotContainKeys("SANDBOXED_COMPILES_HOST_DIR", "SANDBOXED_COMPILES_SIBLING_CONTAINERS");
    }
}
