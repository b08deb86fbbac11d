package io.github.overleafha;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A clone alone runs every test: nothing under src/test reaches outside the repository (../shared, /work). */
class SelfContainedTestsTest {

    @Test
    void noTestReadsOutsideTheRepository() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(TestStacks.PROJECT_DIR.resolve("src/test/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(20);
        for (Path source : sources) {
            String text = Files.readString(source);
            if (source.endsWith("SelfContainedTestsTest.java")) {
                continue;
            }
            assertThat(text).as(source.toString()).doesNotContain("\"..\", \"shared\"").doesNotContain("../shared")
                    .doesNotContain("/work/shared");
        }
    }
}
