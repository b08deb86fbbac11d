package io.github.overleafha.node;

import io.github.overleafha.core.ImageReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class CloudConfigRendererTest {

    private static final String BOOT = CloudConfigRenderer.BOOT_DIR + "/";
    private static final String UNITS = "/etc/systemd/system/";

    @Test
    void onlyTheLeaderRecordsMigrationsAndHostsGitBridge() {
        Map<String, String> leader = UserData.files(CloudConfigRenderer.render(SampleSpecs.leader()));
        Map<String, String> follower = UserData.files(CloudConfigRenderer.render(SampleSpecs.follower()));

        List<String> leaderOnly = List.of("/etc/overleaf/git-bridge.env", UNITS + "overleaf-migrations.service",
                UNITS + "overleaf-git-bridge.service");
        assertThat(leader).containsKeys(leaderOnly.toArray(String[]::new));
        assertThat(follower).doesNotContainKeys(leaderOnly.toArray(String[]::new));
        assertThat(leader.keySet()).containsAll(follower.keySet());
        // One archive of every script on every node: the units decide which run.
        assertThat(follower).containsKeys(BOOT + "boot-lib.sh", BOOT + "start-server-pro.sh", BOOT + "attach-leader-resources.sh");
        assertThat(follower.get(BOOT + "start-server-pro.sh")).isEqualTo(leader.get(BOOT + "start-server-pro.sh"));

        assertThat(leader.get("/etc/overleaf/boot.env")).contains("LEADER='true'\n",
                "LEADER_RESOURCE_TAG='overleaf-ha:leader-resource'\n",
                "LEADER_RESOURCE_TAG_VALUE='" + SampleSpecs.LEADER_TAG_VALUE + "'\n",
                "LEADER_ZONE='" + SampleSpecs.ZONE + "'\n", "LEADER_SUBNET=''\n", "GIT_BRIDGE_SNAPSHOT_ID=''\n",
                "FOLLOWER_GROUP='" + SampleSpecs.FOLLOWER_GROUP + "'\n", "LEADER_GROUP='" + SampleSpecs.LEADER_GROUP + "'\n");
        // Every follower boots from the same user data: nothing in it tells one from another.
        assertThat(follower.get("/etc/overleaf/boot.env")).contains("LEADER='false'\n")
                .doesNotContain("GIT_BRIDGE", "NODE_INDEX", "LEADER_RESOURCE", "LEADER_ZONE", "FOLLOWER_GROUP", "LEADER_GROUP");
        // Both find Redis by its replication group, and write its host themselves.
        for (Map<String, String> node : List.of(leader, follower)) {
            assertThat(node.get("/etc/overleaf/boot.env")).contains(
                    "REDIS_REPLICATION_GROUP='" + SampleSpecs.REDIS_GROUP + "'\n",
                    "REDIS_HOST_VARIABLES='OVERLEAF_REDIS_HOST REDIS_HOST'\n",
                    "SHARED_SECRETS_NAME='" + SampleSpecs.SHARED_SECRETS_NAME + "'\n",
                    "REGISTRY_CREDENTIALS_NAME='" + SampleSpecs.REGISTRY_CREDENTIALS_NAME + "'\n");
            assertThat(node.get("/etc/overleaf/server-pro.env")).doesNotContain("REDIS_HOST")
                    .contains("GIT_BRIDGE_HOST=" + SampleSpecs.GIT_BRIDGE_HOST + "\n");
        }
        assertThat(leader.get("/etc/overleaf/server-pro.env")).contains("V1_HISTORY_URL=http://server-pro:3100/api\n");
        assertThat(follower.get("/etc/overleaf/server-pro.env")).contains("V1_HISTORY_URL=http://localhost:3100/api\n");
        assertThat(enabledUnits(SampleSpecs.leader())).containsExactly("overleaf-instance-store.service",
                "overleaf-log-shipping.service", "overleaf-server-pro.service", "overleaf-migrations.service",
                "overleaf-git-bridge.service");
        assertThat(enabledUnits(SampleSpecs.follower())).containsExactly("overleaf-instance-store.service",
                "overleaf-log-shipping.service", "overleaf-server-pro.service");
    }

    @Test
    void theScriptsAreInstalledAsTheyAreInTheRepository() throws Exception {
        Map<String, String> files = UserData.files(CloudConfigRenderer.render(SampleSpecs.leader()));

        for (Map.Entry<String, String> file : files.entrySet()) {
            if (file.getKey().startsWith(BOOT)) {
                String name = file.getKey().substring(BOOT.length());
                try (var in = getClass().getResourceAsStream("/boot/" + name)) {
                    assertThat(file.getValue()).isEqualTo(
                            PackedBootScriptsTest.withoutComments(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
    }

    @Test
    void theContainerUnitsFetchSecretsFirstAndStopWithinTheGracePeriod() {
        Map<String, String> files = UserData.files(CloudConfigRenderer.render(SampleSpecs.leader()));

        assertThat(files.get(UNITS + "overleaf-server-pro.service")).contains(
                "Requires=docker.service\n",
                "ExecStartPre=" + BOOT + "fetch-secrets.sh\nExecStart=" + BOOT + "start-server-pro.sh\n",
                "ExecStop=-/usr/bin/docker stop -t 60 server-pro\n", "TimeoutStopSec=90\n", "Restart=on-failure\n");
        assertThat(files.get(UNITS + "overleaf-git-bridge.service")).contains(
                "ExecStartPre=" + BOOT + "fetch-secrets.sh\nExecStartPre=" + BOOT + "attach-leader-resources.sh\n"
                        + "ExecStartPre=" + BOOT + "setup-git-bridge-volume.sh\nExecStart=" + BOOT + "start-git-bridge.sh\n",
                "ExecStop=-/usr/bin/docker stop -t 60 git-bridge\n");
    }

    @Test
    void theInstanceStoreIsSetUpBeforeDockerAndTheLogShipping() {
        Map<String, String> files = UserData.files(CloudConfigRenderer.render(SampleSpecs.follower()));

        assertThat(files.get(UNITS + "overleaf-instance-store.service")).contains("Before=docker.service\n",
                "RequiredBy=docker.service\n");
        assertThat(files.get(UNITS + "overleaf-log-shipping.service"))
                .contains("After=overleaf-instance-store.service network-online.target\n");
    }

    @Test
    void noSecretValueEverReachesTheUserData() {
        // What the deployment stores in Secrets Manager: the node gets its ARN and names, never these values.
        Map<String, String> sharedSecret = new LinkedHashMap<>();
        SampleSpecs.SHARED_SECRET_NAMES.forEach(name -> sharedSecret.put(name, "leak-" + name.hashCode() + "-x9"));

        String userData = CloudConfigRenderer.render(SampleSpecs.leader());
        String everything = userData + String.join("\n", UserData.files(userData).values());

        assertThat(everything).contains(SampleSpecs.SHARED_SECRETS_NAME);
        for (String value : sharedSecret.values()) {
            assertThat(everything).doesNotContain(value);
        }
        Map.Entry<String, String> secret = sharedSecret.entrySet().iterator().next();
        assertThatThrownBy(() -> SampleSpecs.leader(SampleSpecs.environment(Map.of(secret.getKey(), secret.getValue()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(secret.getKey())
                .message().doesNotContain(secret.getValue());
    }

    @Test
    void theSameSpecRendersTheSameBytes() {
        NodeBootSpec sorted = SampleSpecs.leader();
        // The same spec from collections sorted the other way round.
        SortedSet<String> reversedNames = new TreeSet<>(Comparator.reverseOrder());
        reversedNames.addAll(sorted.sharedSecretNames());
        SortedMap<String, String> reversedEnvironment = new TreeMap<>(Comparator.reverseOrder());
        reversedEnvironment.putAll(sorted.environment());
        NodeBootSpec reversed = new NodeBootSpec(sorted.leader(), sorted.region(),
                sorted.serverProImage(), sorted.serverProVersion(), sorted.texLiveImages(), sorted.sharedSecretsName(),
                reversedNames, sorted.registryCredentialsName(), sorted.redisReplicationGroup(), reversedEnvironment, sorted.gitBridge(),
                sorted.migrationParameterName(), sorted.logGroupName(), sorted.followerGroupName(), sorted.leaderGroupName(),
                sorted.metricsNamespace());

        assertThat(CloudConfigRenderer.render(reversed)).isEqualTo(CloudConfigRenderer.render(sorted))
                .isEqualTo(CloudConfigRenderer.render(SampleSpecs.leader()));
    }

    @Test
    void aRealisticNodeFitsInEc2UserData() {
        int leader = CloudConfigRenderer.render(SampleSpecs.leader()).getBytes(StandardCharsets.UTF_8).length;
        int follower = CloudConfigRenderer.render(SampleSpecs.follower()).getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("user data: leader %d bytes, follower %d bytes (limit %d)%n", leader, follower,
                CloudConfigRenderer.USER_DATA_LIMIT_BYTES);

        assertThat(leader).isLessThan(CloudConfigRenderer.USER_DATA_LIMIT_BYTES);
        assertThat(follower).isLessThan(leader);
    }

    @Test
    void userDataAboveTheEc2LimitIsRefused() {
        NodeBootSpec huge = SampleSpecs.leader(SampleSpecs.environment(Map.of("OVERLEAF_NAV_TITLE", "x".repeat(6000))));

        assertThatThrownBy(() -> CloudConfigRenderer.render(huge))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16384");
    }

    @Test
    void anEnvironmentValueOnSeveralLinesIsRefused() {
        assertThatThrownBy(() -> SampleSpecs.leader(SampleSpecs.environment(Map.of("OVERLEAF_APP_NAME", "a\nb"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OVERLEAF_APP_NAME");
        NodeBootSpec leader = SampleSpecs.leader();
        NodeBootSpec.GitBridge multiLine = new NodeBootSpec.GitBridge(leader.gitBridge().orElseThrow().image(),
                SampleSpecs.leaderResources(), new TreeMap<>(Map.of("GIT_BRIDGE_ROOT_DIR", "/data\r")));
        assertThatThrownBy(() -> SampleSpecs.spec(true, leader.environment(), Optional.of(multiLine)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GIT_BRIDGE_ROOT_DIR");
    }

    @Test
    void gitBridgeRunsOnTheLeaderOnlyAndWithServerProsTag() {
        NodeBootSpec leader = SampleSpecs.leader();
        NodeBootSpec.GitBridge gitBridge = leader.gitBridge().orElseThrow();

        assertThatThrownBy(() -> SampleSpecs.spec(false, leader.environment(), Optional.of(gitBridge)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leader");
        NodeBootSpec.GitBridge otherTag = new NodeBootSpec.GitBridge(ImageReference.of("quay.io/sharelatex/git-bridge", "6.1.0"),
                gitBridge.resources(), gitBridge.environment());
        assertThatThrownBy(() -> SampleSpecs.spec(true, leader.environment(), Optional.of(otherTag)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SampleSpecs.VERSION);
    }

    @Test
    void redisHostComesFromTheBootLookupOnlyNeverAlsoFromTheEnvironment() {
        assertThatThrownBy(() -> SampleSpecs.leader(SampleSpecs.environment(Map.of("REDIS_HOST", "master.x.cache.amazonaws.com"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REDIS_HOST is looked up at boot");
    }

    @Test
    void dockerLogsInToTheRegistryOfTheServerProImage() {
        assertThat(UserData.files(CloudConfigRenderer.render(SampleSpecs.follower())).get("/etc/overleaf/boot.env"))
                .contains("REGISTRY='quay.io'\n");
    }

    @Test
    void everySecretVariableIsRefusedInAPlainEnvironment() {
        // Not in the sample's shared secret, but a secret all the same.
        assertThatThrownBy(() -> SampleSpecs.leader(SampleSpecs.environment(
                Map.of("OVERLEAF_HISTORY_S3_SECRET_ACCESS_KEY", "fake-key-7a6b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OVERLEAF_HISTORY_S3_SECRET_ACCESS_KEY")
                .message().doesNotContain("fake-key-7a6b");
    }

    @Test
    void anImageWithoutAPinnedTagIsRefused() {
        assertThatThrownBy(() -> new NodeBootSpec.GitBridge(
                ImageReference.parse("quay.io/sharelatex/git-bridge:latest").orElseThrow(),
                SampleSpecs.leaderResources(), new TreeMap<>()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pinned tag");
        assertThatThrownBy(() -> new NodeBootSpec.LeaderResources(BootSpecs.LEADER_RESOURCE_TAG, SampleSpecs.LEADER_TAG_VALUE,
                SampleSpecs.ZONE, Optional.empty(), Optional.of("vol-0123456789abcdef0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snapshot");
        NodeBootSpec follower = SampleSpecs.follower();
        assertThatThrownBy(() -> new NodeBootSpec(false, follower.region(), follower.serverProImage(),
                follower.serverProVersion(), List.of("quay.io/sharelatex/texlive-full:latest"),
                follower.sharedSecretsName(), follower.sharedSecretNames(), Optional.empty(),
                follower.redisReplicationGroup(), follower.environment(),
                Optional.empty(), follower.migrationParameterName(), follower.logGroupName(), follower.followerGroupName(), follower.leaderGroupName(),
                follower.metricsNamespace()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TeX Live image");
    }

    private static List<String> enabledUnits(NodeBootSpec spec) {
        JsonNode runcmd = UserData.parse(CloudConfigRenderer.render(spec)).get("runcmd");
        // First the scripts are unpacked, then systemd reloads, then every unit is enabled.
        assertThat(runcmd.get(1).toString()).isEqualTo("[\"systemctl\",\"daemon-reload\"]");
        List<String> enable = StreamSupport.stream(runcmd.get(2).spliterator(), false).map(JsonNode::asText).toList();
        assertThat(enable).startsWith("systemctl", "enable", "--now", "--no-block");
        return enable.subList(4, enable.size());
    }
}
