package io.github.overleafha.node;

import io.github.overleafha.render.Commands;
import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The user data the dev stack actually declares, not a sample, through the real cloud-init validator. */
class PlannedUserDataTest {

    @TempDir
    Path dir;

    @Test
    void cloudInitAcceptsEveryNodesUserDataFromTheDevPlan() throws IOException {
        Commands.requireTool("cloud-init", "cloud-init");
        var plan = TestStacks.devPlan();
        for (String role : List.of("leader", "follower")) {
            Path userData = Files.writeString(dir.resolve(role + ".yaml"), TestStacks.userData(plan, role));
            Commands.Result result = Commands.run(List.of("cloud-init", "schema", "--config-file", userData.toString()), dir, null);
            assertThat(result.exitCode()).as(role + ": " + result.output()).isZero();
            assertThat(result.stdout()).contains("Valid cloud-config");
        }
    }
}
