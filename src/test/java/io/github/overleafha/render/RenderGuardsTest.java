package io.github.overleafha.render;

import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.render.HaproxyTopology.Server;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

import static io.github.overleafha.render.HaproxyFixtures.POLICY;
import static io.github.overleafha.render.HaproxyFixtures.guideTopology;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The renderers' guards at their edges: values just inside a limit render, values just outside are refused.
 * Mutation testing (scripts/mutation.sh) showed each of these could be deleted with every other test green.
 */
class RenderGuardsTest {

    private static final String SITE = "https://overleaf.example.com";

    private static EdgePolicy policy(String healthCheckPath, String gitPathPrefix, Duration connectTimeout) {
        return new EdgePolicy(POLICY.stickinessCookieName(), POLICY.stickinessDuration(), healthCheckPath, gitPathPrefix,
                POLICY.maxRequestBodyBytes(), POLICY.compileTimeout(), POLICY.idleTimeout(),
                POLICY.upstreamKeepAliveTimeout(), POLICY.clientTimeout(), connectTimeout, POLICY.queueTimeout(),
                POLICY.tunnelTimeout(), POLICY.hstsHeaderValue());
    }

    private static NodeBootSpec follower(String serverProImage, String version, List<String> secretNames,
                                         SortedMap<String, String> environment) {
        NodeBootSpec sample = SampleSpecs.follower();
        return new NodeBootSpec(2, false, sample.region(), ImageReference.parse(serverProImage).orElseThrow(), version, sample.texLiveImages(),
                sample.sharedSecretsArn(), new TreeSet<>(secretNames), sample.registryCredentialsArn(), environment,
                Optional.empty(), sample.migrationParameterName(), sample.logGroupName());
    }

    // haproxy.cfg

    @Test
    void aHealthCheckPathOrGitPrefixHaproxyWouldMisreadIsRefused() {
        assertThatThrownBy(() -> HaproxyConfigRenderer.render(policy("/status page", "/git/", POLICY.connectTimeout()),
                guideTopology(SITE))).hasMessageStartingWith("health check path must be one word");
        assertThatThrownBy(() -> HaproxyConfigRenderer.render(policy("/status", "/git/#", POLICY.connectTimeout()),
                guideTopology(SITE))).hasMessageStartingWith("git path prefix must be one word");
        assertThatThrownBy(() -> new Server("a", "\"10.0.0.1\"", 80)).hasMessageStartingWith("host of server 'a' must be one word");
    }

    @Test
    void timeoutsFromOneMillisecondToHaproxysLargestTimerRender() {
        assertThat(HaproxyConfigRenderer.render(policy("/status", "/git/", Duration.ofMillis(1)), guideTopology(SITE)))
                .contains("  timeout connect 1ms\n");
        assertThat(HaproxyConfigRenderer.render(policy("/status", "/git/", Duration.ofMillis(Integer.MAX_VALUE)),
                guideTopology(SITE))).contains("  timeout connect 2147483647ms\n");
        assertThatThrownBy(() -> HaproxyConfigRenderer.render(policy("/status", "/git/",
                Duration.ofMillis(Integer.MAX_VALUE + 1L)), guideTopology(SITE))).hasMessageStartingWith("connect timeout");
    }

    @Test
    void portsOneAnd65535AreValid() {
        var topology = new HaproxyTopology(List.of(new Server("a", "10.0.0.1", 1), new Server("b", "10.0.0.2", 65535)),
                "a", "127.0.0.1", 65535, URI.create(SITE));
        assertThat(HaproxyConfigRenderer.render(POLICY, topology))
                .contains("  bind 127.0.0.1:65535\n", "  server a 10.0.0.1:1 cookie a\n", "  server b 10.0.0.2:65535 cookie b\n");
        assertThatThrownBy(() -> new HaproxyTopology(topology.servers(), "a", "127.0.0.1", 0, URI.create(SITE)))
                .hasMessage("bind port is 0, outside 1-65535");
    }

    // User data

    @Test
    void userDataOfExactlyTheEc2LimitIsAcceptedAndOneByteMoreIsNot() {
        int base = CloudConfigRenderer.size(SampleSpecs.leader(SampleSpecs.environment(Map.of("OVERLEAF_NAV_TITLE", "x"))));
        String fits = "x".repeat(1 + CloudConfigRenderer.USER_DATA_LIMIT_BYTES - base);
        NodeBootSpec atLimit = SampleSpecs.leader(SampleSpecs.environment(Map.of("OVERLEAF_NAV_TITLE", fits)));
        assertThat(CloudConfigRenderer.size(atLimit)).isEqualTo(CloudConfigRenderer.USER_DATA_LIMIT_BYTES);
        assertThat(CloudConfigRenderer.render(atLimit)).hasSize(CloudConfigRenderer.USER_DATA_LIMIT_BYTES);
        NodeBootSpec over = SampleSpecs.leader(SampleSpecs.environment(Map.of("OVERLEAF_NAV_TITLE", fits + "x")));
        assertThatThrownBy(() -> CloudConfigRenderer.render(over))
                .hasMessage("user data of node 1 is 16385 bytes, above EC2's limit of 16384");
    }

    // The boot spec

    @Test
    void aServerProImageWhoseTagIsNotTheReleaseIsRefused() {
        assertThatThrownBy(() -> follower("quay.io/sharelatex/sharelatex-pro:6.2.1", "6.2.2",
                SampleSpecs.SHARED_SECRET_NAMES, SampleSpecs.environment(2)))
                .hasMessage("Server Pro image quay.io/sharelatex/sharelatex-pro:6.2.1 is not tagged with version 6.2.2");
    }

    @Test
    void aServerProImageTaggedLatestIsRefusedWhateverTheVersionSays() {
        assertThatThrownBy(() -> follower("quay.io/sharelatex/sharelatex-pro:latest", "latest",
                SampleSpecs.SHARED_SECRET_NAMES, SampleSpecs.environment(2)))
                .hasMessage("Server Pro image is not an image with a pinned tag: 'quay.io/sharelatex/sharelatex-pro:latest'");
    }

    @Test
    void secretAndVariableNamesMustBeShellVariableNames() {
        assertThatThrownBy(() -> follower("quay.io/sharelatex/sharelatex-pro:6.2.2", "6.2.2",
                List.of("WEB_API_PASSWORD", "MONGO URL"), SampleSpecs.environment(2)))
                .hasMessage("not a variable name: 'MONGO URL'");
        assertThatThrownBy(() -> follower("quay.io/sharelatex/sharelatex-pro:6.2.2", "6.2.2",
                SampleSpecs.SHARED_SECRET_NAMES, SampleSpecs.environment(Map.of("1ST_NODE", "true"))))
                .hasMessage("not a variable name: '1ST_NODE'");
    }

    @Test
    void aTexLiveImageThatIsNoImageReferenceIsRefused() {
        NodeBootSpec sample = SampleSpecs.follower();
        assertThatThrownBy(() -> new NodeBootSpec(2, false, sample.region(), sample.serverProImage(),
                sample.serverProVersion(), List.of("TeX Live:2025"), sample.sharedSecretsArn(), sample.sharedSecretNames(),
                sample.registryCredentialsArn(), sample.environment(), Optional.empty(), sample.migrationParameterName(),
                sample.logGroupName()))
                .hasMessage("not an image: 'TeX Live:2025'");
    }
}
