package io.github.overleafha.images;

import io.github.overleafha.ExitStatus;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.ConfigSources;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.config.StackConfigLoader;
import io.github.overleafha.core.ImageReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pin-images} end to end: the project's Pulumi.yaml, a stack file, and a fake registry on 127.0.0.1. */
class PinImagesCommandTest {

    private static final String SERVER_PRO = "{\"schemaVersion\":2,\"manifests\":[\"server-pro\"]}";
    private static final String GIT_BRIDGE = "{\"schemaVersion\":2,\"manifests\":[\"git-bridge\"]}";

    @TempDir
    Path project;
    private FakeRegistry registry;
    private Path stackFile;
    private String original;

    @BeforeEach
    void aStackOnTheFakeRegistry() throws Exception {
        registry = new FakeRegistry();
        registry.put("sharelatex/sharelatex-pro", "6.2.2", SERVER_PRO);
        registry.put("sharelatex/git-bridge", "6.2.2", GIT_BRIDGE);
        Files.copy(TestStacks.PROJECT_DIR.resolve("Pulumi.yaml"), project.resolve("Pulumi.yaml"));
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(TestStacks.PROJECT_DIR.resolve("Pulumi.dev.yaml"))) {
            if (!line.contains("ImageDigest") && !line.contains("# renovate:") && !line.contains("pinnedImagesVersion")) {
                lines.add(line);
            }
        }
        lines.add("  overleaf-ha:serverProImage: " + registry.host() + "/sharelatex/sharelatex-pro   # a mirror");
        lines.add("  overleaf-ha:gitBridgeImage: " + registry.host() + "/sharelatex/git-bridge");
        lines.add("  overleaf-ha:allowedRegistries:");
        lines.add("    - " + registry.host());
        lines.add("");
        lines.add("# a trailing comment outside the config block");
        original = String.join("\n", lines) + "\n";
        stackFile = project.resolve("Pulumi.dev.yaml");
        Files.writeString(stackFile, original);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private int pinImages(Map<String, String> environment, String... extra) {
        var command = new PinImagesCommand();
        command.environment = environment::get;
        List<String> arguments = new ArrayList<>(List.of("--stack", "dev", "--dir", project.toString()));
        arguments.addAll(List.of(extra));
        return new CommandLine(command).execute(arguments.toArray(String[]::new));
    }

    private static Map<String, String> password() {
        return Map.of(PinImagesCommand.PASSWORD_VARIABLE, FakeRegistry.PASSWORD);
    }

    @Test
    void writesBothDigestsAndLeavesEveryOtherLineAsItWas() throws Exception {
        assertThat(pinImages(password())).isZero();

        String written = Files.readString(stackFile);
        List<String> added = new ArrayList<>(written.lines().toList());
        original.lines().forEach(added::remove);
        assertThat(added).containsExactly(
                "  # renovate: datasource=docker depName=" + registry.host() + "/sharelatex/sharelatex-pro currentValue=6.2.2",
                "  overleaf-ha:serverProImageDigest: " + FakeRegistry.digestOf(SERVER_PRO),
                "  # renovate: datasource=docker depName=" + registry.host() + "/sharelatex/git-bridge currentValue=6.2.2",
                "  overleaf-ha:gitBridgeImageDigest: " + FakeRegistry.digestOf(GIT_BRIDGE),
                "  overleaf-ha:pinnedImagesVersion: 6.2.2");
        assertThat(written.lines().filter(line -> !added.contains(line)).toList()).isEqualTo(original.lines().toList());
        assertThat(written).contains("    secure: EXAMPLE-set-with-pulumi-config-set-secret");

        StackConfig pinned = StackConfigLoader.load(ConfigSources.offline(project, "dev", Map.of()));
        assertThat(pinned.serverPro().image()).isEqualTo(ImageReference.of(registry.host() + "/sharelatex/sharelatex-pro", "6.2.2")
                .withDigest(FakeRegistry.digestOf(SERVER_PRO)));
        assertThat(pinned.serverPro().gitBridgeImage().digest()).contains(FakeRegistry.digestOf(GIT_BRIDGE));
    }

