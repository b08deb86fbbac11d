package io.github.overleafha.config;

import io.github.overleafha.TestStacks;
import io.github.overleafha.core.ImageReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Where the release's images come from, and that AWS stacks run them by a digest the stack file pins. */
class ImageConfigTest {

    private static InvalidConfigException rejected(Map<String, String> overrides) {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> TestStacks.dev(overrides));
        assertThat(error).as("%s must be rejected", overrides).isNotNull();
        return error;
    }

    @Test
    void anAwsStackMustPinBothDigestsAndIsToldHow() {
        InvalidConfigException error = rejected(Map.of("serverProImageDigest", "", "gitBridgeImageDigest", ""));

        assertThat(error.problems()).extracting(ConfigProblem::key)
                .containsExactly("overleaf-ha:serverProImageDigest", "overleaf-ha:gitBridgeImageDigest");
        assertThat(error.problems()).allSatisfy(problem -> {
            assertThat(problem.why()).contains("pinned in the stack file", "reviewed diff");
            assertThat(problem.fix()).isEqualTo("run: java -jar target/overleaf-ha.jar pin-images --stack dev");
        });
    }

    @Test
    void pinningLoadsTheStackWithoutDigestsButStillChecksTheRest() {
        ConfigValues unpinned = TestStacks.devValues(Map.of("serverProImageDigest", "", "gitBridgeImageDigest", ""));
        assertThat(StackConfigLoader.loadForImagePinning(unpinned).serverPro().image())
                .isEqualTo(ImageReference.of("quay.io/sharelatex/sharelatex-pro", "6.2.2"));

        ConfigValues hostile = TestStacks.devValues(Map.of("serverProImage", "evil.example.com/x"));
        assertThat(catchThrowableOfType(InvalidConfigException.class, () -> StackConfigLoader.loadForImagePinning(hostile)))
                .isNotNull();
    }

    @Test
    void digestsPinnedForAnotherReleaseAreRejectedUntilPinnedAgain() {
        InvalidConfigException error = rejected(Map.of("serverProVersion", "6.2.3"));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:pinnedImagesVersion");
            assertThat(problem.value()).isEqualTo("6.2.2");
            assertThat(problem.why()).contains("pinned for Server Pro 6.2.2, not serverProVersion 6.2.3");
            assertThat(problem.fix()).startsWith("run: java -jar target/overleaf-ha.jar pin-images --stack dev");
        });
        assertThat(StackConfigLoader.loadForImagePinning(TestStacks.devValues(Map.of("serverProVersion", "6.2.3")))
                .serverPro().version()).hasToString("6.2.3");
        String digest = "sha256:" + "d".repeat(64);
        assertThat(catchThrowableOfType(InvalidConfigException.class,
                () -> TestStacks.local(Map.of("gitBridgeImageDigest", digest))).problems())
                .extracting(ConfigProblem::key).containsExactly("overleaf-ha:pinnedImagesVersion");
        assertThat(TestStacks.local(Map.of("gitBridgeImageDigest", digest, "pinnedImagesVersion", "6.2.2"))
                .serverPro().gitBridgeImage().digest()).contains(digest);
    }

    @Test
    void theLocalStackMayLeaveDigestsToItsDockerDaemon() {
        assertThat(TestStacks.local(Map.of()).serverPro().image().digest()).isEmpty();
    }

    /** Each would have nodes (and pin-images) send the registry login to a host nobody chose. */
    @ParameterizedTest
    @ValueSource(strings = {
            "evil.example.com/x",
            "evil.example.com/quay.io/sharelatex/sharelatex-pro",
            "quay.io.evil.example.com/sharelatex/sharelatex-pro",
            "quay.io:8443/sharelatex/sharelatex-pro",
            "localhost:5000/sharelatex/sharelatex-pro",
            "sharelatex/sharelatex-pro"})
    void anImageFromARegistryOffTheAllowListIsRejectedNamingTheHost(String image) {
        InvalidConfigException error = rejected(Map.of("serverProImage", image));

        String host = ImageReference.parse(image).orElseThrow().registry();
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:serverProImage");
            assertThat(problem.value()).isEqualTo(image);
            assertThat(problem.why()).contains("registry " + host + " is not on allowedRegistries [quay.io]");
            assertThat(problem.fix()).contains("add " + host + " to allowedRegistries");
        });
        assertThat(rejected(Map.of("gitBridgeImage", image)).problems()).extracting(ConfigProblem::key)
                .containsExactly("overleaf-ha:gitBridgeImage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quay.io@evil.example.com/x", "user:pass@quay.io/x", "QUAY.IO/sharelatex/sharelatex-pro",
            "quay.io./sharelatex/sharelatex-pro", "https://quay.io/sharelatex/sharelatex-pro"})
    void aNameWithUserInfoOrAnUnusualHostIsNoRepositoryAtAll(String image) {
        assertThat(rejected(Map.of("serverProImage", image)).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:serverProImage");
            assertThat(problem.fix()).contains("write the repository only");
        });
    }

    @Test
    void anotherRegistryIsAllowedOnlyWhenAKeySaysSoAndTheLoginGoesThereOnly() {
        StackConfig config = TestStacks.dev(Map.of(
                "allowedRegistries", "[quay.io, registry.example.edu:5000]",
                "serverProImage", "registry.example.edu:5000/overleaf/sharelatex-pro"));

        assertThat(config.registry()).hasValueSatisfying(login ->
                assertThat(login.server()).isEqualTo("registry.example.edu:5000"));
        assertThat(config.serverPro().gitBridgeImage().registry()).isEqualTo("quay.io");
    }

    @Test
    void theAllowListHoldsRegistryHostsOnly() {
        InvalidConfigException error = rejected(Map.of("allowedRegistries", "[quay.io, 'https://evil.example.com']"));
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:allowedRegistries");
            assertThat(problem.value()).isEqualTo("https://evil.example.com");
        });
        assertThat(rejected(Map.of("allowedRegistries", "[]")).problems()).extracting(ConfigProblem::key)
                .contains("overleaf-ha:allowedRegistries", "overleaf-ha:serverProImage", "overleaf-ha:gitBridgeImage");
    }
}
