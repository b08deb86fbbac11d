package io.github.overleafha.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.overleafha.core.DiskMetrics;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.core.SignIn;
import io.github.overleafha.render.AgentMetricsRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders a node's EC2 user data: a {@code #cloud-config} document for Amazon Linux 2023 that installs the boot
 * scripts ({@code src/main/resources/boot}) and systemd units, and starts them. The same spec always renders the
 * same bytes, so an unchanged node is not replaced.
 */
public final class CloudConfigRenderer {

    /** EC2 refuses user data above this size (before base64). */
    public static final int USER_DATA_LIMIT_BYTES = 16384;

    static final String BOOT_DIR = "/opt/overleaf/boot";
    private static final String CONFIG_DIR = "/etc/overleaf";
    /** The agent's metrics configuration (the node's disks), which ship-logs.sh merges into the agent's. */
    static final String DISK_METRICS_FILE = CONFIG_DIR + "/disk-metrics.json";
    private static final String UNIT_DIR = "/etc/systemd/system";
    /**
     * awscli-2 is preinstalled on the standard AL2023 AMI but not on the minimal one; installing it is a no-op there.
     * amazon-cloudwatch-agent (AL2023's own package) ships Server Pro's log files.
     */
    private static final List<String> PACKAGES = List.of("docker", "mdadm", "jq", "xfsprogs", "awscli-2",
            "amazon-cloudwatch-agent", "tar");
    /** Every boot script in one archive (scripts/pack-boot-scripts.sh), unpacked into {@link #BOOT_DIR}. */
    static final String SCRIPTS_ARCHIVE = BOOT_DIR + "/boot-scripts.tar.gz";
    private static final String SERVER_PRO_UNIT = "overleaf-server-pro.service";
    private static final String GIT_BRIDGE_UNIT = "overleaf-git-bridge.service";
    private static final String INSTANCE_STORE_UNIT = "overleaf-instance-store.service";
    private static final String MIGRATIONS_UNIT = "overleaf-migrations.service";
    private static final String LOG_SHIPPING_UNIT = "overleaf-log-shipping.service";
    private static final String NETWORK_ONLINE = "network-online.target";
    /** Server Pro's pre-shutdown disconnects every editor; give it the 60 s Overleaf asks for. */
    private static final int CONTAINER_STOP_SECONDS = 60;

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());

    private CloudConfigRenderer() {
    }

    /** A systemd unit. */
    private record Unit(String name, String text) {
    }

    /** The user data of one node; throws if it would exceed EC2's limit. */
    public static String render(NodeBootSpec spec) {
        String userData = cloudConfig(spec);
        int size = byteSize(userData);
        if (size > USER_DATA_LIMIT_BYTES) {
            throw new IllegalArgumentException("user data of the " + (spec.leader() ? "leader" : "followers") + " is " + size
                    + " bytes, above EC2's limit of " + USER_DATA_LIMIT_BYTES);
        }
        return userData;
    }

    /** How many bytes the node's user data takes, whether or not that fits EC2's limit. */
    public static int size(NodeBootSpec spec) {
        return byteSize(cloudConfig(spec));
    }

    private static int byteSize(String userData) {
        return userData.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String cloudConfig(NodeBootSpec spec) {
        List<Unit> units = units(spec);
        Map<String, Object> cloudConfig = new LinkedHashMap<>();
        cloudConfig.put("packages", PACKAGES);
        cloudConfig.put("write_files", files(spec, units));
        cloudConfig.put("runcmd", List.of(
                List.of("tar", "--extract", "--gzip", "--no-same-owner", "--file", SCRIPTS_ARCHIVE, "--directory", BOOT_DIR),
                List.of("systemctl", "daemon-reload"),
                // --no-block: a follower may wait an hour for the leader; cloud-init need not wait with it.
                Stream.concat(Stream.of("systemctl", "enable", "--now", "--no-block"), units.stream().map(Unit::name))
                        .toList()));
        try {
            return "#cloud-config\n" + YAML.writeValueAsString(cloudConfig);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write cloud-config", e);
        }
    }

    /** The node's parameters and environment, the boot scripts, the units. */
    private static List<Map<String, String>> files(NodeBootSpec spec, List<Unit> units) {
        List<Map<String, String>> files = new ArrayList<>();
        files.add(plainFile(CONFIG_DIR + "/boot.env", bootEnv(spec)));
        files.add(plainFile(CONFIG_DIR + "/server-pro.env", envFile(spec.environment())));
        spec.gitBridge().ifPresent(gitBridge ->
                files.add(plainFile(CONFIG_DIR + "/git-bridge.env", envFile(gitBridge.environment()))));
        files.add(plainFile(DISK_METRICS_FILE, AgentMetricsRenderer.render(spec.metricsNamespace(),
                spec.leader() ? spec.leaderGroupName() : spec.followerGroupName(),
                DiskMetrics.disks(spec.gitBridge().isPresent()))));
        files.add(scripts());
        units.forEach(unit -> files.add(plainFile(UNIT_DIR + "/" + unit.name(), unit.text())));
        return files;
    }

    /** The parameters of the boot scripts, as a file bash sources. */
    private static String bootEnv(NodeBootSpec spec) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("LEADER", Boolean.toString(spec.leader()));
        variables.put("AWS_REGION", spec.region());
        variables.put("LOG_GROUP", spec.logGroupName());
        variables.put("SERVER_PRO_VERSION", spec.serverProVersion());
        variables.put("SERVER_PRO_IMAGE", spec.serverProImage().toString());
        variables.put("SERVER_PRO_CONTAINER", NodeBootSpec.SERVER_PRO_CONTAINER);
        variables.put("SERVER_PRO_DATA_DIR", NodeBootSpec.SERVER_PRO_DATA_DIR);
        variables.put("TEX_LIVE_IMAGES", String.join(" ", spec.texLiveImages()));
        variables.put("MIGRATION_PARAMETER", spec.migrationParameterName());
        variables.put("NO_MIGRATIONS_YET", NodeBootSpec.NO_MIGRATIONS_YET);
        variables.put("SHARED_SECRETS_NAME", spec.sharedSecretsName());
        variables.put("SHARED_SECRET_NAMES", String.join(" ", spec.sharedSecretNames()));
        // Of those, the secrets that leave the env file: files mounted into Server Pro, and multi-line values.
        variables.put("SECRET_FILES", new TreeMap<>(SignIn.secretFiles()).entrySet().stream()
                .filter(file -> spec.sharedSecretNames().contains(file.getKey()))
                .map(file -> file.getKey() + "=" + file.getValue()).collect(Collectors.joining(" ")));
        variables.put("MULTILINE_SECRETS", new TreeSet<>(SignIn.multiLineSecrets()).stream()
                .filter(spec.sharedSecretNames()::contains).collect(Collectors.joining(" ")));
        variables.put("REGISTRY_CREDENTIALS_NAME", spec.registryCredentialsName().orElse(""));
        variables.put("REGISTRY", spec.serverProImage().registry());
        variables.put("REDIS_REPLICATION_GROUP", spec.redisReplicationGroup());
        variables.put("REDIS_HOST_VARIABLES", String.join(" ", ServerProEnvironment.REDIS_HOST_VARIABLES));
        spec.gitBridge().ifPresent(gitBridge -> {
            var resources = gitBridge.resources();
            variables.put("GIT_BRIDGE_IMAGE", gitBridge.image().toString());
            variables.put("GIT_BRIDGE_CONTAINER", NodeBootSpec.GIT_BRIDGE_CONTAINER);
            variables.put("LEADER_RESOURCE_TAG", resources.tagKey());
            variables.put("LEADER_RESOURCE_TAG_VALUE", resources.tagValue());
            variables.put("LEADER_ZONE", resources.zone());
            variables.put("LEADER_SUBNET", resources.subnet().orElse(""));
            variables.put("GIT_BRIDGE_SNAPSHOT_ID", resources.volumeSnapshot().orElse(""));
            variables.put("FOLLOWER_GROUP", spec.followerGroupName());
            variables.put("LEADER_GROUP", spec.leaderGroupName());
        });
        return variables.entrySet().stream()
                .map(variable -> variable.getKey() + "=" + shellQuoted(variable.getValue()) + "\n")
                .collect(Collectors.joining());
    }

    private static String shellQuoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** For {@code docker run --env-file}: one literal NAME=value per line, no quoting. */
    private static String envFile(SortedMap<String, String> environment) {
        return environment.entrySet().stream()
                .map(variable -> variable.getKey() + "=" + variable.getValue() + "\n")
                .collect(Collectors.joining());
    }

    /** Every unit of the node, all enabled: they start on every boot. */
    private static List<Unit> units(NodeBootSpec spec) {
        List<Unit> units = new ArrayList<>();
        units.add(oneshotUnit(INSTANCE_STORE_UNIT,
                List.of("Description=Overleaf: instance store on /var/lib/overleaf, Docker's data on it",
                        "Before=docker.service"),
                "setup-instance-store.sh", List.of(), "RequiredBy=docker.service"));
        // Server Pro's own log files live on the instance store; the agent ships them with the containers' output,
        // and publishes the disks' space.
        units.add(oneshotUnit(LOG_SHIPPING_UNIT,
                List.of("Description=Overleaf: ship Server Pro's log files and the disks' space to CloudWatch",
                        "Wants=" + NETWORK_ONLINE, "After=" + INSTANCE_STORE_UNIT + " " + NETWORK_ONLINE),
                "ship-logs.sh", List.of("Restart=on-failure", "RestartSec=10"), "WantedBy=multi-user.target"));
        units.add(containerUnit(SERVER_PRO_UNIT, "Overleaf: Server Pro", NodeBootSpec.SERVER_PRO_CONTAINER,
                List.of("fetch-secrets.sh"), "start-server-pro.sh"));
        if (spec.leader()) {
            units.add(oneshotUnit(MIGRATIONS_UNIT,
                    List.of("Description=Overleaf: record the Server Pro version once its migrations finished",
                            "Wants=" + SERVER_PRO_UNIT + " " + NETWORK_ONLINE,
                            "After=" + SERVER_PRO_UNIT + " " + NETWORK_ONLINE),
                    "record-migrations.sh",
                    // After a timeout the migrations may still finish, and the followers still wait for them.
                    List.of("Restart=on-failure", "RestartSec=10"),
                    "WantedBy=multi-user.target"));
        }
        if (spec.gitBridge().isPresent()) {
            // fetch-secrets.sh for the registry login; a new leader then takes node 1's address and git-bridge's
            // volume over (once the instance it replaces let go of them), mounts and grows the volume.
            units.add(containerUnit(GIT_BRIDGE_UNIT, "Overleaf: git-bridge", NodeBootSpec.GIT_BRIDGE_CONTAINER,
                    List.of("fetch-secrets.sh", "attach-leader-resources.sh", "setup-git-bridge-volume.sh"),
                    "start-git-bridge.sh"));
        }
        return units;
    }

    /** A step run once per boot; its script bounds its own waits, so systemd does not time it out. */
    private static Unit oneshotUnit(String name, List<String> unit, String script, List<String> restart,
                                    String install) {
        List<String> service = new ArrayList<>(List.of("Type=oneshot", "RemainAfterExit=yes",
                "TimeoutStartSec=infinity", "ExecStart=" + BOOT_DIR + "/" + script));
        service.addAll(restart);
        return new Unit(name, unitFile(unit, service, install));
    }

    /**
     * A container in the foreground of its start script, after the steps it needs; a failed step or container is
     * retried (the steps are idempotent) and a stop gets Overleaf's grace period.
     */
    private static Unit containerUnit(String name, String description, String container, List<String> steps,
                                      String script) {
        List<String> service = new ArrayList<>();
        steps.forEach(step -> service.add("ExecStartPre=" + BOOT_DIR + "/" + step));
        service.addAll(List.of(
                "ExecStart=" + BOOT_DIR + "/" + script,
                // '-': after the container exited on its own, --rm has removed it already.
                "ExecStop=-/usr/bin/docker stop -t " + CONTAINER_STOP_SECONDS + " " + container,
                // The steps and the start script bound their own waits.
                "TimeoutStartSec=infinity",
                "TimeoutStopSec=" + (CONTAINER_STOP_SECONDS + 30),
                "Restart=on-failure",
                "RestartSec=10"));
        return new Unit(name, unitFile(
                List.of("Description=" + description,
                        "Requires=docker.service", "Wants=" + NETWORK_ONLINE,
                        "After=docker.service " + NETWORK_ONLINE),
                service,
                "WantedBy=multi-user.target"));
    }

    private static String unitFile(List<String> unit, List<String> service, String install) {
        return "[Unit]\n" + String.join("\n", unit) + "\n\n[Service]\n" + String.join("\n", service)
                + "\n\n[Install]\n" + install + "\n";
    }

    private static Map<String, String> plainFile(String path, String content) {
        return file(path, "0644", content);
    }

    private static Map<String, String> file(String path, String permissions, String content) {
        Map<String, String> file = new LinkedHashMap<>();
        file.put("path", path);
        file.put("permissions", permissions);
        file.put("content", content);
        return file;
    }

    /**
     * The scripts travel as one gzipped archive: as plain text they would not fit in the user data, and compressed
     * together they take about half the room of one file each. Its bytes are committed (scripts/pack-boot-scripts.sh):
     * archiving here would give other bytes under another zlib, and new user data rolls every node. Every node gets
     * every script; its units decide which run.
     */
    private static Map<String, String> scripts() {
        Map<String, String> file = file(SCRIPTS_ARCHIVE, "0600",
                Base64.getEncoder().encodeToString(resource("packed/boot-scripts.tar.gz")));
        file.put("encoding", "b64");
        return file;
    }

    private static byte[] resource(String name) {
        try (InputStream in = CloudConfigRenderer.class.getResourceAsStream("/boot/" + name)) {
            if (in == null) {
                throw new IllegalStateException("boot script missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
