package io.github.overleafha.node;

import io.github.overleafha.render.Commands;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node's file system in a temp dir, as cloud-init leaves it (the rendered user data written under it), with
 * fake system commands on the PATH that log their calls. The boot scripts run from there, against that root.
 */
final class FakeNode {

    private static final List<String> FAKED_COMMANDS = List.of(
            "mdadm", "mkfs.xfs", "blkid", "mount", "mountpoint", "docker", "aws", "systemctl", "sleep", "xfs_growfs",
            "amazon-cloudwatch-agent-ctl", "chown");
    /** The fake node's instance id, as cloud-init records it. */
    static final String INSTANCE_ID = "i-0aaaabbbbccccdddd";
    /** When the sample install's volume and secrets were created, as the AWS CLI prints timestamps (ISO 8601). */
    static final String CREATED = "2026-11-29T09:30:00.123000+00:00";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path root;
    private final Path bin;
    private final Path state;
    private final Path log;

    FakeNode(Path root, NodeBootSpec spec) throws IOException {
        this.root = root.toRealPath();
        this.bin = Files.createDirectories(this.root.resolve("fake/bin"));
        this.state = Files.createDirectories(this.root.resolve("fake/state"));
        this.log = this.root.resolve("fake/calls.log");
        UserData.writeUnder(this.root, CloudConfigRenderer.render(spec));
        Files.createDirectories(this.root.resolve("dev/disk/by-id"));
        Files.writeString(Files.createDirectories(this.root.resolve("var/lib/cloud/data")).resolve("instance-id"),
                INSTANCE_ID + "\n");
        Files.writeString(Files.createDirectories(this.root.resolve("etc")).resolve("fstab"),
                "UUID=root-uuid / xfs defaults,noatime 1 1\n");
        Path fake = bin.resolve("fake-command");
        try (InputStream in = FakeNode.class.getResourceAsStream("/fake-bin/fake-command")) {
            Files.copy(in, fake);
        }
        fake.toFile().setExecutable(true);
        for (String command : FAKED_COMMANDS) {
            Files.createSymbolicLink(bin.resolve(command), fake);
        }
        Files.writeString(log, "");
        // What AWS holds for the sample install, found by the names and tags the user data gives: node 1's
        // interface and git-bridge's volume, Redis's primary endpoint, the two secrets' ARNs.
        taggedVolumes(List.of(volume(SampleSpecs.VOLUME_ID, "", CREATED)));
        taggedNetworkInterfaces(List.of(networkInterface(SampleSpecs.INTERFACE_ID)));
        answers("redis-endpoint", SampleSpecs.REDIS_HOST);
        listedSecrets(SampleSpecs.SHARED_SECRETS_NAME, List.of(listedSecret(SampleSpecs.SHARED_SECRETS_ARN, CREATED)));
        listedSecrets(SampleSpecs.REGISTRY_CREDENTIALS_NAME,
                List.of(listedSecret(SampleSpecs.REGISTRY_CREDENTIALS_ARN, CREATED)));
    }

    /**
     * What ListSecrets lists for the name filter {@code namePrefix}, page by page: each page a list of
     * {@link #listedSecret}s, or null for a response that omits the list. The fake AWS CLI runs the call's --query on
     * each page alone and prints each result, as the real one does with --output text; a filtered listing may have
     * empty pages.
     */
    @SafeVarargs
    final void listedSecrets(String namePrefix, List<Map<String, String>>... pages) throws IOException {
        pages("secrets-" + namePrefix.replace('/', '_'), "SecretList", pages);
    }

    /** The volumes DescribeVolumes finds by the leader's tag and zone, page by page (see {@link #listedSecrets}). */
    @SafeVarargs
    final void taggedVolumes(List<Map<String, String>>... pages) throws IOException {
        pages("tagged-volume", "Volumes", pages);
    }

    /** The interfaces DescribeNetworkInterfaces finds by the leader's tag, zone (and subnet), page by page. */
    @SafeVarargs
    final void taggedNetworkInterfaces(List<Map<String, String>>... pages) throws IOException {
        pages("tagged-network-interface", "NetworkInterfaces", pages);
    }

    /** A secret as ListSecrets lists it; its name is the ARN's (AWS appends 6 random characters to it). */
    static Map<String, String> listedSecret(String arn, String created) {
        String name = arn.substring(arn.indexOf(":secret:") + ":secret:".length());
        return Map.of("Name", name.substring(0, name.length() - 6), "ARN", arn, "CreatedDate", created);
    }

    /** A volume as DescribeVolumes lists it: {@code snapshotId} is empty for one created empty. */
    static Map<String, String> volume(String id, String snapshotId, String created) {
        return Map.of("VolumeId", id, "SnapshotId", snapshotId, "CreateTime", created);
    }

    static Map<String, String> networkInterface(String id) {
        return Map.of("NetworkInterfaceId", id);
    }

    /** One JSON response a line: each page's items as the list {@code key}, no list for a null page. */
    private void pages(String lookup, String key, List<Map<String, String>>[] pages) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (List<Map<String, String>> page : pages) {
            lines.append(JSON.writeValueAsString(page == null ? Map.of() : Map.of(key, page))).append('\n');
        }
        state("pages-" + lookup, lines.toString());
    }

    /** The value of the secret {@code arn} (a JSON text). */
    void secret(String arn, String value) throws IOException {
        state("secret-" + arn.substring(arn.indexOf(":secret:") + ":secret:".length()).replace('/', '_'), value);
    }

    /** A blank block device {@code dev/<name>}, listed under /dev/disk/by-id by each of {@code byIdNames}. */
    Path disk(String name, String... byIdNames) throws IOException {
        Path device = root.resolve("dev").resolve(name);
        Files.createDirectories(device.getParent());
        Files.writeString(device, "");
        for (String byIdName : byIdNames) {
            Files.createSymbolicLink(root.resolve("dev/disk/by-id").resolve(byIdName), device);
        }
        return device;
    }

    /** Gives {@code device} an XFS filesystem the way the fake mkfs.xfs does. */
    void format(Path device, String uuid) throws IOException {
        Files.writeString(device, "xfs " + uuid + "\n");
    }

    /** Successive answers of a fake command: the last one repeats. */
    void answers(String sequence, String... answers) throws IOException {
        Files.writeString(state.resolve(sequence), String.join("\n", answers) + "\n");
    }

    void state(String name, String content) throws IOException {
        Files.writeString(state.resolve(name), content);
    }

    String state(String name) throws IOException {
        return Files.readString(state.resolve(name));
    }

    Commands.Result run(String script) {
        return run(script, Map.of());
    }

    /** Runs {@code script} with {@code environment} added to the fake node's. */
    Commands.Result run(String script, Map<String, String> environment) {
        Map<String, String> fullEnvironment = new HashMap<>(environment);
        fullEnvironment.put("PATH", bin + ":/usr/bin:/bin");
        fullEnvironment.put("OVERLEAF_BOOT_ROOT", root.toString());
        fullEnvironment.put("FAKE_LOG", log.toString());
        fullEnvironment.put("FAKE_STATE", state.toString());
        Path boot = root.resolve(CloudConfigRenderer.BOOT_DIR.substring(1));
        return Commands.run(List.of("bash", boot.resolve(script).toString()), root, fullEnvironment);
    }

    /** Every call of the fake commands so far, as "command arguments...". */
    List<String> calls() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> calls(String command) {
        return calls().stream().filter(call -> call.startsWith(command + " ")).toList();
    }

    String path(String absolute) {
        return root + absolute;
    }
}
