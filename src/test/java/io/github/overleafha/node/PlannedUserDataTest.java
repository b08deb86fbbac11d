package io.github.overleafha.node;

import io.github.overleafha.render.Commands;
import io.github.overleafha.TestStacks;
import io.github.overleafha.plan.PlannedResource;
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
        List<PlannedResource> nodes = TestStacks.devPlan().ofType("aws:ec2/instance:Instance");
        assertThat(nodes).hasSize(3);
        for (PlannedResource node : nodes) {
            Path userData = Files.writeString(dir.resolve(node.name() + ".yaml"), node.text("userData"));
            Commands.Result result = Commands.run(List.of("cloud-init", "schema", "--config-file", userData.toString()), dir, null);
            assertThat(result.exitCode()).as(node.name() + ": " + result.output()).isZero();
            assertThat(result.stdout()).contains("Valid cloud-config");
        }
    }
}
