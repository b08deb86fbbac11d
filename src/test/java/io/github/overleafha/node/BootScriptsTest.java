package io.github.overleafha.node;

import io.github.overleafha.core.SignIn;
import io.github.overleafha.render.Commands;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the boot scripts as cloud-init installs them, against a fake node: fake disks, fake system commands. */
class BootScriptsTest {

    private static final String INSTANCE_STORE = "nvme-Amazon_EC2_NVMe_Instance_Storage_AWS";
    private static final String GIT_BRIDGE_VOLUME =
            "nvme-Amazon_Elastic_Block_Store_" + SampleSpecs.VOLUME_ID.replace("-", "");
    private static final String SERVER_PRO_IMAGE = "quay.io/sharelatex/sharelatex-pro:" + SampleSpecs.VERSION;

    @TempDir
    Path root;

    @BeforeAll
    static void realToolsTheScriptsUse() {
        Commands.requireTool("jq", "jq");
        // The fake AWS CLI evaluates the scripts' --query on each page, as the real one does.
        Commands.requireTool("jp", "jp");
    }

    @Test
    void aFreshNodeFormatsItsOnlyInstanceStoreDiskAndMountsItByUuid() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());
        // One disk, listed twice under by-id, as EC2 does.
        Path disk = node.disk("nvme1n1", INSTANCE_STORE + "1111", INSTANCE_STORE + "1111_1");

        Commands.Result result = node.run("setup-instance-store.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        String mount = node.path("/var/lib/overleaf");
        assertThat(node.calls("mdadm")).isEmpty();
        assertThat(node.calls("mkfs.xfs")).containsExactly("mkfs.xfs " + disk);
        assertThat(fstab(node)).containsExactly("UUID=root-uuid / xfs defaults,noatime 1 1",
                "UUID=uuid-nvme1n1 " + mount + " xfs defaults,noatime,nofail 0 2");
        assertThat(node.calls("mount")).containsExactly("mount --fstab " + node.path("/etc/fstab") + " " + mount);
        assertThat(Path.of(node.path(NodeBootSpec.SERVER_PRO_DATA_DIR))).isDirectory();
        assertThat(Path.of(mount, "logs/server-pro")).isDirectory();
        assertThat(Path.of(mount, "docker")).isDirectory();
        assertThat(dockerDaemonConfig(node)).containsEntry("data-root", mount + "/docker");
    }

    @Test
    void afterARebootTheFilesystemAndItsFstabEntryAreKept() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());
        node.format(node.disk("nvme1n1", INSTANCE_STORE + "1111"), "uuid-before-reboot");
        String entry = "UUID=uuid-before-reboot " + node.path("/var/lib/overleaf") + " xfs defaults,noatime,nofail 0 2";
        Files.writeString(root.resolve("etc/fstab"), entry + "\n", StandardOpenOption.APPEND);
        Files.createDirectories(root.resolve("etc/docker"));
        Files.writeString(root.resolve("etc/docker/daemon.json"), "{\"log-level\": \"warn\"}");

        Commands.Result first = node.run("setup-instance-store.sh");
        Commands.Result second = node.run("setup-instance-store.sh");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(node.calls("mkfs.xfs")).isEmpty();
        assertThat(fstab(node)).containsExactly("UUID=root-uuid / xfs defaults,noatime 1 1", entry);
        assertThat(node.calls("mount")).hasSize(1);
        assertThat(dockerDaemonConfig(node)).containsEntry("log-level", "warn")
                .containsEntry("data-root", node.path("/var/lib/overleaf/docker"));
    }

    @Test
    void afterAStopAndStartTheNewDiskReplacesTheStaleFstabEntry() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());
        node.disk("nvme1n1", INSTANCE_STORE + "2222");
        String mount = node.path("/var/lib/overleaf");
        Files.writeString(root.resolve("etc/fstab"), "UUID=lost-disk " + mount + " xfs defaults,noatime,nofail 0 2\n",
                StandardOpenOption.APPEND);

        Commands.Result result = node.run("setup-instance-store.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(fstab(node)).containsExactly("UUID=root-uuid / xfs defaults,noatime 1 1",
                "UUID=uuid-nvme1n1 " + mount + " xfs defaults,noatime,nofail 0 2");
    }

    @Test
    void severalDisksBecomeOneRaid0ArrayFormattedOnce() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());
        Path first = node.disk("nvme1n1", INSTANCE_STORE + "1111", INSTANCE_STORE + "1111_1");
        Path second = node.disk("nvme2n1", INSTANCE_STORE + "2222", INSTANCE_STORE + "2222_1");
        String array = node.path("/dev/md/overleaf");

        Commands.Result boot = node.run("setup-instance-store.sh");
        Commands.Result reboot = node.run("setup-instance-store.sh");

        assertThat(boot.exitCode()).as(boot.output()).isZero();
        assertThat(reboot.exitCode()).as(reboot.output()).isZero();
        assertThat(node.calls("mdadm")).containsExactly(
                "mdadm --assemble " + array + " " + first + " " + second,
                "mdadm --create " + array + " --run --level=0 --raid-devices=2 --name=overleaf --homehost=any "
                        + first + " " + second);
        assertThat(node.calls("mkfs.xfs")).containsExactly("mkfs.xfs " + array);
        assertThat(fstab(node)).containsExactly("UUID=root-uuid / xfs defaults,noatime 1 1",
                "UUID=uuid-overleaf " + node.path("/var/lib/overleaf") + " xfs defaults,noatime,nofail 0 2");
    }

    @Test
    void aNodeWithoutInstanceStoreFailsAndSaysWhy() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());

        Commands.Result result = node.run("setup-instance-store.sh");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("no NVMe instance store", "instance type");
        assertThat(node.calls()).isEmpty();
    }

    @Test
    void theGitBridgeVolumeIsFormattedWhenNewAndNeverAgain() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.disk("nvme4n1", GIT_BRIDGE_VOLUME);
        Path volume = root.resolve("dev/disk/by-id").resolve(GIT_BRIDGE_VOLUME);
        String mount = node.path("/var/lib/git-bridge");
        attachLeaderResources(node);
        int attachCalls = node.calls().size();

        Commands.Result first = node.run("setup-git-bridge-volume.sh");
        Commands.Result second = node.run("setup-git-bridge-volume.sh");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(second.exitCode()).as(second.output()).isZero();
        // The volume is found by its tag once, by the step before, which hands its id on: not described again here.
        assertThat(node.calls("aws ec2 describe-volumes --filters")).hasSize(1);
        assertThat(node.calls().subList(attachCalls, node.calls().size())).noneMatch(call -> call.startsWith("aws "));
        assertThat(node.calls("mkfs.xfs")).containsExactly("mkfs.xfs " + volume);
        assertThat(fstab(node)).containsExactly("UUID=root-uuid / xfs defaults,noatime 1 1",
                "UUID=uuid-nvme4n1 " + mount + " xfs defaults,noatime,nofail 0 2");
        assertThat(node.calls("mount")).containsExactly("mount --fstab " + node.path("/etc/fstab") + " " + mount);
        // Every boot grows the filesystem to the volume's size: gitBridgeVolumeSizeGiB may have grown it.
        assertThat(node.calls("xfs_growfs")).containsExactly("xfs_growfs " + mount, "xfs_growfs " + mount);
        List<String> calls = node.calls();
        assertThat(calls.lastIndexOf("xfs_growfs " + mount)).isGreaterThan(calls.indexOf("mount --fstab " + node.path("/etc/fstab") + " " + mount));
    }

    @Test
    void aGitBridgeVolumeThatNeverAppearsFailsAfterTenMinutes() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        attachLeaderResources(node);

        Commands.Result result = node.run("setup-git-bridge-volume.sh");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("gave up after 600s waiting for EBS volume " + SampleSpecs.VOLUME_ID);
        assertThat(node.calls("sleep")).hasSize(60).allMatch(call -> call.equals("sleep 10"));
        assertThat(node.calls("mkfs.xfs")).isEmpty();
        assertThat(node.calls("xfs_growfs")).isEmpty();
    }

    @Test
    void theGitBridgeVolumeIsNotMountedWithoutTheIdTheStepBeforeFound() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.disk("nvme4n1", GIT_BRIDGE_VOLUME);

        Commands.Result result = node.run("setup-git-bridge-volume.sh");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("no volume id in " + node.path("/run/overleaf/git-bridge-volume-id")
                + ": attach-leader-resources.sh runs first");
        assertThat(node.calls()).isEmpty();
    }

    @Test
    void aReplacementLeaderWaitsForTheOldOneToReleaseNodeOnesInterfaceAndVolumeThenAttachesThem() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        // The old leader holds the interface until the group terminates it; the volume is free by then.
        node.answers("holder-network-interface", "i-0old0000000000000", "i-0old0000000000000", "None");
        node.answers("holder-volume", "None");

        Commands.Result result = node.run("attach-leader-resources.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(node.calls("sleep")).hasSize(2);
        assertThat(attachments(node)).containsExactly(
                "aws ec2 attach-network-interface --network-interface-id " + SampleSpecs.INTERFACE_ID
                        + " --instance-id " + FakeNode.INSTANCE_ID + " --device-index 1 --region eu-west-1",
                "aws ec2 attach-volume --volume-id " + SampleSpecs.VOLUME_ID + " --instance-id " + FakeNode.INSTANCE_ID
                        + " --device /dev/sdf --region eu-west-1");
        // Both are found by the stack's leader tag in node 1's zone (the volume: created empty), then awaited by id.
        String byTag = " --filters Name=tag:overleaf-ha:leader-resource,Values=" + SampleSpecs.LEADER_TAG_VALUE
                + " Name=availability-zone,Values=" + SampleSpecs.ZONE + " --region eu-west-1 ";
        assertThat(node.calls("aws ec2 describe-network-interfaces --filters")).containsExactly(
                "aws ec2 describe-network-interfaces" + byTag + "--page-size 1000 --query NetworkInterfaces[].NetworkInterfaceId --output text");
        assertThat(node.calls("aws ec2 describe-volumes --filters")).containsExactly(
                "aws ec2 describe-volumes" + byTag + "--query Volumes[?SnapshotId==''].[CreateTime,VolumeId] --output text");
        // Three polls of the interface's holder, the last one free: attached without asking again; the volume once.
        assertThat(node.calls("aws ec2 describe-network-interfaces --network-interface-ids")).hasSize(3).allMatch(call ->
                call.contains("--network-interface-ids " + SampleSpecs.INTERFACE_ID + " "));
        assertThat(node.calls("aws ec2 describe-volumes --volume-ids")).containsExactly("aws ec2 describe-volumes"
                + " --volume-ids " + SampleSpecs.VOLUME_ID + " --region eu-west-1"
                + " --query Volumes[0].Attachments[0].InstanceId --output text");
        // git-bridge's image is pulled while the old leader still serves git, not after the hand-over.
        String pull = "docker pull --quiet quay.io/sharelatex/git-bridge:" + SampleSpecs.VERSION;
        assertThat(node.calls("docker pull")).containsExactly(pull);
        assertThat(node.calls().indexOf(pull)).isLessThan(node.calls().indexOf(node.calls("aws ec2").get(0)));
    }

    @Test
    void afterARebootTheLeaderFindsBothAttachedAlreadyAndAttachesNothing() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.answers("holder-network-interface", FakeNode.INSTANCE_ID);
        node.answers("holder-volume", FakeNode.INSTANCE_ID);

        Commands.Result result = node.run("attach-leader-resources.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        // One look at each holder tells that it is this instance.
        assertThat(node.calls("aws ec2 describe-volumes --volume-ids " + SampleSpecs.VOLUME_ID)).hasSize(1);
        assertThat(node.calls("aws ec2 describe-network-interfaces --network-interface-ids " + SampleSpecs.INTERFACE_ID)).hasSize(1);
        assertThat(result.stderr()).contains("network-interface " + SampleSpecs.INTERFACE_ID + " is attached to this instance already",
                "volume " + SampleSpecs.VOLUME_ID + " is attached to this instance already");
        assertThat(attachments(node)).isEmpty();
        assertThat(node.calls("sleep")).isEmpty();
    }

    @Test
    void aLeaderThatHasGitBridgesImageAlreadyDoesNotPullItAgain() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.state("images", "quay.io/sharelatex/git-bridge:" + SampleSpecs.VERSION + "\n");
        node.answers("holder-network-interface", FakeNode.INSTANCE_ID);
        node.answers("holder-volume", FakeNode.INSTANCE_ID);

        Commands.Result result = node.run("attach-leader-resources.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(node.calls("docker pull")).isEmpty();
    }

    @Test
    void aLeaderWhoseVolumeIsNeverReleasedGivesUpAfterAnHourWithoutAttachingIt() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.answers("holder-network-interface", "None");
        node.answers("holder-volume", "i-0old0000000000000");

        Commands.Result result = node.run("attach-leader-resources.sh", Map.of("OVERLEAF_BOOT_POLL_SECONDS", "600"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("gave up after 3600s waiting for volume " + SampleSpecs.VOLUME_ID);
        assertThat(node.calls("aws ec2 attach-volume")).isEmpty();
    }

    @Test
    void serverProsLogFilesLiveOnTheInstanceStoreAndTheAgentShipsEachServiceToItsOwnStream() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());

        Commands.Result result = node.run("ship-logs.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        // The instance store's mount point is setup-instance-store.sh's alone.
        assertThat(Path.of(node.path("/var/lib/overleaf"))).doesNotExist();
        var config = new ObjectMapper().readTree(root.resolve("opt/aws/amazon-cloudwatch-agent/etc/overleaf.json").toFile());
        var files = config.path("logs").path("logs_collected").path("files").path("collect_list");
        assertThat(files).hasSize(14);
        assertThat(files).allSatisfy(file -> {
            String service = file.path("file_path").asText().replaceAll(".*/(.*)\\.log$", "$1");
            assertThat(file.path("file_path").asText()).isEqualTo("/var/lib/overleaf/logs/server-pro/" + service + ".log");
            assertThat(file.path("log_group_name").asText()).isEqualTo("/overleaf/prod/containers");
            assertThat(file.path("log_stream_name").asText()).isEqualTo(FakeNode.INSTANCE_ID + "/server-pro/" + service);
        });
        assertThat(files.findValuesAsText("file_path")).contains("/var/lib/overleaf/logs/server-pro/web.log",
                "/var/lib/overleaf/logs/server-pro/clsi.log", "/var/lib/overleaf/logs/server-pro/real-time.log",
                "/var/lib/overleaf/logs/server-pro/history-v1.log");
        assertThat(node.calls("amazon-cloudwatch-agent-ctl")).containsExactly("amazon-cloudwatch-agent-ctl -a fetch-config"
                + " -m ec2 -c file:/opt/aws/amazon-cloudwatch-agent/etc/overleaf.json -s");
        // The log part's agent settings survive the merge with the disk metrics'.
        assertThat(config.path("agent").path("run_as_user").asText()).isEqualTo("root");
        assertThat(config.path("agent").path("omit_hostname").asBoolean()).isTrue();
    }

    /**
     * The agent's disk metrics, as the agent's configuration schema has them (aws/amazon-cloudwatch-agent
     * translator/config/schema.json: metrics.namespace, aggregation_dimensions, metrics_collected.disk with
     * resources, measurement, drop_device, append_dimensions), for exactly the mount points the other boot scripts
     * mount: those of the instance store on a follower, and git-bridge's volume besides on the leader.
     */
    @Test
    void theAgentPublishesTheSpaceAndInodesOfExactlyTheDisksTheNodeMounts() throws IOException {
        for (NodeBootSpec spec : List.of(SampleSpecs.follower(), SampleSpecs.leader())) {
            Path nodeRoot = Files.createDirectories(root.resolve(spec.leader() ? "leader" : "follower"));
            FakeNode node = new FakeNode(nodeRoot, spec);
            node.disk("nvme1n1", INSTANCE_STORE + "1111");
            node.disk("nvme4n1", GIT_BRIDGE_VOLUME);
            if (spec.leader()) {
                attachLeaderResources(node);
            }
            List<String> scripts = spec.leader() ? List.of("setup-instance-store.sh", "setup-git-bridge-volume.sh")
                    : List.of("setup-instance-store.sh");
            for (String script : scripts) {
                Commands.Result setup = node.run(script);
                assertThat(setup.exitCode()).as(setup.output()).isZero();
            }
            List<String> mounted = node.calls("mount").stream()
                    .map(call -> call.substring(call.lastIndexOf(' ') + 1).substring(node.root.toString().length()))
                    .toList();

            Commands.Result result = node.run("ship-logs.sh");

            assertThat(result.exitCode()).as(result.output()).isZero();
            JsonNode config = new ObjectMapper().readTree(node.root.resolve("opt/aws/amazon-cloudwatch-agent/etc/overleaf.json").toFile());
            JsonNode metrics = config.path("metrics");
            assertThat(metrics.path("namespace").asText()).isEqualTo(SampleSpecs.METRICS_NAMESPACE);
            assertThat(metrics.path("aggregation_dimensions").toString()).isEqualTo("[[\"AutoScalingGroupName\",\"path\"]]");
            assertThat(metrics.path("metrics_collected").size()).isEqualTo(1);
            JsonNode disk = metrics.path("metrics_collected").path("disk");
            assertThat(texts(disk.path("resources"))).as("the mount points").containsExactlyElementsOf(mounted)
                    .hasSize(spec.leader() ? 2 : 1);
            assertThat(texts(disk.path("measurement"))).containsExactly("used_percent", "inodes_free");
            assertThat(disk.path("drop_device").asBoolean()).isTrue();
            assertThat(disk.path("metrics_collection_interval").asInt()).isEqualTo(60);
            assertThat(disk.path("append_dimensions").toString()).isEqualTo("{\"AutoScalingGroupName\":\""
                    + (spec.leader() ? SampleSpecs.LEADER_GROUP : SampleSpecs.FOLLOWER_GROUP)
                    + "\",\"InstanceId\":\"" + FakeNode.INSTANCE_ID + "\"}");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void aLeaderAboutToMigrateFromAnOlderVersionWaitsUntilNoFollowerRuns() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.answers("ssm-values", "6.2.1");
        node.answers("instances-" + SampleSpecs.LEADER_GROUP, "0");
        node.answers("instances-" + SampleSpecs.FOLLOWER_GROUP, "2", "1", "0");

        Commands.Result result = node.run("start-server-pro.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        List<String> followerChecks = node.calls("aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names "
                + SampleSpecs.FOLLOWER_GROUP);
        assertThat(followerChecks).hasSize(3);
        List<String> calls = node.calls();
        assertThat(calls.get(calls.size() - 1)).startsWith("docker run");
        // Before the migrations start, the parameter stops naming the old version.
        assertThat(calls.indexOf(migrating())).isGreaterThan(calls.lastIndexOf(followerChecks.get(2)))
                .isLessThan(calls.size() - 1);
    }

    @Test
    void aLeaderNeverMigratesBesideAnotherInstanceOfItsGroupThatStartsOrServes() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.answers("ssm-values", "6.2.1");
        node.answers("instances-" + SampleSpecs.LEADER_GROUP, "1");
        node.answers("instances-" + SampleSpecs.FOLLOWER_GROUP, "0");

        Commands.Result result = node.run("start-server-pro.sh", Map.of("OVERLEAF_BOOT_POLL_SECONDS", "600"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("gave up after 3600s waiting for every other leader to stop before migrating");
        assertThat(node.calls("aws autoscaling")).hasSize(7).allMatch(call -> call.equals(
                "aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names " + SampleSpecs.LEADER_GROUP
                        + " --region eu-west-1 --output text --query length(AutoScalingGroups[0].Instances[?InstanceId != '"
                        + FakeNode.INSTANCE_ID + "' && (LifecycleState == 'InService' || starts_with(LifecycleState, 'Pending'))])"));
        assertThat(node.calls("aws ssm put-parameter")).isEmpty();
        assertThat(node.calls("docker run")).isEmpty();
    }

    @Test
    void aLeaderMigratesOnceTheLeaderItReplacesIsGone() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.answers("ssm-values", "6.2.1");
        node.answers("instances-" + SampleSpecs.LEADER_GROUP, "1", "0");
        node.answers("instances-" + SampleSpecs.FOLLOWER_GROUP, "0");

        Commands.Result result = node.run("start-server-pro.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(node.calls("sleep")).hasSize(1);
        assertThat(node.calls("aws ssm put-parameter")).containsExactly(migrating());
        assertThat(node.calls("docker run")).hasSize(1);
    }

    @Test
    void aLeaderNeverMigratesBesideFollowersThatKeepRunning() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.answers("ssm-values", "6.2.1");
        node.answers("instances-" + SampleSpecs.LEADER_GROUP, "0");
        node.answers("instances-" + SampleSpecs.FOLLOWER_GROUP, "2");

        Commands.Result result = node.run("start-server-pro.sh", Map.of("OVERLEAF_BOOT_POLL_SECONDS", "600"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("every follower to stop before migrating from '6.2.1'");
        assertThat(node.calls("docker run")).isEmpty();
        assertThat(node.calls("aws ssm put-parameter")).isEmpty();
    }

    @Test
    void theFirstLeaderOfANewStackWaitsForNoFollower() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.answers("ssm-values", NodeBootSpec.NO_MIGRATIONS_YET);
        node.answers("instances-" + SampleSpecs.LEADER_GROUP, "0");

        Commands.Result result = node.run("start-server-pro.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(node.calls("aws autoscaling")).singleElement().asString().contains(SampleSpecs.LEADER_GROUP);
        assertThat(node.calls("aws ssm put-parameter")).containsExactly(migrating());
        assertThat(node.calls("docker run")).hasSize(1);
    }

    @Test
    void sharedSecretsLandInARootOnlyFileAndNowhereElse() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());
        Map<String, String> secrets = fakeSecrets();
        node.secret(SampleSpecs.SHARED_SECRETS_ARN, new ObjectMapper().writeValueAsString(secrets));
        node.secret(SampleSpecs.REGISTRY_CREDENTIALS_ARN, "{\"username\": \"sharelatex+robot\", \"password\": \"quay-pw-9d8c7b\"}");

        Commands.Result result = node.run("fetch-secrets.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        Path secretsEnv = root.resolve("etc/overleaf/secrets.env");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretsEnv))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(secretsEnv)).containsExactlyInAnyOrderElementsOf(
                secrets.entrySet().stream().map(secret -> secret.getKey() + "=" + secret.getValue()).toList());
        assertThat(node.state("docker-login-stdin").strip()).isEqualTo("quay-pw-9d8c7b");
        assertThat(node.calls("docker")).containsExactly(
                "docker login --username sharelatex+robot --password-stdin quay.io");
        String printed = result.output() + String.join("\n", node.calls());
        for (String value : secrets.values()) {
            assertThat(printed).doesNotContain(value);
        }
        assertThat(printed).doesNotContain("quay-pw-9d8c7b");
        // Each secret is found by its name prefix (exact case), then read by the ARN found.
        assertThat(node.calls("aws secretsmanager")).containsExactly(
                "aws secretsmanager list-secrets --filters Key=name,Values=" + SampleSpecs.SHARED_SECRETS_NAME
                        + " --region eu-west-1 --query SecretList[?starts_with(Name, '" + SampleSpecs.SHARED_SECRETS_NAME
                        + "')].[CreatedDate,ARN] --output text",
                "aws secretsmanager get-secret-value --secret-id " + SampleSpecs.SHARED_SECRETS_ARN
                        + " --region eu-west-1 --query SecretString --output text",
                "aws secretsmanager list-secrets --filters Key=name,Values=" + SampleSpecs.REGISTRY_CREDENTIALS_NAME
                        + " --region eu-west-1 --query SecretList[?starts_with(Name, '" + SampleSpecs.REGISTRY_CREDENTIALS_NAME
                        + "')].[CreatedDate,ARN] --output text",
                "aws secretsmanager get-secret-value --secret-id " + SampleSpecs.REGISTRY_CREDENTIALS_ARN
                        + " --region eu-west-1 --query SecretString --output text");
    }

    /**
     * A stack destroyed with retainDataOnDestroy leaves its secrets in AWS, and brought up again it creates new ones
     * with the same name prefix: the node reads its own, the newest by creation, and says which it passed over, oldest
     * first. ListSecrets pages its answer, a name filter may leave pages empty or spread the matches over several, and
     * the AWS CLI runs --query on each page alone: the newest is the newest of all pages (not of the first page that
     * has any: the retained one here), in whatever order they are listed. A response without the list, which the CLI
     * prints as None, is no secret. No match at all stops the boot.
     */
    @Test
    void aNodeReadsTheNewestSecretOfItsNamePrefixAndNoneWhenNoneMatches() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());
        node.secret(SampleSpecs.SHARED_SECRETS_ARN, new ObjectMapper().writeValueAsString(fakeSecrets()));
        node.secret(SampleSpecs.REGISTRY_CREDENTIALS_ARN, "{\"username\": \"robot\", \"password\": \"pw\"}");
        // Two destroys ago, and one destroy ago.
        String first = SampleSpecs.SHARED_SECRETS_ARN.replace("20261129", "20240101");
        String retained = SampleSpecs.SHARED_SECRETS_ARN.replace("20261129", "20250101");
        node.listedSecrets(SampleSpecs.SHARED_SECRETS_NAME,
                List.of(),
                List.of(FakeNode.listedSecret(retained, "2025-01-01T08:00:00.500000+00:00")),
                null,
                List.of(FakeNode.listedSecret(SampleSpecs.SHARED_SECRETS_ARN, FakeNode.CREATED),
                        FakeNode.listedSecret(first, "2024-01-01T08:00:00+00:00")));
        node.listedSecrets(SampleSpecs.REGISTRY_CREDENTIALS_NAME, List.of(),
                List.of(FakeNode.listedSecret(SampleSpecs.REGISTRY_CREDENTIALS_ARN, FakeNode.CREATED)));

        Commands.Result several = node.run("fetch-secrets.sh");

        assertThat(several.exitCode()).as(several.output()).isZero();
        // The registry credentials' prefix matches one secret: nothing to name.
        assertThat(several.stderr()).isEqualTo("3 secrets named " + SampleSpecs.SHARED_SECRETS_NAME
                + "...: reading the newest, " + SampleSpecs.SHARED_SECRETS_ARN + "; older (left by a destroy?): "
                + first + " " + retained + "\n"
                + "wrote " + node.path("/etc/overleaf/secrets.env") + "\n");
        assertThat(node.calls("aws secretsmanager get-secret-value")).map(call -> call.split(" ")[4])
                .containsExactly(SampleSpecs.SHARED_SECRETS_ARN, SampleSpecs.REGISTRY_CREDENTIALS_ARN);
        assertThat(root.resolve("etc/overleaf/secrets.env")).exists();

        Files.delete(root.resolve("etc/overleaf/secrets.env"));
        node.listedSecrets(SampleSpecs.SHARED_SECRETS_NAME, List.of(), List.of());
        Commands.Result none = node.run("fetch-secrets.sh");
        assertThat(none.exitCode()).isNotZero();
        // Nothing found is nothing to choose from: the boot stops on that, and only on that (no shell error before it).
        assertThat(none.stderr()).isEqualTo("error: no secret named " + SampleSpecs.SHARED_SECRETS_NAME + "... in eu-west-1\n");
        assertThat(node.calls("aws secretsmanager get-secret-value")).hasSize(2);
        assertThat(root.resolve("etc/overleaf/secrets.env")).doesNotExist();
    }

    @Test
    void aSecretMissingASharedNameIsRefusedWithoutPrintingAnyValue() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());
        Map<String, String> secrets = fakeSecrets();
        secrets.remove("OVERLEAF_INVITE_TOKEN_SECRET");
        node.secret(SampleSpecs.SHARED_SECRETS_ARN, new ObjectMapper().writeValueAsString(secrets));

        Commands.Result result = node.run("fetch-secrets.sh");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("missing: OVERLEAF_INVITE_TOKEN_SECRET");
        assertThat(root.resolve("etc/overleaf/secrets.env")).doesNotExist();
        for (String value : secrets.values()) {
            assertThat(result.output()).doesNotContain(value);
        }
    }

    @Test
    void aSecretValueOnSeveralLinesIsRefusedWithoutPrintingIt() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());
        Map<String, String> secrets = fakeSecrets();
        secrets.put("CRYPTO_RANDOM", "first-line-4f3e\nsecond-line-2d1c");
        node.secret(SampleSpecs.SHARED_SECRETS_ARN, new ObjectMapper().writeValueAsString(secrets));

        Commands.Result result = node.run("fetch-secrets.sh");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("one-line");
        assertThat(result.output()).doesNotContain("first-line-4f3e", "second-line-2d1c");
    }

    /**
     * SAML's private keys span lines, which an env file cannot carry: the signing key becomes a read-only file of
     * Server Pro's web user mounted where OVERLEAF_SAML_PRIVATE_CERT points, the decryption key a variable passed
     * from docker's own environment, and neither reaches the env file, the command line or the output.
     */
    @Test
    void samlKeysLeaveTheEnvFileTheSigningKeyAsAMountedFileTheDecryptionKeyAsAMultiLineVariable() throws IOException {
        NodeBootSpec sample = SampleSpecs.leader();
        SortedSet<String> names = new TreeSet<>(sample.sharedSecretNames());
        names.addAll(List.of(SignIn.SAML_SIGNING_KEY, SignIn.SAML_DECRYPTION_KEY));
        SortedMap<String, String> environment = new TreeMap<>(sample.environment());
        environment.put("OVERLEAF_SAML_PRIVATE_CERT", SignIn.SAML_SIGNING_KEY_PATH);
        FakeNode node = new FakeNode(root, new NodeBootSpec(true, sample.region(), sample.serverProImage(),
                sample.serverProVersion(), sample.texLiveImages(), sample.sharedSecretsName(), names,
                sample.registryCredentialsName(), sample.redisReplicationGroup(), environment, sample.gitBridge(),
                sample.migrationParameterName(), sample.logGroupName(), sample.followerGroupName(), sample.leaderGroupName(),
                sample.metricsNamespace()));
        Map<String, String> secrets = fakeSecrets();
        String signingKey = "-----BEGIN PRIVATE KEY-----\nc2lnbmluZy1rZXktYTFiMg==\n-----END PRIVATE KEY-----";
        String decryptionKey = "-----BEGIN RSA PRIVATE KEY-----\nZGVjcnlwdGlvbi1rZXktYzNkNA==\n-----END RSA PRIVATE KEY-----";
        secrets.put(SignIn.SAML_SIGNING_KEY, signingKey);
        secrets.put(SignIn.SAML_DECRYPTION_KEY, decryptionKey);
        node.secret(SampleSpecs.SHARED_SECRETS_ARN, new ObjectMapper().writeValueAsString(secrets));
        node.secret(SampleSpecs.REGISTRY_CREDENTIALS_ARN, "{\"username\": \"sharelatex+robot\", \"password\": \"quay-pw-9d8c7b\"}");
        node.state("images", String.join("\n", SERVER_PRO_IMAGE, String.join("\n", SampleSpecs.TEX_LIVE_IMAGES)) + "\n");
        node.answers("ssm-values", SampleSpecs.VERSION);

        Commands.Result fetched = node.run("fetch-secrets.sh");
        Commands.Result started = node.run("start-server-pro.sh");

        assertThat(fetched.exitCode()).as(fetched.output()).isZero();
        assertThat(started.exitCode()).as(started.output()).isZero();
        String secretsEnv = Files.readString(root.resolve("etc/overleaf/secrets.env"));
        assertThat(secretsEnv).doesNotContain(SignIn.SAML_SIGNING_KEY, SignIn.SAML_DECRYPTION_KEY, "PRIVATE KEY")
                .contains("CRYPTO_RANDOM=");
        Path signingFile = root.resolve("etc/overleaf/secret-files/" + SignIn.SAML_SIGNING_KEY);
        Path decryptionFile = root.resolve("etc/overleaf/secret-files/" + SignIn.SAML_DECRYPTION_KEY);
        assertThat(Files.readString(signingFile)).isEqualTo(signingKey + "\n");
        assertThat(Files.readString(decryptionFile)).isEqualTo(decryptionKey + "\n");
        for (Path file : List.of(signingFile, decryptionFile)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(signingFile.getParent()))).isEqualTo("rwx------");
        // Server Pro's web service (www-data, uid 33) reads the mounted key; the other stays root's.
        assertThat(node.calls("chown")).hasSize(1).allMatch(call -> call.startsWith("chown 33:33 "
                + signingFile.getParent().resolve(SignIn.SAML_SIGNING_KEY + ".")));
        String run = node.calls("docker run").get(0);
        assertThat(run).contains(" --env-file " + node.path("/etc/overleaf/secrets.env")
                + " --volume " + signingFile + ":" + SignIn.SAML_SIGNING_KEY_PATH + ":ro"
                + " --env " + SignIn.SAML_DECRYPTION_KEY + " --volume /var/run/docker.sock");
        assertThat(node.state("docker-run-environment")).contains(SignIn.SAML_DECRYPTION_KEY + "=" + decryptionKey + "\n");
        String printed = fetched.output() + started.output() + String.join("\n", node.calls());
        assertThat(printed).doesNotContain("c2lnbmluZy1rZXktYTFiMg", "ZGVjcnlwdGlvbi1rZXktYzNkNA");
    }

    @Test
    void aFollowerPullsItsImagesThenWaitsForTheLeaderToMigrateItsVersion() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());
        node.answers("ssm-values", "6.2.1", "6.2.1", SampleSpecs.VERSION);

        Commands.Result result = node.run("start-server-pro.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        List<String> calls = node.calls();
        assertThat(node.calls("docker pull")).containsExactly("docker pull --quiet " + SERVER_PRO_IMAGE,
                "docker pull --quiet quay.io/sharelatex/texlive-full:2025.1",
                "docker pull --quiet quay.io/sharelatex/texlive-full:2024.1",
                "docker pull --quiet quay.io/sharelatex/texlive-full:2023.1");
        assertThat(node.calls("aws ssm")).hasSize(3).allMatch(call -> call.equals(
                "aws ssm get-parameter --name /overleaf/prod/migrated-version --region eu-west-1"
                        + " --query Parameter.Value --output text"));
        // Redis's host, looked up by its replication group once the leader migrated, just before Server Pro starts.
        assertThat(node.calls("aws elasticache")).containsExactly("aws elasticache describe-replication-groups"
                + " --replication-group-id " + SampleSpecs.REDIS_GROUP + " --region eu-west-1"
                + " --query ReplicationGroups[0].NodeGroups[0].PrimaryEndpoint.Address --output text");
        assertThat(node.calls("sleep")).hasSize(2);
        assertThat(calls.indexOf(node.calls("docker pull").get(3))).isLessThan(calls.indexOf(node.calls("aws").get(0)));
        assertThat(calls.indexOf(node.calls("aws elasticache").get(0)))
                .isGreaterThan(calls.lastIndexOf(node.calls("aws ssm").get(2)))
                .isLessThan(calls.indexOf(node.calls("docker run").get(0)));
        assertThat(calls.get(calls.size() - 1)).startsWith("docker run");
    }

    @Test
    void aNodePullsOnlyTheImagesItLacksSoARestartNeedsNoRegistry() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());
        node.state("images", SERVER_PRO_IMAGE + "\nquay.io/sharelatex/texlive-full:2024.1\n");
        node.answers("ssm-values", SampleSpecs.VERSION);

        Commands.Result result = node.run("start-server-pro.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(node.calls("docker image inspect")).hasSize(4);
        assertThat(node.calls("docker pull")).containsExactly("docker pull --quiet quay.io/sharelatex/texlive-full:2025.1",
                "docker pull --quiet quay.io/sharelatex/texlive-full:2023.1");
    }

    /** A failed pull stops the boot there (systemd retries the unit): no node runs without an image it needs. */
    @Test
    void anImageThatCannotBePulledStopsTheBootBeforeAnythingStarts() throws IOException {
        FakeNode node = new FakeNode(Files.createDirectories(root.resolve("follower")), SampleSpecs.follower());
        node.state("unpullable", "quay.io/sharelatex/texlive-full:2024.1\n");
        node.answers("ssm-values", SampleSpecs.VERSION);

        Commands.Result result = node.run("start-server-pro.sh");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("manifest unknown");
        assertThat(node.calls("docker pull")).containsExactly("docker pull --quiet " + SERVER_PRO_IMAGE,
                "docker pull --quiet quay.io/sharelatex/texlive-full:2025.1",
                "docker pull --quiet quay.io/sharelatex/texlive-full:2024.1");
        assertThat(node.calls("aws")).isEmpty();
        assertThat(node.calls("docker run")).isEmpty();

        FakeNode leader = new FakeNode(Files.createDirectories(root.resolve("leader")), SampleSpecs.leader());
        leader.state("unpullable", "quay.io/sharelatex/git-bridge:" + SampleSpecs.VERSION + "\n");
        Commands.Result attach = leader.run("attach-leader-resources.sh");
        assertThat(attach.exitCode()).isNotZero();
        assertThat(leader.calls("aws")).isEmpty();
    }

    @Test
    void aFollowerGivesUpOnALeaderThatNeverFinishesWithinAnHour() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.follower());
        node.answers("ssm-values", "6.2.1");

        // Polling every 10 minutes instead of 10 s keeps the test short; the limit stays an hour.
        Commands.Result result = node.run("start-server-pro.sh", Map.of("OVERLEAF_BOOT_POLL_SECONDS", "600"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("gave up after 3600s waiting for the leader");
        assertThat(node.calls("sleep")).hasSize(6).allMatch(call -> call.equals("sleep 600"));
        assertThat(node.calls("docker run")).isEmpty();
    }

    @Test
    void theLeaderRunsServerProAtOnceWithItsEnvFilesDataAndLogs() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.state("images", String.join("\n", SERVER_PRO_IMAGE, String.join("\n", SampleSpecs.TEX_LIVE_IMAGES)) + "\n");
        node.answers("ssm-values", SampleSpecs.VERSION);

        Commands.Result result = node.run("start-server-pro.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        // Its version's migrations are recorded already (a reboot, a routine replacement): nobody to wait for.
        assertThat(node.calls("aws autoscaling")).isEmpty();
        assertThat(node.calls("aws ssm put-parameter")).isEmpty();
        assertThat(node.calls("sleep")).isEmpty();
        assertThat(node.calls("docker pull")).isEmpty();
        assertThat(node.calls("docker run")).containsExactly("docker run --rm --name server-pro --network overleaf"
                + " --log-driver awslogs --log-opt awslogs-region=eu-west-1"
                + " --log-opt awslogs-group=/overleaf/prod/containers --log-opt awslogs-stream=" + FakeNode.INSTANCE_ID + "/server-pro"
                + " --log-opt mode=non-blocking --log-opt max-buffer-size=8m"
                + " --env-file " + node.path("/etc/overleaf/server-pro.env")
                + " --env-file " + node.path("/etc/overleaf/redis.env")
                + " --env-file " + node.path("/etc/overleaf/secrets.env")
                + " --volume /var/run/docker.sock:/var/run/docker.sock"
                + " --volume " + node.path(NodeBootSpec.SERVER_PRO_DATA_DIR) + ":/var/lib/overleaf"
                + " --volume " + node.path("/var/lib/overleaf/logs/server-pro") + ":/var/log/overleaf"
                + " --publish 80:80 " + SERVER_PRO_IMAGE);
        assertThat(Files.readString(Path.of(node.path("/etc/overleaf/redis.env")))).isEqualTo(
                "OVERLEAF_REDIS_HOST=" + SampleSpecs.REDIS_HOST + "\nREDIS_HOST=" + SampleSpecs.REDIS_HOST + "\n");
    }

    @Test
    void aNodeWhoseRedisHasNoEndpointStopsBeforeServerProStarts() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.answers("ssm-values", SampleSpecs.VERSION);
        node.answers("redis-endpoint", "None");

        Commands.Result result = node.run("start-server-pro.sh");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("Redis replication group " + SampleSpecs.REDIS_GROUP + " has no primary endpoint");
        assertThat(node.calls("docker run")).isEmpty();
    }

    @Test
    void aLeaderFindsItsInterfaceInTheConfiguredSubnetAndTheVolumeRestoredFromTheConfiguredSnapshot() throws IOException {
        NodeBootSpec sample = SampleSpecs.leader();
        NodeBootSpec.GitBridge restored = new NodeBootSpec.GitBridge(sample.gitBridge().orElseThrow().image(),
                new NodeBootSpec.LeaderResources(BootSpecs.LEADER_RESOURCE_TAG, SampleSpecs.LEADER_TAG_VALUE, SampleSpecs.ZONE,
                        Optional.of("subnet-0b000000000000001"), Optional.of("snap-0123456789abcdef0")),
                sample.gitBridge().orElseThrow().environment());
        FakeNode node = new FakeNode(root, SampleSpecs.spec(true, sample.environment(), Optional.of(restored)));
        // Tagged in the zone too, newer: one created empty (by an earlier config without the snapshot).
        node.taggedVolumes(List.of(FakeNode.volume(SampleSpecs.VOLUME_ID, "snap-0123456789abcdef0", FakeNode.CREATED),
                FakeNode.volume("vol-0ccccccccccccccc0", "", "2026-11-29T10:00:00+00:00")));
        node.answers("holder-network-interface", "None");
        node.answers("holder-volume", "None");

        Commands.Result result = node.run("attach-leader-resources.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        String byTag = " --filters Name=tag:overleaf-ha:leader-resource,Values=" + SampleSpecs.LEADER_TAG_VALUE
                + " Name=availability-zone,Values=" + SampleSpecs.ZONE;
        assertThat(node.calls("aws ec2 describe-network-interfaces --filters")).containsExactly(
                "aws ec2 describe-network-interfaces" + byTag + " Name=subnet-id,Values=subnet-0b000000000000001"
                        + " --region eu-west-1 --page-size 1000 --query NetworkInterfaces[].NetworkInterfaceId --output text");
        assertThat(node.calls("aws ec2 describe-volumes --filters")).containsExactly("aws ec2 describe-volumes" + byTag
                + " --region eu-west-1 --query Volumes[?SnapshotId=='snap-0123456789abcdef0'].[CreateTime,VolumeId]"
                + " --output text");
        assertThat(attachments(node)).hasSize(2).last().asString().contains("--volume-id " + SampleSpecs.VOLUME_ID + " ");
    }

    /**
     * A stack destroyed with retainDataOnDestroy leaves git-bridge's volume, tagged, in EC2; brought up again it makes
     * a new one: the leader takes the newest by creation, the stack's own, and names the others, oldest first.
     * DescribeVolumes pages its answer, filtered pages may be empty, and the AWS CLI runs --query on each page alone:
     * the newest is the newest of all pages (not of the first page that has any: the retained one here), in whatever
     * order EC2 lists them; one restored from another snapshot is skipped however new. The one interface is taken
     * from whichever page lists it. Interfaces are never retained: two of them, on one page or two, stop the boot
     * rather than guess; so does no volume.
     */
    @Test
    void aLeaderTakesTheNewestOfSeveralTaggedVolumesButStopsOnTwoInterfacesOrNoVolume() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        // Two destroys ago, and one destroy ago.
        String first = "vol-0aaaaaaaaaaaaaaa0";
        String retained = "vol-0fedcba9876543210";
        node.taggedVolumes(
                List.of(FakeNode.volume(retained, "", "2025-01-01T08:00:00+00:00"),
                        FakeNode.volume("vol-0bbbbbbbbbbbbbbb0", "snap-0123456789abcdef0", "2026-11-29T10:00:00+00:00")),
                List.of(),
                List.of(FakeNode.volume(SampleSpecs.VOLUME_ID, "", FakeNode.CREATED),
                        FakeNode.volume(first, "", "2024-01-01T08:00:00+00:00")));
        node.taggedNetworkInterfaces(List.of(), List.of(FakeNode.networkInterface(SampleSpecs.INTERFACE_ID)), List.of());
        node.answers("holder-network-interface", "None");
        node.answers("holder-volume", "None");

        Commands.Result result = node.run("attach-leader-resources.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stderr()).contains("3 volumes tagged overleaf-ha:leader-resource=" + SampleSpecs.LEADER_TAG_VALUE
                + " in " + SampleSpecs.ZONE + ": taking the newest, " + SampleSpecs.VOLUME_ID + "; older (left by a destroy?): "
                + first + " " + retained + "\n");
        assertThat(attachments(node)).containsExactly(
                "aws ec2 attach-network-interface --network-interface-id " + SampleSpecs.INTERFACE_ID
                        + " --instance-id " + FakeNode.INSTANCE_ID + " --device-index 1 --region eu-west-1",
                "aws ec2 attach-volume --volume-id " + SampleSpecs.VOLUME_ID + " --instance-id " + FakeNode.INSTANCE_ID
                        + " --device /dev/sdf --region eu-west-1");
        // ... and handed on: the next step mounts that one.
        node.disk("nvme4n1", GIT_BRIDGE_VOLUME);
        Commands.Result mounted = node.run("setup-git-bridge-volume.sh");
        assertThat(mounted.exitCode()).as(mounted.output()).isZero();
        assertThat(node.calls("mkfs.xfs")).containsExactly("mkfs.xfs " + root.resolve("dev/disk/by-id").resolve(GIT_BRIDGE_VOLUME));

        node.taggedVolumes(List.of());
        Commands.Result noVolume = node.run("attach-leader-resources.sh");
        assertThat(noVolume.exitCode()).isNotZero();
        assertThat(noVolume.stderr()).isEqualTo("error: expected one volume tagged overleaf-ha:leader-resource="
                + SampleSpecs.LEADER_TAG_VALUE + " in " + SampleSpecs.ZONE + ", found: none\n");
        assertThat(attachments(node)).hasSize(2);

        String other = "eni-0123456789abcdef0";
        node.taggedNetworkInterfaces(List.of(FakeNode.networkInterface(SampleSpecs.INTERFACE_ID),
                FakeNode.networkInterface(other)));
        Commands.Result interfaces = node.run("attach-leader-resources.sh");
        assertThat(interfaces.exitCode()).isNotZero();
        assertThat(interfaces.stderr()).contains("expected one network-interface tagged overleaf-ha:leader-resource="
                + SampleSpecs.LEADER_TAG_VALUE + " in " + SampleSpecs.ZONE + ", found: " + SampleSpecs.INTERFACE_ID + "\t" + other);
        // Listed on two pages, they are two all the same.
        node.taggedNetworkInterfaces(List.of(FakeNode.networkInterface(SampleSpecs.INTERFACE_ID)), List.of(),
                List.of(FakeNode.networkInterface(other)));
        Commands.Result twoPages = node.run("attach-leader-resources.sh");
        assertThat(twoPages.exitCode()).isNotZero();
        assertThat(twoPages.stderr()).contains("expected one network-interface tagged overleaf-ha:leader-resource="
                + SampleSpecs.LEADER_TAG_VALUE + " in " + SampleSpecs.ZONE + ", found: " + SampleSpecs.INTERFACE_ID + "\n" + other);
        assertThat(attachments(node)).hasSize(2);
    }

    @Test
    void theLeaderRecordsItsVersionOnceServerProFinishedItsMigrations() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.answers("ssm-values", "6.2.1");
        node.answers("docker-logs", "Running migrations for server-pro", "Finished migrations");

        Commands.Result result = node.run("record-migrations.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(node.calls("docker logs")).hasSize(2);
        assertThat(node.calls("sleep")).hasSize(1);
        assertThat(node.calls("aws ssm put-parameter")).containsExactly("aws ssm put-parameter"
                + " --name /overleaf/prod/migrated-version --region eu-west-1 --type String --value "
                + SampleSpecs.VERSION + " --overwrite");
    }

    @Test
    void afterARebootOnTheSameVersionTheLeaderRecordsNothing() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());
        node.answers("ssm-values", SampleSpecs.VERSION);

        Commands.Result result = node.run("record-migrations.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(node.calls("docker")).isEmpty();
        assertThat(node.calls("aws ssm put-parameter")).isEmpty();
    }

    @Test
    void gitBridgeRunsAsRootOnItsVolumeWithItsOwnEnvFile() throws IOException {
        FakeNode node = new FakeNode(root, SampleSpecs.leader());

        Commands.Result result = node.run("start-git-bridge.sh");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(node.calls("docker run")).containsExactly("docker run --rm --name git-bridge --network overleaf"
                + " --log-driver awslogs --log-opt awslogs-region=eu-west-1"
                + " --log-opt awslogs-group=/overleaf/prod/containers --log-opt awslogs-stream=" + FakeNode.INSTANCE_ID + "/git-bridge"
                + " --log-opt mode=non-blocking --log-opt max-buffer-size=8m"
                + " --user root --env-file " + node.path("/etc/overleaf/git-bridge.env")
                + " --volume " + node.path("/var/lib/git-bridge") + ":/data/git-bridge"
                + " --publish 8000:8000 quay.io/sharelatex/git-bridge:" + SampleSpecs.VERSION + " /server-pro-start.sh");
    }

    /** Runs the step before setup-git-bridge-volume.sh in git-bridge's unit, on a leader holding both resources already. */
    private static void attachLeaderResources(FakeNode node) throws IOException {
        node.answers("holder-network-interface", FakeNode.INSTANCE_ID);
        node.answers("holder-volume", FakeNode.INSTANCE_ID);
        Commands.Result attached = node.run("attach-leader-resources.sh");
        assertThat(attached.exitCode()).as(attached.output()).isZero();
    }

    /** The leader's record, before it migrates, that the parameter no longer names a finished version. */
    private static String migrating() {
        return "aws ssm put-parameter --name /overleaf/prod/migrated-version --region eu-west-1 --type String --value "
                + NodeBootSpec.MIGRATING_PREFIX + SampleSpecs.VERSION + " --overwrite";
    }

    private static List<String> attachments(FakeNode node) {
        return node.calls().stream().filter(call -> call.startsWith("aws ec2 attach-")).toList();
    }

    /** One distinct value per shared secret name, none of which may leak. */
    private static Map<String, String> fakeSecrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        SampleSpecs.SHARED_SECRET_NAMES.forEach(name -> secrets.put(name, "fake-" + name.hashCode() + "-s3cr3t"));
        return secrets;
    }

    private static List<String> fstab(FakeNode node) throws IOException {
        return Files.readAllLines(node.root.resolve("etc/fstab"));
    }

    private static Map<String, Object> dockerDaemonConfig(FakeNode node) throws IOException {
        return new ObjectMapper().readValue(node.root.resolve("etc/docker/daemon.json").toFile(),
                new TypeReference<Map<String, Object>>() { });
    }
}
