package io.github.overleafha.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.TestStacks;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.images.StackFileDigests;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** renovate.json keeps Maven, the actions and the pinned image digests current, each through a pull request. */
class RenovateConfigTest {

    private static JsonNode config() throws IOException {
        return new ObjectMapper().readTree(Files.readString(TestStacks.PROJECT_DIR.resolve("renovate.json")));
    }

    private static Pattern digestPattern(JsonNode config) {
        JsonNode manager = config.path("customManagers").get(0);
        assertThat(manager.path("customType").asText()).isEqualTo("regex");
        // Renovate reads JavaScript (RE2) syntax; these named groups mean the same in Java.
        return Pattern.compile(manager.path("matchStrings").get(0).asText());
    }

    @Test
    void coversMavenTheActionsAndTheImageDigests() throws IOException {
        JsonNode config = config();

        assertThat(WorkflowsTest.elements(config.path("enabledManagers")).map(JsonNode::asText))
                .containsExactlyInAnyOrder("maven", "github-actions", "custom.regex");
        String files = config.path("customManagers").get(0).path("managerFilePatterns").get(0).asText();
        Pattern stackFile = Pattern.compile(files.substring(1, files.length() - 1));
        assertThat(stackFile.matcher("Pulumi.dev.yaml").find()).isTrue();
        assertThat(stackFile.matcher("Pulumi.yaml").find()).isFalse();
    }

    @Test
    void readsEveryDigestPinImagesWritesWithItsImageAndTag() throws IOException {
        String digest = "sha256:" + "5".repeat(64);
        String written = StackFileDigests.withEntries("config:\n  aws:region: eu-west-1\n", "overleaf-ha", List.of(
                new StackFileDigests.Pin("overleaf-ha:serverProImageDigest",
                        ImageReference.of("quay.io/sharelatex/sharelatex-pro", "6.2.2").withDigest(digest)).entry()));

        Matcher match = digestPattern(config()).matcher(written);
        assertThat(match.find()).as(written).isTrue();
        assertThat(match.group("datasource")).isEqualTo("docker");
        assertThat(match.group("depName")).isEqualTo("quay.io/sharelatex/sharelatex-pro");
        assertThat(match.group("currentValue")).isEqualTo("6.2.2");
        assertThat(match.group("currentDigest")).isEqualTo(digest);
    }

    @Test
    void findsBothDigestsOfTheDevStack() throws IOException {
        String dev = Files.readString(TestStacks.PROJECT_DIR.resolve("Pulumi.dev.yaml"));
        var config = TestStacks.dev();

        List<String> found = new ArrayList<>();
        Matcher match = digestPattern(config()).matcher(dev);
        while (match.find()) {
            found.add(match.group("depName") + ":" + match.group("currentValue") + "@" + match.group("currentDigest"));
        }

        assertThat(found).containsExactly(config.serverPro().image().toString(), config.serverPro().gitBridgeImage().toString());
    }

    @Test
    void proposesOnlyNewDigestsOfTheSameTag() throws IOException {
        JsonNode rules = config().path("packageRules");

        assertThat(WorkflowsTest.elements(rules)).anySatisfy(rule -> {
            assertThat(rule.path("matchManagers").get(0).asText()).isEqualTo("custom.regex");
            assertThat(WorkflowsTest.elements(rule.path("matchUpdateTypes")).map(JsonNode::asText))
                    .containsExactlyInAnyOrder("major", "minor", "patch");
            assertThat(rule.path("enabled").asBoolean(true)).isFalse();
        });
    }

    /** A compromised action release is often pulled within days: Renovate waits before proposing one. */
    @Test
    void proposesAnActionReleaseOnlyAfterItHasAged() throws IOException {
        JsonNode rules = config().path("packageRules");

        assertThat(WorkflowsTest.elements(rules)
                .filter(rule -> WorkflowsTest.elements(rule.path("matchManagers")).anyMatch(m -> m.asText().equals("github-actions"))))
                .singleElement()
                .satisfies(rule -> {
                    assertThat(rule.path("pinDigests").asBoolean()).isTrue();
                    assertThat(rule.path("minimumReleaseAge").asText()).isEqualTo("3 days");
                });
    }
}
