package io.github.overleafha;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.overleafha.config.ProjectFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration reference is the table a newcomer reads: one row per key of Pulumi.yaml's config block
 * (the one place of each key's type, default and description), equal to it, and no other (Pulumi.yaml and the
 * program's rules agree by {@code KeyCatalogueTest}).
 */
class ReadmeConfigReferenceTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z0-9]+)` \\| (\\w+) \\| (.+?) \\| .+ \\|$", Pattern.MULTILINE);

    @Test
    void everyDeclaredKeyIsDocumentedWithItsTypeDefaultAndDescription() throws IOException {
        ProjectFile project = ProjectFile.load(TestStacks.PROJECT_DIR.resolve("Pulumi.yaml"));
        String readme = Files.readString(TestStacks.PROJECT_DIR.resolve("README.md"));
        project.declarations().forEach((key, declaration) -> {
            String shortKey = key.substring(key.indexOf(':') + 1);
            String row = "| `" + shortKey + "` | " + declaration.type() + " | " + documented(declaration.defaultValue()) + " | "
                    + declaration.description() + " |\n";
            assertThat(readme).as("README row for %s", key).contains(row);
        });
    }

    @Test
    void theReadmeDocumentsNoKeyThatIsNotDeclared() throws IOException {
        ProjectFile project = ProjectFile.load(TestStacks.PROJECT_DIR.resolve("Pulumi.yaml"));
        Matcher rows = ROW.matcher(Files.readString(TestStacks.PROJECT_DIR.resolve("README.md")));
        List<String> declared = project.declarations().keySet().stream().map(k -> k.substring(k.indexOf(':') + 1)).toList();
        int documented = 0;
        while (rows.find()) {
            if (List.of("string", "integer", "boolean", "array").contains(rows.group(2))) {
                assertThat(declared).as("documented key %s", rows.group(1)).contains(rows.group(1));
                documented++;
            }
        }
        assertThat(documented).isEqualTo(declared.size());
    }

    private static String documented(JsonNode defaultValue) {
        if (defaultValue == null) {
            return "(required)";
        }
        if (defaultValue.isArray()) {
            return "`" + defaultValue.toString().replace(",", ", ") + "`";
        }
        return "`" + (defaultValue.asText().isEmpty() ? "\"\"" : defaultValue.asText()) + "`";
    }
}
