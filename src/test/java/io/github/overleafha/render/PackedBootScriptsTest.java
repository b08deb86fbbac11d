package io.github.overleafha.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed gzipped copies the user data carries are exactly the boot scripts, and nothing else. */
class PackedBootScriptsTest {

    private static final Path BOOT = Path.of("src/main/resources/boot");
    private static final String REPACK = "run: bash scripts/pack-boot-scripts.sh";

    private static List<String> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyScriptHasAPackedCopyThatUnpacksToIt() throws IOException {
        List<String> scripts = list(BOOT, ".sh");
        assertThat(scripts).isNotEmpty();
        assertThat(list(BOOT.resolve("packed"), ".gz")).as(REPACK)
                .containsExactlyElementsOf(scripts.stream().map(name -> name + ".gz").toList());
        for (String script : scripts) {
            try (InputStream packed = new GZIPInputStream(Files.newInputStream(BOOT.resolve("packed/" + script + ".gz")))) {
                assertThat(packed.readAllBytes()).as(script + " changed since it was packed; " + REPACK)
                        .isEqualTo(Files.readAllBytes(BOOT.resolve(script)));
            }
        }
    }
}
