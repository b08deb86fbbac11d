package io.github.overleafha.node;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed archive the user data carries holds exactly the boot scripts (less comments), and nothing else. */
class PackedBootScriptsTest {

    private static final Path BOOT = Path.of("src/main/resources/boot");
    private static final String REPACK = "run: bash scripts/pack-boot-scripts.sh";

    private static List<String> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }

    /** What a node gets of a script: every whole-line comment but the shebang and shellcheck directives dropped. */
    static String withoutComments(String script) {
        StringBuilder kept = new StringBuilder();
        List<String> lines = script.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if ((i == 0 && line.startsWith("#!")) || trimmed.startsWith("# shellcheck ") || !trimmed.startsWith("#")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    @Test
    void commentsStayInTheRepositoryButDirectivesAndCodeReachTheNode() {
        assertThat(withoutComments("#!/usr/bin/env bash\n# why\n  # indented why\nset -e # kept\n# shellcheck source=x.sh\necho '#'\n"))
                .isEqualTo("#!/usr/bin/env bash\nset -e # kept\n# shellcheck source=x.sh\necho '#'\n");
    }

    @Test
    void theArchiveHoldsEveryScriptLessCommentsTheLibraryReadOnlyTheOthersExecutable() throws IOException {
        List<String> scripts = list(BOOT, ".sh");
        assertThat(scripts).isNotEmpty();
        assertThat(list(BOOT.resolve("packed"), ".gz")).as(REPACK).containsExactly("boot-scripts.tar.gz");
        Map<String, Tar.Entry> packed = Tar.entries(Files.readAllBytes(BOOT.resolve("packed/boot-scripts.tar.gz")));
        assertThat(packed.keySet()).as(REPACK).containsExactlyElementsOf(scripts);
        for (String script : scripts) {
            assertThat(packed.get(script).content()).as(script + " changed since it was packed; " + REPACK)
                    .isEqualTo(withoutComments(Files.readString(BOOT.resolve(script))));
            assertThat(packed.get(script).mode()).as(script).isEqualTo(script.equals("boot-lib.sh") ? 0644 : 0755);
        }
    }
}
