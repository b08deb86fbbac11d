package io.github.overleafha.render;

import static io.github.overleafha.render.HaproxyFixtures.POLICY;
import static io.github.overleafha.render.HaproxyFixtures.guideTopology;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.render.HaproxyTopology.Server;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HaproxyConfigRendererTest {

    private static final String HTTPS_SITE = "https://overleaf.example.com";

    private static List<String> lines(EdgePolicy policy, HaproxyTopology topology) {
        return HaproxyConfigRenderer.render(policy, topology).lines().toList();
    }

    private static List<String> httpsLines() {
        return lines(POLICY, guideTopology(HTTPS_SITE));
    }

    /** Reads back a rendered HAProxy time such as {@code 10m} or {@code 1500ms}. */
    private static Duration renderedTimeout(List<String> lines, String name) {
        Pattern timeout = Pattern.compile("  timeout " + Pattern.quote(name) + " (\\d+)(ms|s|m|h)");
        Map<String, ChronoUnit> units = Map.of("ms", ChronoUnit.MILLIS, "s", ChronoUnit.SECONDS,
                "m", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS);
        return lines.stream()
                .map(timeout::matcher)
                .filter(Matcher::matches)
                .map(m -> Duration.of(Long.parseLong(m.group(1)), units.get(m.group(2))))
                .reduce((first, second) -> {
                    throw new AssertionError("timeout " + name + " is set twice");
                })
                .orElseThrow(() -> new AssertionError("no timeout " + name));
    }

    @Test
    void checksHealthOnThePolicysPathOftenEnoughToNoticeAStoppedNodeWithinSeconds() {
        assertThat(httpsLines()).contains(
                "  option httpchk HEAD /status",
                "  http-check expect status 200",
                "  default-server check inter 1s fall 3 rise 2");
    }

    @Test
    void pinsEachBrowserWithAnInsertedCookieThatExpiresAfterTheStickinessDuration() {
        assertThat(httpsLines()).contains(
                "  cookie server-pro-ha insert maxidle 24h",
                "  server server-pro-ha-1 198.18.1.1:80 cookie server-pro-ha-1",
                "  server server-pro-ha-2 198.18.1.2:80 cookie server-pro-ha-2",
                "  server server-pro-ha-3 198.18.1.3:80 cookie server-pro-ha-3");
    }

    @Test
    void redispatchesAndRetriesWhenTheStickyNodeIsDown() {
        assertThat(httpsLines()).contains("  option redispatch 1", "  retries 3");
    }

    @Test
    void sendsGitPathsToTheSiblingWhereverItIsInTheList() {
        HaproxyTopology siblingLast = new HaproxyTopology(
                List.of(new Server("a", "10.0.0.1", 80), new Server("b", "10.0.0.2", 8080)),
                "b", "127.0.0.1", 8080, URI.create(HTTPS_SITE));

        assertThat(lines(POLICY, siblingLast)).contains(
                "  use-server b if { path_beg /git/ }",
                "  server a 10.0.0.1:80 cookie a",
                "  server b 10.0.0.2:8080 cookie b",
                "  bind 127.0.0.1:8080");
    }

    @Test
    void behindHttpsForwardsTheClientAndSchemeAndSendsHsts() {
        assertThat(httpsLines()).contains(
                "  option forwardfor",
                "  http-request set-header X-Forwarded-Proto https",
                "  http-response set-header Strict-Transport-Security 'max-age=63072000; includeSubDomains; preload'");
    }

    @Test
    void behindPlainHttpSaysSoAndSendsNoHsts() {
        List<String> lines = lines(POLICY, guideTopology("http://localhost:8080"));

        assertThat(lines).contains("  option forwardfor", "  http-request set-header X-Forwarded-Proto http");
        assertThat(lines).noneMatch(line -> line.contains("Strict-Transport-Security"));
    }

    @Test
    void takesTimeoutsFromThePolicy() {
        List<String> lines = httpsLines();

        assertThat(renderedTimeout(lines, "client")).isEqualTo(POLICY.clientTimeout());
        assertThat(renderedTimeout(lines, "connect")).isEqualTo(POLICY.connectTimeout());
        assertThat(renderedTimeout(lines, "queue")).isEqualTo(POLICY.queueTimeout());
        assertThat(renderedTimeout(lines, "tunnel")).isEqualTo(POLICY.tunnelTimeout());
        assertThat(renderedTimeout(lines, "server")).isEqualTo(POLICY.idleTimeout())
                .isGreaterThanOrEqualTo(POLICY.compileTimeout());
        assertThat(renderedTimeout(lines, "http-keep-alive")).isEqualTo(POLICY.idleTimeout())
                .isLessThan(POLICY.upstreamKeepAliveTimeout());
    }

    @Test
    void writesEachTimeoutInTheLargestExactUnit() {
        EdgePolicy odd = EdgePolicy.forTimeouts(Duration.ofSeconds(90), Duration.ofMillis(115_500));

        List<String> lines = lines(odd, guideTopology(HTTPS_SITE));

        assertThat(lines).contains("  timeout server 115500ms", "  timeout connect 15s", "  timeout client 1m",
                "  timeout tunnel 23h");
        assertThat(renderedTimeout(lines, "server")).isEqualTo(Duration.ofMillis(115_500));
    }

    @Test
    void logsToStdoutAndNamesNoUserOrGroup() {
        assertThat(httpsLines())
                .contains("  log stdout format raw local0 info", "  log global", "  option httplog")
                .noneMatch(line -> line.matches("\\s*(user|group)\\s.*"));
    }

    @Test
    void limitsNoRequestBody() {
        assertThat(HaproxyConfigRenderer.render(POLICY, guideTopology(HTTPS_SITE)))
                .doesNotContain("http-request deny", "http-buffer-request", "req.body_size", "tune.bufsize");
    }

    @Test
    void rendersByteIdenticalOutputForEqualInput() {
        byte[] first = HaproxyConfigRenderer.render(POLICY, guideTopology(HTTPS_SITE)).getBytes(StandardCharsets.UTF_8);
        byte[] second = HaproxyConfigRenderer.render(
                        EdgePolicy.forTimeouts(Duration.ofSeconds(180), Duration.ofSeconds(600)),
                        guideTopology(HTTPS_SITE))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void rejectsASiblingThatIsNotOneOfTheServers() {
        assertThatThrownBy(() -> new HaproxyTopology(List.of(new Server("a", "10.0.0.1", 80)), "git-node",
                "0.0.0.0", 80, URI.create(HTTPS_SITE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("git-bridge sibling 'git-node' is not one of the servers [a]");
    }

    @Test
    void rejectsAServerNameUsedTwice() {
        assertThatThrownBy(() -> new HaproxyTopology(
                List.of(new Server("a", "10.0.0.1", 80), new Server("a", "10.0.0.2", 80)), "a",
                "0.0.0.0", 80, URI.create(HTTPS_SITE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("server name 'a' is used twice");
    }

    @Test
    void rejectsPortsOutsideTheValidRange() {
        assertThatThrownBy(() -> new Server("a", "10.0.0.1", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port of server 'a' is 0, outside 1-65535");
        assertThatThrownBy(() -> new HaproxyTopology(List.of(new Server("a", "10.0.0.1", 80)), "a",
                "0.0.0.0", 65536, URI.create(HTTPS_SITE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bind port is 65536, outside 1-65535");
    }

    @Test
    void rejectsNamesAndAddressesHaproxyWouldMisread() {
        assertThatThrownBy(() -> new Server("node 1", "10.0.0.1", 80))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("server name 'node 1' may only contain letters, digits, '-', '_', '.' and ':'");
        assertThatThrownBy(() -> new Server("a", "10.0.0.1#x", 80))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host of server 'a' must be one word without spaces, quotes, '\\' or '#', got '10.0.0.1#x'");
        assertThatThrownBy(() -> new HaproxyTopology(List.of(new Server("a", "10.0.0.1", 80)), "a",
                "", 80, URI.create(HTTPS_SITE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bind address must be one word without spaces, quotes, '\\' or '#', got ''");
    }

    @Test
    void rejectsAnEmptyServerListAndAPublicUrlThatIsNotHttp() {
        assertThatThrownBy(() -> new HaproxyTopology(List.of(), "a", "0.0.0.0", 80, URI.create(HTTPS_SITE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at least one server is needed");
        assertThatThrownBy(() -> new HaproxyTopology(List.of(new Server("a", "10.0.0.1", 80)), "a",
                "0.0.0.0", 80, URI.create("ftp://overleaf.example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("public site URL ftp://overleaf.example.com must start with http:// or https://");
    }

    @Test
    void rejectsPolicyValuesHaproxyCannotExpress() {
        EdgePolicy spaceInCookie = withCookieTimeoutAndHsts("server pro", POLICY.connectTimeout(), POLICY.hstsHeaderValue());
        EdgePolicy zeroConnect = withCookieTimeoutAndHsts(POLICY.stickinessCookieName(), Duration.ZERO, POLICY.hstsHeaderValue());
        EdgePolicy quoteInHsts = withCookieTimeoutAndHsts(POLICY.stickinessCookieName(), POLICY.connectTimeout(), "max-age='1'");
        HaproxyTopology topology = guideTopology(HTTPS_SITE);

        assertThatThrownBy(() -> HaproxyConfigRenderer.render(spaceInCookie, topology))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stickiness cookie name must be one word without spaces, quotes, '\\' or '#', got 'server pro'");
        assertThatThrownBy(() -> HaproxyConfigRenderer.render(zeroConnect, topology))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connect timeout PT0S must be whole milliseconds from 1 ms to PT596H31M23.647S (HAProxy's range)");
        assertThatThrownBy(() -> HaproxyConfigRenderer.render(quoteInHsts, topology))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HSTS header value must not contain a single quote or line break, got 'max-age='1''");
    }

    private static EdgePolicy withCookieTimeoutAndHsts(String cookieName, Duration connectTimeout, String hsts) {
        return new EdgePolicy(cookieName, POLICY.stickinessDuration(), POLICY.healthCheckPath(), POLICY.gitPathPrefix(),
                POLICY.maxRequestBodyBytes(), POLICY.compileTimeout(), POLICY.idleTimeout(),
                POLICY.upstreamKeepAliveTimeout(), POLICY.clientTimeout(), connectTimeout, POLICY.queueTimeout(),
                POLICY.tunnelTimeout(), hsts);
    }
}
