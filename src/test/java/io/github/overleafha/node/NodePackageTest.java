package io.github.overleafha.node;

import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a node boots with is decided without Pulumi and without reaching into the Pulumi components. */
class NodePackageTest {

    @Test
    void theNodePackageImportsNeitherPulumiNorAComponent() throws IOException {
        Path dir = TestStacks.PROJECT_DIR.resolve("src/main/java/io/github/overleafha/node");
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).extracting(file -> file.getFileName().toString())
                .contains("BootSpecs.java", "CloudConfigRenderer.java", "NodeBootSpec.java", "UserDataBudget.java");
        for (Path source : sources) {
            assertThat(Files.readString(source)).as(source.getFileName().toString())
                    .doesNotContain("import com.pulumi", "import io.github.overleafha.infra.aws", "import io.github.overleafha.infra.local");
        }
    }
}
