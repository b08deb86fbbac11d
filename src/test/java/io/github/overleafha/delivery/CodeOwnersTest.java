package io.github.overleafha.delivery;

import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** .github/CODEOWNERS names who must review what the delivery trusts; docs/delivery.md says to replace its team. */
class CodeOwnersTest {

    private static final Path CODEOWNERS = TestStacks.PROJECT_DIR.resolve(".github/CODEOWNERS");
    private static final String PLACEHOLDER = "@example-edu/overleaf-ha-maintainers";
    private static final Pattern OWNER = Pattern.compile("@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+|@[A-Za-z0-9-]+|\\S+@\\S+");

    /** One rule: a pattern and its owners. */
    record Rule(String pattern, List<String> owners) {
        /** GitHub's reading, for the patterns used here: a leading / anchors, a trailing / is a folder, * stays in one name. */
        boolean matches(String path) {
            String body = pattern.startsWith("/") ? pattern.substring(1) : pattern;
            boolean folder = body.endsWith("/");
            String regex = Pattern.quote(folder ? body.substring(0, body.length() - 1) : body).replace("*", "\\E[^/]*\\Q");
            String anchored = (pattern.startsWith("/") ? "" : "(.*/)?") + regex + (folder ? "/.*" : "(/.*)?");
            return path.matches(anchored);
        }
    }

    static List<Rule> rules() throws IOException {
        return Files.readAllLines(CODEOWNERS).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .map(words -> new Rule(words[0], List.of(words).subList(1, words.length)))
                .toList();
    }

    /** The owners GitHub requests for {@code path}: the last matching rule's. */
    static Optional<List<String>> ownersOf(String path) throws IOException {
        List<Rule> rules = rules();
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (rules.get(i).matches(path)) {
                return Optional.of(rules.get(i).owners());
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @ValueSource(strings = {".github/workflows/preview.yml", ".github/workflows/deploy-stack.yml", ".github/CODEOWNERS",
            "Pulumi.dev.yaml", "Pulumi.prod.yaml", "scripts/touched-stacks.sh", "scripts/test.sh"})
    void whatTheDeliveryTrustsHasAnOwner(String path) throws IOException {
        assertThat(ownersOf(path)).get().asList().isNotEmpty()
                .allSatisfy(owner -> assertThat(OWNER.matcher((String) owner).matches()).as(owner.toString()).isTrue());
    }

    @Test
    void everyWorkflowAndStackFileOfTheRepositoryIsCovered() throws IOException {
        try (Stream<Path> workflows = Files.list(WorkflowsTest.WORKFLOWS); Stream<Path> root = Files.list(TestStacks.PROJECT_DIR)) {
            List<String> paths = Stream.concat(
                    workflows.map(file -> ".github/workflows/" + file.getFileName()),
                    root.map(file -> file.getFileName().toString()).filter(name -> name.matches("Pulumi\\..+\\.yaml"))).toList();
            assertThat(paths).isNotEmpty();
            for (String path : paths) {
                assertThat(ownersOf(path)).as(path).isPresent();
            }
        }
    }

    @Test
    void theRuleReadingFollowsGitHubsForThesePatterns() {
        Rule stacks = new Rule("/Pulumi.*.yaml", List.of(PLACEHOLDER));
        Rule scripts = new Rule("/scripts/", List.of(PLACEHOLDER));

        assertThat(stacks.matches("Pulumi.dev.yaml")).isTrue();
        assertThat(stacks.matches("Pulumi.yaml")).isFalse();
        assertThat(stacks.matches("docs/Pulumi.dev.yaml")).isFalse();
        assertThat(scripts.matches("scripts/a/b.sh")).isTrue();
        assertThat(scripts.matches("src/scripts/b.sh")).isFalse();
        assertThat(scripts.matches("scripts")).isFalse();
    }

    @Test
    void theDocsSayToReplaceThePlaceholderTeam() throws IOException {
        String docs = Files.readString(TestStacks.PROJECT_DIR.resolve("docs/delivery.md"));

        assertThat(Files.readString(CODEOWNERS)).contains(PLACEHOLDER);
        assertThat(docs).contains("Replace the placeholder team `" + PLACEHOLDER + "`", "Require review from Code Owners");
    }
}
