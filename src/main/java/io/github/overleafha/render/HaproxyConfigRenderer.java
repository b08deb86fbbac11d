package io.github.overleafha.render;

import io.github.overleafha.core.EdgePolicy;
import java.time.Duration;

/**
 * Renders haproxy.cfg (HAProxy 2.6) for the local Docker stack from the same {@link EdgePolicy} the AWS ALB is built
 * from, following the guide's sample configuration. The output depends only on the arguments, so an unchanged
 * policy and topology give a byte-identical file.
 */
public final class HaproxyConfigRenderer {

    /** Name of the one proxy; HAProxy's log calls each node {@code <proxy>/<server>}. */
    static final String PROXY_NAME = "server-pro";

    /** How often HAProxy checks each node: 3 failures in a row (about 3 s) take a stopped node out. */
    static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

    /** HAProxy keeps timers in signed 32-bit milliseconds. */
    private static final long MAX_TIMER_MILLIS = Integer.MAX_VALUE;

    private HaproxyConfigRenderer() {
    }

    public static String render(EdgePolicy policy, HaproxyTopology topology) {
        return render(policy, topology, CHECK_INTERVAL);
    }

    /** With another health-check interval: tests prove the same failover on a faster clock. */
    static String render(EdgePolicy policy, HaproxyTopology topology, Duration checkInterval) {
        HaproxyTopology.requireToken("stickiness cookie name", policy.stickinessCookieName());
        HaproxyTopology.requireToken("health check path", policy.healthCheckPath());
        HaproxyTopology.requireToken("git path prefix", policy.gitPathPrefix());

        StringBuilder cfg = new StringBuilder();
        lines(cfg,
                "# Rendered from the project's EdgePolicy by " + HaproxyConfigRenderer.class.getName() + ".",
                "",
                "global",
                "  # No user/group: the container (or test) decides which user HAProxy runs as.",
                "  log stdout format raw local0 info",
                "",
                "defaults",
                "  mode http",
                "  log global",
                "  option httplog",
                "",
                "  # A node takes traffic while Server Pro answers 200 here.",
                "  option httpchk HEAD " + policy.healthCheckPath(),
                "  http-check expect status 200",
                "  # One check a second, each answering within that second: 3 failures in a row take a stopped node",
                "  # out within about 3 s, so one slow answer alone does not; 2 successes bring it back.",
                "  default-server check inter " + time("health check interval", checkInterval) + " fall 3 rise 2",
                "",
                "  # A request for a node that refuses connections goes to another node at once, even before the",
                "  # checks notice; retries cover TCP connect errors only, never a 5xx from a node.",
                "  option redispatch 1",
                "  retries 3",
                "",
                "  # Pin a browser to one node: its editing session and compile output live there. Compile output is",
                "  # deleted after 24 h, so a pin unused that long is dropped.",
                "  cookie " + policy.stickinessCookieName() + " insert maxidle " + time("stickiness duration",
                        policy.stickinessDuration()),
                "",
                "  timeout client " + time("client timeout", policy.clientTimeout()),
                "  timeout connect " + time("connect timeout", policy.connectTimeout()),
                "  timeout queue " + time("queue timeout", policy.queueTimeout()),
                "  # A compile may keep a request silent for the whole compile timeout.",
                "  timeout server " + time("idle timeout", policy.idleTimeout()),
                "  # WebSockets: the editor is disconnected once a day, ahead of yesterday's last use.",
                "  timeout tunnel " + time("tunnel timeout", policy.tunnelTimeout()),
                "  # Idle browser connections close after the idle timeout, as on the ALB. Of its idle connections to",
                "  # the nodes HAProxy closes half every 5 s (pool-purge-delay), far inside nginx's keep-alive.",
                "  timeout http-keep-alive " + time("idle timeout", policy.idleTimeout()),
                "",
                "listen " + PROXY_NAME,
                "  bind " + topology.bindAddress() + ":" + topology.bindPort(),
                "  # Request bodies are streamed with no size limit here, so uploads of "
                        + policy.maxRequestBodyBytes() + " bytes pass.",
                "  option forwardfor",
                "  # Overwrites whatever the client sent: the nodes build URLs and secure cookies from it.",
                "  http-request set-header X-Forwarded-Proto " + topology.publicScheme());
        if (topology.publicScheme().equals("https")) {
            lines(cfg, "  http-response set-header Strict-Transport-Security " + singleQuoted(policy.hstsHeaderValue()));
        }
        lines(cfg,
                "  # git-bridge only talks to its sibling node.",
                "  use-server " + topology.gitBridgeSibling() + " if { path_beg " + policy.gitPathPrefix() + " }");
        for (HaproxyTopology.Server server : topology.servers()) {
            lines(cfg, "  server " + server.name() + " " + server.host() + ":" + server.port() + " cookie " + server.name());
        }
        return cfg.toString();
    }

    private static void lines(StringBuilder cfg, String... lines) {
        for (String line : lines) {
            cfg.append(line).append('\n');
        }
    }

    /** A duration in HAProxy's syntax, in the largest unit that states it exactly (24h, 15s, 1500ms). */
    private static String time(String what, Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1 || millis > MAX_TIMER_MILLIS || !duration.equals(Duration.ofMillis(millis))) {
            throw new IllegalArgumentException(what + " " + duration + " must be whole milliseconds from 1 ms to "
                    + Duration.ofMillis(MAX_TIMER_MILLIS) + " (HAProxy's range)");
        }
        if (millis % Duration.ofHours(1).toMillis() == 0) {
            return duration.toHours() + "h";
        }
        if (millis % Duration.ofMinutes(1).toMillis() == 0) {
            return duration.toMinutes() + "m";
        }
        if (millis % 1000 == 0) {
            return duration.toSeconds() + "s";
        }
        return millis + "ms";
    }

    /** HAProxy's strong quoting: nothing inside is expanded or unescaped, so only a quote or line break breaks it. */
    private static String singleQuoted(String value) {
        if (value.chars().anyMatch(c -> c == '\'' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("HSTS header value must not contain a single quote or line break, got '"
                    + value + "'");
        }
        return "'" + value + "'";
    }
}
