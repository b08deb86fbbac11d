package io.github.overleafha.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real HAProxy accepts what the renderer writes, without a warning, for both kinds of public URL. */
class HaproxyConfigCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://overleaf.example.com", "http://localhost:8080"})
    void haproxyAcceptsTheRenderedConfig(String publicSiteUrl, @TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("haproxy.cfg"),
                HaproxyConfigRenderer.render(HaproxyFixtures.POLICY, HaproxyFixtures.guideTopology(publicSiteUrl)));

        Haproxy.CheckResult result = Haproxy.check(config, dir.resolve("haproxy-check.out"));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Configuration file is valid").doesNotContain("[WARNING]", "[ALERT]");
    }
}