    @Test
    void aRepushedTagReplacesTheDigestLinesInPlace() throws Exception {
        assertThat(pinImages(password())).isZero();
        String first = Files.readString(stackFile);
        String repushed = "{\"schemaVersion\":2,\"manifests\":[\"server-pro, rebuilt\"]}";
        registry.put("sharelatex/sharelatex-pro", "6.2.2", repushed);

        assertThat(pinImages(password())).isZero();

        assertThat(Files.readString(stackFile))
                .isEqualTo(first.replace(FakeRegistry.digestOf(SERVER_PRO), FakeRegistry.digestOf(repushed)));
    }

    @Test
    void theLoginIsSentOnlyToTheServerProImagesRegistry() throws Exception {
        assertThat(pinImages(password())).isZero();

        assertThat(registry.seenAt("/token")).hasSize(2).allSatisfy(request -> assertThat(request.authorization())
                .isEqualTo(FakeRegistry.basic(FakeRegistry.USER, FakeRegistry.PASSWORD)));
        assertThat(registry.seen).filteredOn(request -> !request.path().equals("/token"))
                .allSatisfy(request -> assertThat(request.authorization()).isIn(null, "Bearer " + FakeRegistry.TOKEN));
    }

    @Test
    void withoutThePasswordItAsksForTheVariableAndCallsNoRegistry() throws Exception {
        assertThat(pinImages(Map.of())).isEqualTo(ExitStatus.INVALID_CONFIG.code());

        assertThat(registry.seen).isEmpty();
        assertThat(Files.readString(stackFile)).isEqualTo(original);
    }

    @Test
    void aNewReleaseIsPinnedAgainOverDigestsOfTheOldOne() throws Exception {
        assertThat(pinImages(password())).isZero();
        registry.put("sharelatex/sharelatex-pro", "6.2.3", "{\"release\":\"6.2.3\"}");
        registry.put("sharelatex/git-bridge", "6.2.3", "{\"release\":\"6.2.3 git-bridge\"}");
        Files.writeString(stackFile, Files.readString(stackFile).replace("config:\n", "config:\n  overleaf-ha:serverProVersion: 6.2.3\n"));

        assertThat(pinImages(password())).isZero();

        StackConfig pinned = StackConfigLoader.load(ConfigSources.offline(project, "dev", Map.of()));
        assertThat(pinned.serverPro().image().toString())
                .isEqualTo(registry.host() + "/sharelatex/sharelatex-pro:6.2.3@" + FakeRegistry.digestOf("{\"release\":\"6.2.3\"}"));
        assertThat(Files.readString(stackFile)).contains("overleaf-ha:pinnedImagesVersion: 6.2.3")
                .doesNotContain("pinnedImagesVersion: 6.2.2");
    }

    @Test
    void aRegistryFailureLeavesTheStackFileAlone() throws Exception {
        registry.manifests.remove("sharelatex/git-bridge:6.2.2");

        assertThat(pinImages(password())).isEqualTo(ExitStatus.REGISTRY_FAILED.code());
        assertThat(Files.readString(stackFile)).isEqualTo(original);
    }

    @Test
    void aDryRunPrintsWithoutWriting() throws Exception {
        assertThat(pinImages(password(), "--dry-run")).isZero();
        assertThat(Files.readString(stackFile)).isEqualTo(original);
    }

    @Test
    void aRegistryOffTheAllowListIsNeverAsked() throws Exception {
        Files.writeString(stackFile, original.replace("    - " + registry.host(), "    - quay.io"));

        assertThat(pinImages(password())).isEqualTo(ExitStatus.INVALID_CONFIG.code());
        assertThat(registry.seen).isEmpty();
    }
}
