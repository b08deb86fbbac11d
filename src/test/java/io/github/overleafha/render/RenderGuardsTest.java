package io.github.overleafha.render;

import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.render.HaproxyTopology.Server;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

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
}
