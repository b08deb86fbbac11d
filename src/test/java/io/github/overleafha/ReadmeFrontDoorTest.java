package io.github.overleafha;

import io.github.overleafha.plan.PlaceholdersTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The README works as a new user reads it: the first command shows progress, links resolve, deploy steps run. */
class ReadmeFrontDoorTest {

    private static final Path ROOT = TestStacks.PROJECT_DIR;
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    @Test
    void theFirstCommandShowsItsDownloadsOnAColdMachine() throws IOException {
        String readme = read("README.md");
        Matcher firstCommand = Pattern.compile("\\| `(mvn [^`]*)` \\|").matcher(readme);
        assertThat(firstCommand.find()).isTrue();
        // Maven's -q hides the "Downloading from central" lines that show a 114 MB first build is progressing.
        assertThat(firstCommand.group(1)).startsWith("mvn -B package").doesNotContain(" -q");
        assertThat(readme.substring(0, firstCommand.start())).contains("114 MB").contains("several minutes");
    }

    @Test
    void everyLinkOfTheReadmeAndDocsResolvesInsideTheRepository() throws IOException {
        List<String> documents;
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            documents = Stream.concat(Stream.of("README.md"),
                    docs.map(p -> "docs/" + p.getFileName()).filter(p -> p.endsWith(".md"))).toList();
        }
        int checked = 0;
        for (String document : documents) {
            Matcher link = LINK.matcher(read(document));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("https?://.*")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = file.isEmpty() ? ROOT.resolve(document) : ROOT.resolve(document).getParent() == null
                        ? ROOT.resolve(file) : ROOT.resolve(document).getParent().resolve(file);
                assertThat(resolved.normalize()).as("%s links to %s", document, target).startsWith(ROOT).exists();
                if (target.contains("#")) {
                    String anchor = target.substring(target.indexOf('#') + 1);
                    assertThat(anchors(Files.readString(resolved))).as("%s links to %s", document, target).contains(anchor);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    /** GitHub's heading anchors: lowercase, punctuation dropped, spaces as hyphens. */
    private static List<String> anchors(String markdown) {
        return markdown.lines().filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'))
                .toList();
    }

    @Test
    void deployingCreatesTheStackWithTheCliAndSetsEveryPlaceholder() throws IOException {
        String readme = read("README.md");
        String deploying = readme.substring(readme.indexOf("## Deploying"), readme.indexOf("## Operating a stack"));
        assertThat(deploying).contains("pulumi stack init").contains("pulumi stack select --create")
                .doesNotContain("pulumi stack select dev`").doesNotContainIgnoringCase("copy `Pulumi");
        for (String key : PlaceholdersTest.DEV_PLACEHOLDERS.split(",\\s*")) {
            // Digests are written by pin-images, every other value by pulumi config set.
            if (key.endsWith("ImageDigest")) {
                assertThat(deploying).as("pin-images writing %s", key).contains("pin-images --stack", key);
            } else {
                assertThat(deploying).as("a command setting %s", key)
                        .containsPattern("pulumi config set (--secret )?" + Pattern.quote(key) + " ");
            }
        }
        String runbooks = read("docs/runbooks.md");
        assertThat(runbooks).doesNotContainIgnoringCase("copy `Pulumi.dev.yaml`").contains("pulumi stack init");
    }
}
