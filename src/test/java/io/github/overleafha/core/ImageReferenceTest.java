package io.github.overleafha.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageReferenceTest {

    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    @ParameterizedTest(name = "{0}: registry {1}, path {2}, tag {3}")
    @CsvSource(nullValues = "-", textBlock = """
            quay.io/sharelatex/sharelatex-pro:6.2.2,   quay.io,            sharelatex/sharelatex-pro, 6.2.2
            redis:7.2,                                 docker.io,          library/redis,             7.2
            minio/mc:RELEASE.2025-04-16T18-13-26Z,     docker.io,          minio/mc,                  RELEASE.2025-04-16T18-13-26Z
            localhost:5000/overleaf/server-pro:6.2.2,  localhost:5000,     overleaf/server-pro,       6.2.2
            localhost/overleaf,                        localhost,          overleaf,                  -
            127.0.0.1:8443/a/b/c:1,                    127.0.0.1:8443,     a/b/c,                     1
            """)
    void readsRegistryPathAndTagAsDockerDoes(String text, String registry, String path, String tag) {
        ImageReference image = ImageReference.parse(text).orElseThrow();

        assertThat(image.registry()).isEqualTo(registry);
        assertThat(image.path()).isEqualTo(path);
        assertThat(image.tag()).isEqualTo(Optional.ofNullable(tag));
        assertThat(image.digest()).isEmpty();
        assertThat(image).hasToString(text);
    }

    @Test
    void aDigestFollowsTheTagAndSurvivesARoundTrip() {
        ImageReference image = ImageReference.of("quay.io/sharelatex/git-bridge", "6.2.2").withDigest(DIGEST);

        assertThat(image).hasToString("quay.io/sharelatex/git-bridge:6.2.2@" + DIGEST);
        assertThat(ImageReference.parse(image.toString())).contains(image);
        assertThat(image.withDigest(Optional.empty())).isEqualTo(ImageReference.of("quay.io/sharelatex/git-bridge", "6.2.2"));
        assertThatThrownBy(() -> image.withDigest("sha256:abc")).hasMessageContaining("not a sha256 image digest");
        assertThatThrownBy(() -> image.withDigest("md5:" + "a".repeat(32))).hasMessageContaining("not a sha256 image digest");
    }

    /** Names that would send a login, or pull, somewhere else than they seem to say. */
    @ParameterizedTest
    @ValueSource(strings = {
            "user@quay.io/sharelatex/sharelatex-pro",
            "quay.io@evil.example.com/sharelatex/sharelatex-pro",
            "https://quay.io/sharelatex/sharelatex-pro",
            "QUAY.IO/sharelatex/sharelatex-pro",
            "quay.io./sharelatex/sharelatex-pro",
            "-quay.io/sharelatex/sharelatex-pro",
            "quay.io:99999/sharelatex/sharelatex-pro",
            "quay.io:/sharelatex/sharelatex-pro",
            "qu\u0430y.io/sharelatex/sharelatex-pro",
            "quay.io//sharelatex-pro",
            "quay.io/../sharelatex-pro",
            "quay.io/Sharelatex/sharelatex-pro",
            "quay.io/sharelatex/sharelatex-pro ",
            "quay.io/sharelatex/sharelatex-pro\n",
            "quay.io/sharelatex/sharelatex-pro?x=1",
            ""})
    void rejectsNamesThatAreNotPlainRepositories(String text) {
        assertThat(ImageReference.isRepository(text)).isFalse();
        assertThat(ImageReference.parse(text)).isEmpty();
    }

    @Test
    void aLookalikeHostIsItsOwnRegistry() {
        assertThat(ImageReference.parse("evil.example.com/quay.io/sharelatex-pro:1").orElseThrow().registry())
                .as("a host-like path component is only a path").isEqualTo("evil.example.com");
        assertThat(ImageReference.parse("quay.io.evil.example.com/sharelatex/sharelatex-pro:1").orElseThrow().registry())
                .isEqualTo("quay.io.evil.example.com");
        assertThat(ImageReference.parse("quay.io:443/sharelatex/sharelatex-pro:1").orElseThrow().registry())
                .isEqualTo("quay.io:443");
        assertThat(ImageReference.parse("sharelatex/sharelatex-pro:1").orElseThrow().registry()).isEqualTo("docker.io");
    }

    @ParameterizedTest
    @CsvSource({"quay.io,true", "localhost,true", "127.0.0.1:5000,true", "registry.example.edu:443,true",
            "Quay.io,false", "quay.io/,false", "https://quay.io,false", "quay.io:70000,false", "user@quay.io,false",
            "quay,false", "'',false"})
    void knowsARegistryHost(String text, boolean expected) {
        assertThat(ImageReference.isRegistryHost(text)).isEqualTo(expected);
    }

    @Test
    void latestOrNoTagIsNotPinned() {
        assertThat(ImageReference.parse("quay.io/sharelatex/texlive-full:2025.1").orElseThrow().hasPinnedTag()).isTrue();
        assertThat(ImageReference.parse("texlive:latest").orElseThrow().hasPinnedTag()).isFalse();
        assertThat(ImageReference.parse("localhost:5000/texlive").orElseThrow().hasPinnedTag()).isFalse();
        assertThat(ImageReference.parse("minio/mc:")).isEmpty();
        assertThat(ImageReference.parse("a:b:c")).isEmpty();
        assertThat(ImageReference.parse("redis:" + "x".repeat(129))).isEmpty();
    }
}
