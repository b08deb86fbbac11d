package io.github.overleafha.node;

import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.SecretVariables;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.core.ServerProVersion;
import io.github.overleafha.core.SharedSecret;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A realistic install on AWS: three TeX Live images, S3, TLS Redis, SES email, the environment as the project's
 * {@link ServerProEnvironment} computes it; node 1 leads and hosts git-bridge, node 2 follows.
 */
final class SampleSpecs {

    static final String VERSION = "6.2.2";
    /** The secrets' name prefixes (user data names them) and the ARNs AWS gives them. */
    static final String SHARED_SECRETS_NAME = "overleaf/prod/shared-";
    static final String SHARED_SECRETS_ARN =
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:overleaf/prod/shared-20261129AbCdEf";
    static final String REGISTRY_CREDENTIALS_NAME = "overleaf/prod/quay-";
    static final String REGISTRY_CREDENTIALS_ARN =
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:overleaf/prod/quay-20261129GhIjKl";
    static final String REDIS_GROUP = "redis-group-1a2b3c4";
    static final String REDIS_HOST = "master.redis-group-1a2b3c4.abcdef.euw1.cache.amazonaws.com";
    static final String ZONE = "eu-west-1a";
    static final String LEADER_TAG_VALUE = "overleaf/prod";
    static final List<String> TEX_LIVE_IMAGES = List.of("quay.io/sharelatex/texlive-full:2025.1",
            "quay.io/sharelatex/texlive-full:2024.1", "quay.io/sharelatex/texlive-full:2023.1");
    static final String VOLUME_ID = "vol-0123456789abcdef0";
    static final String INTERFACE_ID = "eni-0fedcba9876543210";
    static final String FOLLOWER_GROUP = "overleaf-prod-followers";
    static final String LEADER_GROUP = "overleaf-prod-leader";
    static final String METRICS_NAMESPACE = "CWAgent/overleaf/prod";
    static final String GIT_BRIDGE_HOST = "git-bridge.overleaf-prod.internal";
    /** What the shared secret holds: the generated secrets, Mongo's URL, Redis's and SMTP's passwords. */
    static final List<String> SHARED_SECRET_NAMES = sharedSecretNames();

    private static final ServerProEnvironment.Inputs INPUTS = new ServerProEnvironment.Inputs(
            "https://overleaf.example.edu", "Example University Overleaf", "overleaf-admins@example.edu",
            Optional.of(new ServerProEnvironment.Email("overleaf@example.edu", "email-smtp.eu-west-1.amazonaws.com",
                    587, Optional.of("AKIAIOSFODNN7EXAMPLE"))),
            ServerProVersion.parse(VERSION).orElseThrow(), TEX_LIVE_IMAGES,
            EdgePolicy.forTimeouts(Duration.ofSeconds(600), Duration.ofSeconds(660)),
            new ServerProEnvironment.ObjectStore("eu-west-1", Optional.empty(), false, "overleaf-prod-user-files-1a2b3c",
                    "overleaf-prod-template-files-1a2b3c", "overleaf-prod-project-blobs-1a2b3c",
                    "overleaf-prod-history-chunks-1a2b3c"),
            ServerProEnvironment.Redis.lookedUpAtBoot(6379, true),
            List.of("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"),
            GIT_BRIDGE_HOST, NodeBootSpec.SERVER_PRO_CONTAINER, Optional.empty(), new TreeMap<>());

    private SampleSpecs() {
    }

    static NodeBootSpec leader() {
        return leader(environment(1));
    }

    static NodeBootSpec leader(SortedMap<String, String> environment) {
        NodeBootSpec.GitBridge gitBridge = new NodeBootSpec.GitBridge(
                ImageReference.of("quay.io/sharelatex/git-bridge", VERSION),
                leaderResources(), ServerProEnvironment.gitBridge(INPUTS, GIT_BRIDGE_HOST));
        return spec(true, environment, Optional.of(gitBridge));
    }

    /** Node 1's interface and git-bridge's volume (created empty), tagged for the stack's leader in node 1's zone. */
    static NodeBootSpec.LeaderResources leaderResources() {
        return new NodeBootSpec.LeaderResources(BootSpecs.LEADER_RESOURCE_TAG, LEADER_TAG_VALUE, ZONE, Optional.empty(),
                Optional.empty());
    }

    static NodeBootSpec follower() {
        return spec(false, environment(2), Optional.empty());
    }

    static NodeBootSpec spec(boolean leader, SortedMap<String, String> environment,
                             Optional<NodeBootSpec.GitBridge> gitBridge) {
        return new NodeBootSpec(leader, "eu-west-1",
                ImageReference.of("quay.io/sharelatex/sharelatex-pro", VERSION), VERSION,
                TEX_LIVE_IMAGES, SHARED_SECRETS_NAME, new TreeSet<>(SHARED_SECRET_NAMES),
                Optional.of(REGISTRY_CREDENTIALS_NAME), REDIS_GROUP, environment, gitBridge,
                "/overleaf/prod/migrated-version", "/overleaf/prod/containers", FOLLOWER_GROUP,
                LEADER_GROUP, METRICS_NAMESPACE);
    }

    /** Node {@code index}'s plain environment. */
    static SortedMap<String, String> environment(int index) {
        return ServerProEnvironment.node(INPUTS, index, NodeBootSpec.SERVER_PRO_DATA_DIR);
    }

    /** Node 2's plain environment with {@code extra} added. */
    static SortedMap<String, String> environment(Map<String, String> extra) {
        SortedMap<String, String> environment = new TreeMap<>(environment(2));
        environment.putAll(extra);
        return environment;
    }

    private static List<String> sharedSecretNames() {
        List<String> names = new ArrayList<>();
        for (SharedSecret secret : SharedSecret.values()) {
            names.addAll(secret.variables());
        }
        names.add(SecretVariables.MONGO_URL);
        names.addAll(new TreeSet<>(SecretVariables.REDIS_PASSWORD));
        names.add(SecretVariables.SMTP_PASSWORD);
        return List.copyOf(names);
    }
}
