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
        PlannedResource network = plan.get(NETWORK, "network-bridge");
        assertThat(network.parent()).isEqualTo("network");
        assertThat(network.text("name")).isEqualTo("overleaf-ha-local");
        assertThat(network.text("driver")).isEqualTo("bridge");
        assertThat(network.text("ipamConfigs.0.subnet")).isEqualTo("198.18.0.0/23");
        assertThat(network.text("ipamConfigs.0.gateway")).isEqualTo("198.18.0.1");
        assertThat(network.text("ipamConfigs.0.ipRange")).isEqualTo("198.18.0.128/25");
        assertThat(plan.ofType(CONTAINER)).allSatisfy(container ->
                assertThat(container.text("networksAdvanced.0.name")).isEqualTo("overleaf-ha-local"));
    }

    @Test
    void serverProAndGitBridgeArePulledByTheDigestOfTheirTag() {
        assertThat(plan.get(IMAGE, "images-server-pro").text("name"))
                .matches("quay\\.io/sharelatex/sharelatex-pro:6\\.2\\.2@sha256:[0-9a-f]{64}");
        assertThat(plan.get(IMAGE, "images-git-bridge").text("name"))
                .matches("quay\\.io/sharelatex/git-bridge:6\\.2\\.2@sha256:[0-9a-f]{64}");
        String pinned = "sha256:" + "b".repeat(64);
        assertThat(TestStacks.localPlan(Map.of("serverProImageDigest", pinned, "pinnedImagesVersion", "6.2.2")).get(IMAGE, "images-server-pro")
                .text("name")).isEqualTo("quay.io/sharelatex/sharelatex-pro:6.2.2@" + pinned);
    }

    @Test
    void everyImageIsPulledOnceAndKeptAtDestroy() {
        assertThat(plan.ofType(IMAGE)).extracting(image -> image.text("name")).containsExactlyInAnyOrder(
                plan.get(IMAGE, "images-server-pro").text("name"),
                plan.get(IMAGE, "images-git-bridge").text("name"),
                "quay.io/sharelatex/texlive-full:2025.1",
                "haproxy:2.6",
                "mongo:8.0",
                "redis:7.2",
                "minio/minio:RELEASE.2025-04-22T22-12-26Z",
                "minio/mc:RELEASE.2025-04-16T18-13-26Z");
        assertThat(plan.ofType(IMAGE)).allSatisfy(image -> {
            assertThat(image.input("keepLocally").asBoolean()).isTrue();
            assertThat(image.parent()).isEqualTo("images");
        });
    }

    @Test
    void theRegistryLoginIsSentAsASecretAndOnlyWhenConfigured() {
        PlannedResource login = plan.get("pulumi:providers:docker", "image-references-registry");
        assertThat(login.parent()).isEqualTo("image-references");
        assertThat(login.inputs()).hasToString("{\"registryAuth\":\"" + SECRET + "\"}");
        Plan anonymous = TestStacks.localPlan(Map.of("registryUsername", "", "registryPassword", ""));
        assertThat(anonymous.ofType("pulumi:providers:docker")).isEmpty();
        assertThat(anonymous.ofType(IMAGE)).hasSameSizeAs(plan.ofType(IMAGE));
    }

    @Test
    void everyContainerRunsItsPulledImage() {
        Map<String, String> images = new HashMap<>();
        plan.ofType(CONTAINER).forEach(container -> images.put(container.text("name"), container.text("image")));
        assertThat(images).containsEntry("mongo", "image-id-of-mongo:8.0")
                .containsEntry("mongo-replica-set-initiate", "image-id-of-mongo:8.0")
                .containsEntry("redis", "image-id-of-redis:7.2")
                .containsEntry("minio", "image-id-of-minio/minio:RELEASE.2025-04-22T22-12-26Z")
                .containsEntry("minio-setup", "image-id-of-minio/mc:RELEASE.2025-04-16T18-13-26Z")
                .containsEntry("git-bridge", "image-id-of-" + plan.get(IMAGE, "images-git-bridge").text("name"))
                .containsEntry("server-pro-1", "image-id-of-" + plan.get(IMAGE, "images-server-pro").text("name"))
                .containsEntry("haproxy", "image-id-of-haproxy:2.6")
                .hasSize(10);
    }

    @Test
    void mongoRunsAsAReplicaSetOnAProtectedVolumeAndIsInitiatedOnce() {
        assertThat(plan.get(VOLUME, "mongo-data").text("name")).isEqualTo("overleaf-ha-local-mongo");
        PlannedResource mongo = plan.get(CONTAINER, "mongo-server");
        assertThat(texts(mongo.input("command"))).containsExactly("--replSet", "overleaf");
        assertThat(mongo.text("networksAdvanced.0.ipv4Address")).isEqualTo("198.18.0.3");
        assertThat(mongo.text("volumes.0.volumeName")).isEqualTo("overleaf-ha-local-mongo");
        assertThat(mongo.text("volumes.0.containerPath")).isEqualTo("/data/db");
        assertThat(mongo.text("restart")).isEqualTo("always");
        assertThat(texts(mongo.input("healthcheck.tests"))).startsWith("CMD", "mongosh");
        assertThat(mongo.input("wait").asBoolean()).isTrue();

        PlannedResource initiate = plan.get(CONTAINER, "mongo-initiate");
        assertThat(texts(initiate.input("entrypoints"))).containsExactly("mongosh");
        List<String> command = texts(initiate.input("command"));
        assertThat(command.subList(0, 4)).containsExactly("--quiet", "--host", "198.18.0.3:27017", "--eval");
        assertThat(command.get(4)).startsWith("try { rs.status() } catch (notInitiated) {")
                .contains("rs.initiate({ _id: \"overleaf\", members: [{ _id: 0, host: \"198.18.0.3:27017\" }] })")
                .contains("isWritablePrimary");
        assertOneShot(initiate);
    }

    @Test
    void redisPersistsEveryWriteOnItsVolume() {
        PlannedResource redis = plan.get(CONTAINER, "redis-server");
        assertThat(texts(redis.input("command"))).containsExactly("redis-server", "--appendonly", "yes");
        assertThat(redis.text("networksAdvanced.0.ipv4Address")).isEqualTo("198.18.0.4");
        assertThat(redis.text("volumes.0.volumeName")).isEqualTo("overleaf-ha-local-redis");
        assertThat(redis.text("volumes.0.containerPath")).isEqualTo("/data");
        assertThat(redis.text("restart")).isEqualTo("always");
        assertThat(plan.get(VOLUME, "redis-data").text("name")).isEqualTo("overleaf-ha-local-redis");
    }

    @Test
    void minioCredentialsAreGeneratedAndReachItOnlyAsSecrets() {
        assertThat(plan.ofType(RANDOM).stream().filter(r -> r.parent().equals("object-storage")))
                .extracting(PlannedResource::name, r -> r.input("length").asInt())
                .containsExactlyInAnyOrder(
                        tuple("object-storage-root-user", 20),
                        tuple("object-storage-root-password", 40),
                        tuple("object-storage-filestore-secret-key", 40),
                        tuple("object-storage-history-secret-key", 40));
        assertThat(plan.ofType(RANDOM)).allSatisfy(r -> assertThat(r.input("special").asBoolean()).isFalse());

        PlannedResource minio = plan.get(CONTAINER, "object-storage-server");
        assertThat(texts(minio.input("command"))).containsExactly("server", "/data");
        assertThat(texts(minio.input("envs"))).containsExactly(SECRET, SECRET);
        assertThat(minio.text("networksAdvanced.0.ipv4Address")).isEqualTo("198.18.0.5");
        assertThat(minio.text("volumes.0.volumeName")).isEqualTo("overleaf-ha-local-minio");
        assertThat(minio.text("volumes.0.containerPath")).isEqualTo("/data");
        assertThat(minio.text("restart")).isEqualTo("always");
    }

    @Test
    void minioSetupCreatesTheFourBucketsAndOneUserPerClientWithItsPolicy() throws Exception {
        PlannedResource setup = plan.get(CONTAINER, "object-storage-setup");
        assertThat(texts(setup.input("entrypoints"))).containsExactly("sh");
        assertThat(texts(setup.input("command"))).containsExactly("/overleaf-setup/minio-setup.sh");
        // MC_HOST_minio and each client's access and secret key: secret; the bucket names: plain.
        assertThat(texts(setup.input("envs"))).containsExactly(
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
        PlannedResource gitBridge = plan.get(CONTAINER, "git-bridge-container");
        assertThat(gitBridge.text("name")).isEqualTo("git-bridge");
        assertThat(gitBridge.text("user")).isEqualTo("root");
        assertThat(texts(gitBridge.input("command"))).containsExactly("/server-pro-start.sh");
        assertThat(texts(gitBridge.input("envs"))).containsExactly(
                "GIT_BRIDGE_API_BASE_URL=http://server-pro-1:3000/api/v0/",
                "GIT_BRIDGE_OAUTH2_SERVER=http://server-pro-1",
                "GIT_BRIDGE_POSTBACK_BASE_URL=http://198.18.0.6:8000",
                "GIT_BRIDGE_ROOT_DIR=/data/git-bridge");
        assertThat(gitBridge.text("volumes.0.hostPath")).isEqualTo("/var/lib/overleaf-ha-local/git-bridge");
        assertThat(gitBridge.text("volumes.0.containerPath")).isEqualTo("/data/git-bridge");
        assertThat(gitBridge.text("networksAdvanced.0.ipv4Address")).isEqualTo("198.18.0.6");
        assertThat(gitBridge.text("restart")).isEqualTo("always");
    }

    @Test
    void eachNodeGetsItsAddressScratchDirectoryDockerSocketAndGracePeriod() {
        for (int n = 1; n <= 3; n++) {
            PlannedResource node = plan.get(CONTAINER, "server-pro-" + n);
            assertThat(node.parent()).isEqualTo("server-pro");
            assertThat(node.text("name")).isEqualTo("server-pro-" + n);
            assertThat(node.text("hostname")).isEqualTo("server-pro-" + n);
            assertThat(node.text("networksAdvanced.0.ipv4Address")).isEqualTo("198.18.1." + n);
            assertThat(node.text("volumes.0.hostPath")).isEqualTo("/var/lib/overleaf-ha-local/node-" + n);
            assertThat(node.text("volumes.0.containerPath")).isEqualTo("/var/lib/overleaf");
            assertThat(node.text("volumes.1.hostPath")).isEqualTo("/var/run/docker.sock");
            assertThat(node.text("volumes.1.containerPath")).isEqualTo("/var/run/docker.sock");
            assertThat(node.text("restart")).isEqualTo("always");
            assertThat(node.input("stopTimeout").asInt()).isEqualTo(60);
            assertThat(node.input("destroyGraceSeconds").asInt()).isEqualTo(60);
            assertThat(texts(node.input("healthcheck.tests")))
                    .containsExactly("CMD", "curl", "-fsS", "-o", "/dev/null", "http://localhost/status");
        }
        // Nodes wait for both one-shot setups to have exited 0 (a failed one fails pulumi up: OneShotSetupTest).
        for (int n = 1; n <= 3; n++) {
            assertThat(plan.get(CONTAINER, "server-pro-" + n).text("labels.0.label")).isEqualTo("overleaf-ha.setup");
            assertThat(plan.get(CONTAINER, "server-pro-" + n).text("labels.0.value")).isEqualTo("succeeded");
        }
        // Node 1 must serve (migrations done) before the others start.
        assertThat(plan.get(CONTAINER, "server-pro-1").input("wait").asBoolean()).isTrue();
        assertThat(plan.get(CONTAINER, "server-pro-2").input("wait").isMissingNode()).isTrue();
    }

    @Test
    void nodesGetTheSharedEnvironmentWithEverySecretHidden() {
        for (int n = 1; n <= 3; n++) {
            List<String> env = texts(plan.get(CONTAINER, "server-pro-" + n).input("envs"));
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
        List<String> env = texts(withEmail.get(CONTAINER, "server-pro-2").input("envs"));
        assertSecretsInPlace(env, secrets);
        assertThat(env).contains("OVERLEAF_EMAIL_SMTP_HOST=smtp.example.com", "OVERLEAF_EMAIL_SMTP_USER=overleaf");
        assertThat(PlanPrinter.json(withEmail)).doesNotContain("smtp-password-in-clear");
    }

    @Test
    void fiveNodesGetFiveAddressesAndScratchDirectoriesAndAllSitBehindHaproxy() {
        Plan five = TestStacks.localPlan(Map.of("nodeCount", "5"));
        List<PlannedResource> nodes = five.where(r -> r.parent() != null && r.parent().equals("server-pro"));
        assertThat(nodes).extracting(node -> node.text("name"))
                .containsExactly("server-pro-1", "server-pro-2", "server-pro-3", "server-pro-4", "server-pro-5");
        assertThat(nodes).extracting(node -> node.text("networksAdvanced.0.ipv4Address"))
                .containsExactly("198.18.1.1", "198.18.1.2", "198.18.1.3", "198.18.1.4", "198.18.1.5");
        assertThat(nodes).extracting(node -> node.text("volumes.0.hostPath")).doesNotHaveDuplicates().hasSize(5)
                .allSatisfy(dir -> assertThat(dir).matches("/var/lib/overleaf-ha-local/node-[1-5]"));
        assertThat(haproxyConfig(five)).contains("  server server-pro-5 198.18.1.5:80 cookie server-pro-5\n");
        assertThat(texts(five.outputs().get("containerNames"))).contains("server-pro-5");
    }

    @Test
    void haproxyGetsTheRenderedConfigAndPublishesTheConfiguredAddress() {
        Plan published = TestStacks.localPlan(Map.of("localHttpAddress", "0.0.0.0", "localHttpPort", "9090",
                "siteUrl", "http://overleaf.lan:9090"));
        PlannedResource haproxy = published.get(CONTAINER, "load-balancer-haproxy");
        assertThat(haproxy.text("name")).isEqualTo("haproxy");
        assertThat(haproxy.text("networksAdvanced.0.ipv4Address")).isEqualTo("198.18.0.2");
        assertThat(haproxy.text("ports.0.ip")).isEqualTo("0.0.0.0");
        assertThat(haproxy.input("ports.0.external").asInt()).isEqualTo(9090);
        assertThat(haproxy.input("ports.0.internal").asInt()).isEqualTo(8080);
        assertThat(haproxy.text("ports.0.protocol")).isEqualTo("tcp");
        assertThat(haproxy.text("restart")).isEqualTo("always");
        assertThat(haproxy.text("uploads.0.file")).isEqualTo("/usr/local/etc/haproxy/haproxy.cfg");

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
        assertThat(texts(slow.get(CONTAINER, "server-pro-1").input("envs")))
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
        assertThat(plan.where(PlannedResource::protect)).extracting(PlannedResource::name)
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
        assertThat(container.input("attach").asBoolean()).isTrue();
        assertThat(container.input("mustRun").asBoolean()).isFalse();
        assertThat(container.text("restart")).isEqualTo("no");
        assertThat(container.input("networksAdvanced.0.ipv4Address").isMissingNode()).isTrue();
    }

    private static String haproxyConfig(Plan plan) {
        return plan.get(CONTAINER, "load-balancer-haproxy").text("uploads.0.content");
    }

    private static Map<String, String> uploads(PlannedResource container) {
        Map<String, String> uploads = new HashMap<>();
        container.input("uploads").forEach(upload -> uploads.put(upload.path("file").asText(), upload.path("content").asText()));
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
