package io.github.overleafha.node;

import io.github.overleafha.render.Commands;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the rendered user data, its units and every boot script with the real tools. */
class CloudConfigValidityTest {

    @TempDir
    Path dir;

    static Stream<NodeBootSpec> nodes() {
        return Stream.of(SampleSpecs.leader(), SampleSpecs.follower());
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void cloudInitAcceptsTheUserData(NodeBootSpec spec) throws IOException {
        Commands.requireTool("cloud-init", "cloud-init");
        Path userData = Files.writeString(dir.resolve("user-data.yaml"), CloudConfigRenderer.render(spec));

        Commands.Result result = Commands.run(
                List.of("cloud-init", "schema", "--config-file", userData.toString()), dir, null);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout()).contains("Valid cloud-config");
    }

    @ParameterizedTest
    @MethodSource("nodes")
    void systemdAcceptsTheUnits(NodeBootSpec spec) throws IOException {
        Commands.requireTool("systemd-analyze", "systemd");
        UserData.writeUnder(dir, CloudConfigRenderer.render(spec));
        // The node's root as verify needs it: the system's units (masked ones, linked outside, left out) and Docker.
        Files.createDirectories(dir.resolve("usr/lib/systemd"));
        assertThat(Commands.run(List.of("bash", "-c", "cp -a /usr/lib/systemd/system usr/lib/systemd/"
                + " && find usr/lib/systemd/system -lname /dev/null -delete"), dir, null).exitCode()).isZero();
        Path docker = Files.createDirectories(dir.resolve("usr/bin")).resolve("docker");
        Files.writeString(docker, "");
        docker.toFile().setExecutable(true);
        Path units = dir.resolve("etc/systemd/system");
        Files.writeString(units.resolve("docker.service"), "[Service]\nExecStart=/usr/bin/docker\n");
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--root=" + dir));
        try (Stream<Path> files = Files.list(units)) {
            files.map(Path::toString).filter(name -> name.contains("overleaf-")).sorted().forEach(command::add);
        }

        Commands.Result result = Commands.run(command, units, null);

        assertThat(command).hasSizeGreaterThan(3);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).isEmpty();
    }

    @Test
    void theBootScriptsInTheRepositoryAreShellcheckClean() throws IOException {
        shellcheck(Path.of("src/main/resources/boot"));
    }

    @Test
    void theBootScriptsInTheUserDataAreShellcheckClean() throws IOException {
        UserData.writeUnder(dir, CloudConfigRenderer.render(SampleSpecs.leader()));
        shellcheck(dir.resolve(CloudConfigRenderer.BOOT_DIR.substring(1)));
    }

    @Test
    void theFakeCommandOfTheScriptTestsIsShellcheckClean() throws IOException {
        shellcheck(Path.of("src/test/resources/fake-bin"));
    }

    /** Runs shellcheck on every file (not directory) of {@code scriptDir}, from there, following what they source. */
    private static void shellcheck(Path scriptDir) throws IOException {
        Commands.requireTool("shellcheck", "shellcheck");
        List<String> command = new ArrayList<>(List.of("shellcheck", "--external-sources"));
        try (Stream<Path> scripts = Files.list(scriptDir)) {
            List<String> names = scripts.filter(Files::isRegularFile)
                    .map(script -> script.getFileName().toString()).sorted().toList();
            assertThat(names).isNotEmpty();
            command.addAll(names);
        }

        Commands.Result result = Commands.run(command, scriptDir, null);

        assertThat(result.exitCode()).as(result.output()).isZero();
    }
}
