package io.github.overleafha.infra.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.ConfigValues;
import io.github.overleafha.config.StackConfigLoader;
import io.github.overleafha.config.StackFile;
import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.core.SecretVariables;
import io.github.overleafha.core.SharedSecret;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlanPrinter;
import io.github.overleafha.plan.PlannedResource;
import io.github.overleafha.plan.TestPlans;
import io.github.overleafha.render.HaproxyConfigRenderer;
import io.github.overleafha.render.HaproxyTopology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
import static io.github.overleafha.plan.TestPlans.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The local stack on the mock engine: every Docker resource's inputs, as `pulumi up` would send them. */
class LocalStackTest {

    private static final String CONTAINER = "docker:index/container:Container";
    private static final String VOLUME = "docker:index/volume:Volume";
    private static final String IMAGE = "docker:index/remoteImage:RemoteImage";
    private static final String NETWORK = "docker:index/network:Network";
    private static final String RANDOM = "random:index/randomPassword:RandomPassword";
    private static final String SECRET = "[secret]";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What every node holds as a secret variable: the shared secrets, MongoDB's URL and the two S3 logins. */
    private static final Set<String> NODE_SECRETS = nodeSecrets();

    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.localPlan();
    }

    private static Set<String> nodeSecrets() {
        Set<String> names = new TreeSet<>();
        for (SharedSecret secret : SharedSecret.values()) {
            names.addAll(secret.variables());
        }
        names.add(SecretVariables.MONGO_URL);
        names.addAll(SecretVariables.S3_KEYS);
        return names;
    }

    @Test
    void thePrivateNetworkHasTheGuidesFixedLayout() {
        PlannedResource network = get(plan, NETWORK, "network-bridge");
        assertThat(network.parent()).isEqualTo("network");
        assertThat(text(network, "name")).isEqualTo("overleaf-ha-local");
        assertThat(text(network, "driver")).isEqualTo("bridge");
        assertThat(text(network, "ipamConfigs.0.subnet")).isEqualTo("198.18.0.0/23");
        assertThat(text(network, "ipamConfigs.0.gateway")).isEqualTo("198.18.0.1");
        assertThat(text(network, "ipamConfigs.0.ipRange")).isEqualTo("198.18.0.128/25");
        assertThat(ofType(plan, CONTAINER)).allSatisfy(container ->
                assertThat(text(container, "networksAdvanced.0.name")).isEqualTo("overleaf-ha-local"));
    }

    @Test
    void serverProAndGitBridgeArePulledByTheDigestOfTheirTag() {
        assertThat(text(get(plan, IMAGE, "images-server-pro"), "name"))
                .matches("quay\\.io/sharelatex/sharelatex-pro:6\\.2\\.2@sha256:[0-9a-f]{64}");
        assertThat(text(get(plan, IMAGE, "images-git-bridge"), "name"))
                .matches("quay\\.io/sharelatex/git-bridge:6\\.2\\.2@sha256:[0-9a-f]{64}");
        String pinned = "sha256:" + "b".repeat(64);
        assertThat(text(get(TestStacks.localPlan(Map.of("serverProImageDigest", pinned, "pinnedImagesVersion", "6.2.2")), IMAGE, "images-server-pro"), "name")).isEqualTo("quay.io/sharelatex/sharelatex-pro:6.2.2@" + pinned);
    }

    @Test
    void everyImageIsPulledOnceAndKeptAtDestroy() {
        assertThat(ofType(plan, IMAGE)).extracting(image -> text(image, "name")).containsExactlyInAnyOrder(
                text(get(plan, IMAGE, "images-server-pro"), "name"),
                text(get(plan, IMAGE, "images-git-bridge"), "name"),
                "quay.io/sharelatex/texlive-full:2025.1",
                "haproxy:2.6",
                "mongo:8.0",
                "redis:7.2",
                "minio/minio:RELEASE.2025-04-22T22-12-26Z",
                "minio/mc:RELEASE.2025-04-16T18-13-26Z");
        assertThat(ofType(plan, IMAGE)).allSatisfy(image -> {
            assertThat(input(image, "keepLocally").asBoolean()).isTrue();
            assertThat(image.parent()).isEqualTo("images");
        });
    }

    @Test
    void theRegistryLoginIsSentAsASecretAndOnlyWhenConfigured() {
        PlannedResource login = get(plan, "pulumi:providers:docker", "image-references-registry");
        assertThat(login.parent()).isEqualTo("image-references");
        assertThat(login.inputs()).hasToString("{\"registryAuth\":\"" + SECRET + "\"}");
        Plan anonymous = TestStacks.localPlan(Map.of("registryUsername", "", "registryPassword", ""));
        assertThat(ofType(anonymous, "pulumi:providers:docker")).isEmpty();
        assertThat(ofType(anonymous, IMAGE)).hasSameSizeAs(ofType(plan, IMAGE));
    }

    @Test
    void everyContainerRunsItsPulledImage() {
        Map<String, String> images = new HashMap<>();
        ofType(plan, CONTAINER).forEach(container -> images.put(text(container, "name"), text(container, "image")));
        assertThat(images).containsEntry("mongo", "image-id-of-mongo:8.0")
                .containsEntry("mongo-replica-set-initiate", "image-id-of-mongo:8.0")
                .containsEntry("redis", "image-id-of-redis:7.2")
                .containsEntry("minio", "image-id-of-minio/minio:RELEASE.2025-04-22T22-12-26Z")
                .containsEntry("minio-setup", "image-id-of-minio/mc:RELEASE.2025-04-16T18-13-26Z")
                .containsEntry("git-bridge", "image-id-of-" + text(get(plan, IMAGE, "images-git-bridge"), "name"))
                .containsEntry("server-pro-1", "image-id-of-" + text(get(plan, IMAGE, "images-server-pro"), "name"))
                .containsEntry("haproxy", "image-id-of-haproxy:2.6")
                .hasSize(10);
    }

    @Test
    void mongoRunsAsAReplicaSetOnAProtectedVolumeAndIsInitiatedOnce() {
        assertThat(text(get(plan, VOLUME, "mongo-data"), "name")).isEqualTo("overleaf-ha-local-mongo");
        PlannedResource mongo = get(plan, CONTAINER, "mongo-server");
        assertThat(texts(input(mongo, "command"))).containsExactly("--replSet", "overleaf");
        assertThat(text(mongo, "networksAdvanced.0.ipv4Address")).isEqualTo("198.18.0.3");
        assertThat(text(mongo, "volumes.0.volumeName")).isEqualTo("overleaf-ha-local-mongo");
        assertThat(text(mongo, "volumes.0.containerPath")).isEqualTo("/data/db");
        assertThat(text(mongo, "restart")).isEqualTo("always");
        assertThat(texts(input(mongo, "healthcheck.tests"))).startsWith("CMD", "mongosh");
        assertThat(input(mongo, "wait").asBoolean()).isTrue();

        PlannedResource initiate = get(plan, CONTAINER, "mongo-initiate");
        assertThat(texts(input(initiate, "entrypoints"))).containsExactly("mongosh");
        List<String> command = texts(input(initiate, "command"));
        assertThat(command.subList(0, 4)).containsExactly("--quiet", "--host", "198.18.0.3:27017", "--eval");
        assertThat(command.get(4)).startsWith("try { rs.status() } catch (notInitiated) {")
                .contains("rs.initiate({ _id: \"overleaf\", members: [{ _id: 0, host: \"198.18.0.3:27017\" }] })")
                .contains("isWritablePrimary");
        assertOneShot(initiate);
    }

    @Test
    void redisPersistsEveryWriteOnItsVolume() {
        PlannedResource redis = get(plan, CONTAINER, "redis-server");
        assertThat(texts(input(redis, "command"))).containsExactly("redis-server", "--appendonly", "yes");
        assertThat(text(redis, "networksAdvanced.0.ipv4Address")).isEqualTo("198.18.0.4");
        assertThat(text(redis, "volumes.0.volumeName")).isEqualTo("overleaf-ha-local-redis");
        assertThat(text(redis, "volumes.0.containerPath")).isEqualTo("/data");
        assertThat(text(redis, "restart")).isEqualTo("always");
        assertThat(text(get(plan, VOLUME, "redis-data"), "name")).isEqualTo("overleaf-ha-local-redis");
    }

    @Test
    void minioCredentialsAreGeneratedAndReachItOnlyAsSecrets() {
        assertThat(ofType(plan, RANDOM).stream().filter(r -> r.parent().equals("object-storage")))
                .extracting(PlannedResource::name, r -> input(r, "length").asInt())
                .containsExactlyInAnyOrder(
                        tuple("object-storage-root-user", 20),
                        tuple("object-storage-root-password", 40),
                        tuple("object-storage-filestore-secret-key", 40),
                        tuple("object-storage-history-secret-key", 40));
        assertThat(ofType(plan, RANDOM)).allSatisfy(r -> assertThat(input(r, "special").asBoolean()).isFalse());

        PlannedResource minio = get(plan, CONTAINER, "object-storage-server");
        assertThat(texts(input(minio, "command"))).containsExactly("server", "/data");
        assertThat(texts(input(minio, "envs"))).containsExactly(SECRET, SECRET);
        assertThat(text(minio, "networksAdvanced.0.ipv4Address")).isEqualTo("198.18.0.5");
        assertThat(text(minio, "volumes.0.volumeName")).isEqualTo("overleaf-ha-local-minio");
        assertThat(text(minio, "volumes.0.containerPath")).isEqualTo("/data");
        assertThat(text(minio, "restart")).isEqualTo("always");
    }

    @Test
    void minioSetupCreatesTheFourBucketsAndOneUserPerClientWithItsPolicy() throws Exception {
        PlannedResource setup = get(plan, CONTAINER, "object-storage-setup");
        assertThat(texts(input(setup, "entrypoints"))).containsExactly("sh");
        assertThat(texts(input(setup, "command"))).containsExactly("/overleaf-setup/minio-setup.sh");
        // MC_HOST_minio and each client's access and secret key: secret; the bucket names: plain.
        assertThat(texts(input(setup, "envs"))).containsExactly(
                "BUCKETS=overleaf-ha-local-chunks overleaf-ha-local-project-blobs overleaf-ha-local-template-files"
                        + " overleaf-ha-local-user-files",
                SECRET, SECRET, SECRET, SECRET, SECRET);
        assertOneShot(setup);

        Map<String, String> uploads = uploads(setup);
        assertThat(uploads).containsOnlyKeys("/overleaf-setup/minio-setup.sh",
                "/overleaf-setup/overleaf-filestore.json", "/overleaf-setup/overleaf-history.json");
        assertThat(uploads.get("/overleaf-setup/minio-setup.sh")).isEqualTo(MinioStorage.setupScript());
        assertThat(policyBuckets(uploads.get("/overleaf-setup/overleaf-filestore.json"))).containsExactly(
                "overleaf-ha-local-user-files", "overleaf-ha-local-template-files", "overleaf-ha-local-project-blobs");
        assertThat(policyBuckets(uploads.get("/overleaf-setup/overleaf-history.json"))).containsExactly(
                "overleaf-ha-local-project-blobs", "overleaf-ha-local-chunks");
    }

    /** The buckets a policy lets its user list, after checking it grants exactly list and object read-write. */
    private static List<String> policyBuckets(String policyText) throws Exception {
        JsonNode statements = JSON.readTree(policyText).path("Statement");
        assertThat(statements).hasSize(2);
        assertThat(texts(statements.get(0).path("Action"))).containsExactly("s3:ListBucket", "s3:ListBucketMultipartUploads");
        assertThat(texts(statements.get(1).path("Action")))
                .containsExactly("s3:GetObject", "s3:PutObject", "s3:DeleteObject",
                        "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts");
        List<String> buckets = texts(statements.get(0).path("Resource")).stream()
                .map(arn -> arn.substring("arn:aws:s3:::".length())).toList();
        assertThat(texts(statements.get(1).path("Resource")))
                .containsExactlyElementsOf(buckets.stream().map(b -> "arn:aws:s3:::" + b + "/*").toList());
        return buckets;
    }

    @Test
    void gitBridgeRunsBesideNodeOneWithItsRepositoriesOnTheHost() {
        PlannedResource gitBridge = get(plan, CONTAINER, "git-bridge-container");
        assertThat(text(gitBridge, "name")).isEqualTo("git-bridge");
        assertThat(text(gitBridge, "user")).isEqualTo("root");
        assertThat(texts(input(gitBridge, "command"))).containsExactly("/server-pro-start.sh");
        assertThat(texts(input(gitBridge, "envs"))).containsExactly(
                "GIT_BRIDGE_API_BASE_URL=http://server-pro-1:3000/api/v0/",
                "GIT_BRIDGE_OAUTH2_SERVER=http://server-pro-1",
                "GIT_BRIDGE_POSTBACK_BASE_URL=http://198.18.0.6:8000",
                "GIT_BRIDGE_ROOT_DIR=/data/git-bridge");
        assertThat(text(gitBridge, "volumes.0.hostPath")).isEqualTo("/var/lib/overleaf-ha-local/git-bridge");
        assertThat(text(gitBridge, "volumes.0.containerPath")).isEqualTo("/data/git-bridge");
        assertThat(text(gitBridge, "networksAdvanced.0.ipv4Address")).isEqualTo("198.18.0.6");
        assertThat(text(gitBridge, "restart")).isEqualTo("always");
    }

    @Test
    void eachNodeGetsItsAddressScratchDirectoryDockerSocketAndGracePeriod() {
        for (int n = 1; n <= 3; n++) {
            PlannedResource node = get(plan, CONTAINER, "server-pro-" + n);
            assertThat(node.parent()).isEqualTo("server-pro");
            assertThat(text(node, "name")).isEqualTo("server-pro-" + n);
            assertThat(text(node, "hostname")).isEqualTo("server-pro-" + n);
            assertThat(text(node, "networksAdvanced.0.ipv4Address")).isEqualTo("198.18.1." + n);
            assertThat(text(node, "volumes.0.hostPath")).isEqualTo("/var/lib/overleaf-ha-local/node-" + n);
            assertThat(text(node, "volumes.0.containerPath")).isEqualTo("/var/lib/overleaf");
            assertThat(text(node, "volumes.1.hostPath")).isEqualTo("/var/run/docker.sock");
            assertThat(text(node, "volumes.1.containerPath")).isEqualTo("/var/run/docker.sock");
            assertThat(text(node, "restart")).isEqualTo("always");
            assertThat(input(node, "stopTimeout").asInt()).isEqualTo(60);
            assertThat(input(node, "destroyGraceSeconds").asInt()).isEqualTo(60);
            assertThat(texts(input(node, "healthcheck.tests")))
                    .containsExactly("CMD", "curl", "-fsS", "-o", "/dev/null", "http://localhost/status");
        }
        // Nodes wait for both one-shot setups to have exited 0 (a failed one fails pulumi up: OneShotSetupTest).
        for (int n = 1; n <= 3; n++) {
            assertThat(text(get(plan, CONTAINER, "server-pro-" + n), "labels.0.label")).isEqualTo("overleaf-ha.setup");
            assertThat(text(get(plan, CONTAINER, "server-pro-" + n), "labels.0.value")).isEqualTo("succeeded");
        }
        // Node 1 must serve (migrations done) before the others start.
        assertThat(input(get(plan, CONTAINER, "server-pro-1"), "wait").asBoolean()).isTrue();
        assertThat(input(get(plan, CONTAINER, "server-pro-2"), "wait").isMissingNode()).isTrue();
    }

    @Test
    void nodesGetTheSharedEnvironmentWithEverySecretHidden() {
        for (int n = 1; n <= 3; n++) {
            List<String> env = texts(input(get(plan, CONTAINER, "server-pro-" + n), "envs"));
            assertSecretsInPlace(env, NODE_SECRETS);
            assertThat(env).contains(
                    "OVERLEAF_SITE_URL=http://localhost:8080",
                    "OVERLEAF_APP_NAME=Overleaf Server Pro (local demo)",
                    "OVERLEAF_TRUSTED_PROXY_IPS=loopback,198.18.0.2",
                    "OVERLEAF_REDIS_HOST=198.18.0.4", "REDIS_HOST=198.18.0.4",
                    "OVERLEAF_REDIS_PORT=6379", "REDIS_PORT=6379",
                    "OVERLEAF_FILESTORE_S3_ENDPOINT=http://198.18.0.5:9000",
                    "OVERLEAF_HISTORY_S3_ENDPOINT=http://198.18.0.5:9000",
                    "OVERLEAF_FILESTORE_S3_PATH_STYLE=true", "OVERLEAF_HISTORY_S3_PATH_STYLE=true",
                    "OVERLEAF_FILESTORE_S3_REGION=us-east-1", "OVERLEAF_HISTORY_S3_REGION=us-east-1",
                    "OVERLEAF_FILESTORE_TEMPLATE_FILES_BUCKET_NAME=overleaf-ha-local-template-files",
                    "OVERLEAF_HISTORY_PROJECT_BLOBS_BUCKET=overleaf-ha-local-project-blobs",
                    "OVERLEAF_HISTORY_CHUNKS_BUCKET=overleaf-ha-local-chunks",
                    "GIT_BRIDGE_ENABLED=true", "GIT_BRIDGE_HOST=198.18.0.6", "GIT_BRIDGE_PORT=8000",
                    "SANDBOXED_COMPILES=true",
                    "SANDBOXED_COMPILES_HOST_DIR_COMPILES=/var/lib/overleaf-ha-local/node-" + n + "/data/compiles",
                    "SANDBOXED_COMPILES_HOST_DIR_OUTPUT=/var/lib/overleaf-ha-local/node-" + n + "/data/output",
                    "NGINX_KEEPALIVE_TIMEOUT=605", "COMPILE_TIMEOUT=180",
                    "V1_HISTORY_URL=http://" + (n == 1 ? "server-pro-1" : "localhost") + ":3100/api");
            // Plain http: any value of this variable would turn secure cookies on.
            assertThat(env).noneMatch(entry -> entry.startsWith("OVERLEAF_SECURE_COOKIE=")
                    || entry.startsWith("OVERLEAF_REDIS_TLS="));
        }
    }

    @Test
    void anSmtpPasswordJoinsTheNodesSecrets() {
        ConfigValues values = TestStacks.values("local", Map.of(
                "emailFromAddress", "overleaf@example.com", "smtpHost", "smtp.example.com", "smtpUser", "overleaf"));
        Map<String, String> withPassword = new HashMap<>(values.values());
        withPassword.put("overleaf-ha:smtpPassword", "smtp-password-in-clear");
        Set<String> secretKeys = new HashSet<>(values.secretKeys());
        secretKeys.add("overleaf-ha:smtpPassword");
        Plan withEmail = TestPlans.plan(StackConfigLoader.load(
                new ConfigValues(values.project(), values.stack(), withPassword, secretKeys)));

        Set<String> secrets = new TreeSet<>(NODE_SECRETS);
        secrets.add(SecretVariables.SMTP_PASSWORD);
        List<String> env = texts(input(get(withEmail, CONTAINER, "server-pro-2"), "envs"));
        assertSecretsInPlace(env, secrets);
        assertThat(env).contains("OVERLEAF_EMAIL_SMTP_HOST=smtp.example.com", "OVERLEAF_EMAIL_SMTP_USER=overleaf");
        assertThat(PlanPrinter.json(withEmail)).doesNotContain("smtp-password-in-clear");
    }

    @Test
    void fiveNodesGetFiveAddressesAndScratchDirectoriesAndAllSitBehindHaproxy() {
        Plan five = TestStacks.localPlan(Map.of("nodeCount", "5"));
        List<PlannedResource> nodes = where(five, r -> r.parent() != null && r.parent().equals("server-pro"));
        assertThat(nodes).extracting(node -> text(node, "name"))
                .containsExactly("server-pro-1", "server-pro-2", "server-pro-3", "server-pro-4", "server-pro-5");
        assertThat(nodes).extracting(node -> text(node, "networksAdvanced.0.ipv4Address"))
                .containsExactly("198.18.1.1", "198.18.1.2", "198.18.1.3", "198.18.1.4", "198.18.1.5");
        assertThat(nodes).extracting(node -> text(node, "volumes.0.hostPath")).doesNotHaveDuplicates().hasSize(5)
                .allSatisfy(dir -> assertThat(dir).matches("/var/lib/overleaf-ha-local/node-[1-5]"));
        assertThat(haproxyConfig(five)).contains("  server server-pro-5 198.18.1.5:80 cookie server-pro-5\n");
        assertThat(texts(five.outputs().get("containerNames"))).contains("server-pro-5");
    }

    @Test
    void haproxyGetsTheRenderedConfigAndPublishesTheConfiguredAddress() {
        Plan published = TestStacks.localPlan(Map.of("localHttpAddress", "0.0.0.0", "localHttpPort", "9090",
                "siteUrl", "http://overleaf.lan:9090"));
        PlannedResource haproxy = get(published, CONTAINER, "load-balancer-haproxy");
        assertThat(text(haproxy, "name")).isEqualTo("haproxy");
        assertThat(text(haproxy, "networksAdvanced.0.ipv4Address")).isEqualTo("198.18.0.2");
        assertThat(text(haproxy, "ports.0.ip")).isEqualTo("0.0.0.0");
        assertThat(input(haproxy, "ports.0.external").asInt()).isEqualTo(9090);
        assertThat(input(haproxy, "ports.0.internal").asInt()).isEqualTo(8080);
        assertThat(text(haproxy, "ports.0.protocol")).isEqualTo("tcp");
        assertThat(text(haproxy, "restart")).isEqualTo("always");
        assertThat(text(haproxy, "uploads.0.file")).isEqualTo("/usr/local/etc/haproxy/haproxy.cfg");

        var servers = IntStream.rangeClosed(1, 3)
                .mapToObj(n -> new HaproxyTopology.Server("server-pro-" + n, "198.18.1." + n, 80)).toList();
        String expected = HaproxyConfigRenderer.render(
                EdgePolicy.forTimeouts(Duration.ofSeconds(180), Duration.ofSeconds(600)),
                new HaproxyTopology(servers, "server-pro-1", "0.0.0.0", 8080, URI.create("http://overleaf.lan:9090")));
        assertThat(haproxyConfig(published)).isEqualTo(expected).contains(
                "  timeout server 10m\n",
                "  timeout tunnel 23h\n",
                "  cookie server-pro-ha insert maxidle 24h\n",
                "  option redispatch 1\n",
                "  option httpchk HEAD /status\n",
                "  option forwardfor\n",
                "  use-server server-pro-1 if { path_beg /git/ }\n");
    }

    @Test
    void longerCompilesStretchHaproxysServerTimeoutAndTheNodesKeepAlive() {
        Plan slow = TestStacks.localPlan(Map.of("compileTimeoutSeconds", "300", "loadBalancerIdleTimeoutSeconds", "900"));
        assertThat(haproxyConfig(slow)).contains("  timeout server 15m\n", "  timeout http-keep-alive 15m\n");
        assertThat(texts(input(get(slow, CONTAINER, "server-pro-1"), "envs")))
                .contains("COMPILE_TIMEOUT=300", "NGINX_KEEPALIVE_TIMEOUT=905");
    }

    @Test
    void theStackOutputsWhereTheSiteIsAndWhatRuns() {
        assertThat(plan.outputs().get("siteUrl").asText()).isEqualTo("http://localhost:8080");
        assertThat(plan.outputs().get("publishedAddress").asText()).isEqualTo("http://127.0.0.1:8080");
        assertThat(plan.outputs().get("bucketNames").path("user-files").asText()).isEqualTo("overleaf-ha-local-user-files");
        assertThat(plan.outputs().get("bucketNames").size()).isEqualTo(4);
        assertThat(texts(plan.outputs().get("containerNames"))).containsExactly("mongo", "mongo-replica-set-initiate",
                "redis", "minio", "minio-setup", "git-bridge", "server-pro-1", "server-pro-2", "server-pro-3", "haproxy");
    }

    @Test
    void noSecretAppearsInThePlan() {
        String json = PlanPrinter.json(plan);
        // The mocks' stand-in for every generated value, and the registry password read from the stack file.
        assertThat(json).doesNotContain("generated-at-deploy").doesNotContain(StackFile.SECRET_PLACEHOLDER)
                .doesNotContain("mongodb://");
        for (String variable : SecretVariables.all()) {
            assertThat(json).as(variable).doesNotContain(variable + "=");
        }
    }

    @Test
    void twoRunsDeclareIdenticalInputs() {
        assertThat(PlanPrinter.json(TestStacks.localPlan())).isEqualTo(PlanPrinter.json(plan));
    }

    @Test
    void everyResourceSitsInAComponentOfItsRole() {
        assertThat(plan.resources()).allSatisfy(resource -> {
            if (resource.parent() == null) {
                assertThat(resource.type()).startsWith("overleaf-ha:");
            }
        });
        assertThat(plan.resources()).filteredOn(r -> r.parent() == null).extracting(PlannedResource::name)
                .containsExactly("git-bridge", "image-references", "images", "load-balancer", "mongo", "network",
                        "object-storage", "redis", "server-pro", "shared-secrets");
        assertThat(plan.resources()).hasSize(44);
    }

    @Test
    void onlyTheVolumesHoldingUsersDocumentsAndFilesAreProtected() {
        assertThat(where(plan, PlannedResource::protect)).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("mongo-data", "object-storage-data");
    }

    /** Secret variables show as "[secret]" exactly where their names sort; every other entry is NAME=value. */
    private static void assertSecretsInPlace(List<String> env, Set<String> secretNames) {
        List<String> names = new ArrayList<>(secretNames);
        env.stream().filter(entry -> !entry.equals(SECRET)).map(entry -> entry.substring(0, entry.indexOf('=')))
                .forEach(names::add);
        names.sort(null);
        assertThat(env).hasSameSizeAs(names);
        for (int i = 0; i < env.size(); i++) {
            if (secretNames.contains(names.get(i))) {
                assertThat(env.get(i)).as(names.get(i)).isEqualTo(SECRET);
            } else {
                assertThat(env.get(i)).startsWith(names.get(i) + "=");
            }
        }
    }

    /** A container that runs once to completion, which `pulumi up` waits for, and is never restarted. */
    private static void assertOneShot(PlannedResource container) {
        assertThat(input(container, "attach").asBoolean()).isTrue();
        assertThat(input(container, "mustRun").asBoolean()).isFalse();
        assertThat(text(container, "restart")).isEqualTo("no");
        assertThat(input(container, "networksAdvanced.0.ipv4Address").isMissingNode()).isTrue();
    }

    private static String haproxyConfig(Plan plan) {
        return text(get(plan, CONTAINER, "load-balancer-haproxy"), "uploads.0.content");
    }

    private static Map<String, String> uploads(PlannedResource container) {
        Map<String, String> uploads = new HashMap<>();
        input(container, "uploads").forEach(upload -> uploads.put(upload.path("file").asText(), upload.path("content").asText()));
        return uploads;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void serverProNodesRefuseFewerThanOneNode() {
        // Node 1 is git-bridge's sibling and the node the others wait for: a stack without it cannot start.
        assertThatThrownBy(() -> new ServerProNodes.Args(0, null, null, Map.of(), "/srv/overleaf", null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count must be at least 1");
    }
}
