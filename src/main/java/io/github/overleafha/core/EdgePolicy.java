package io.github.overleafha.core;

import java.time.Duration;
import java.util.Objects;

/**
 * What the guide asks of any load balancer in front of Server Pro, in one place, so the AWS ALB and the local
 * HAProxy are rendered from the same numbers.
 *
 * @param stickinessCookieName     cookie a self-managed balancer inserts to pin a browser to one node
 * @param stickinessDuration       how long a pin lasts without use: compile output is deleted after 24 h
 * @param healthCheckPath          Server Pro answers 200 here once its services run
 * @param gitPathPrefix            requests under this prefix go to git-bridge's sibling node
 * @param maxRequestBodyBytes      uploads the balancer must accept (the guide's 50 MB)
 * @param compileTimeout           Server Pro's COMPILE_TIMEOUT: a compile request may be silent this long
 * @param idleTimeout              the balancer's idle timeout, never shorter than a compile
 * @param upstreamKeepAliveTimeout Server Pro's NGINX_KEEPALIVE_TIMEOUT, always longer than the balancer's idle
 *                                 timeout, or the balancer reuses connections nginx already closed (502s)
 * @param clientTimeout            inactivity allowed while a client sends a request
 * @param connectTimeout           time a node may take to accept a connection (it may be starting)
 * @param queueTimeout             time a request may wait for a free node before a 503
 * @param tunnelTimeout            WebSocket lifetime: editors reconnect an hour before yesterday's last use
 * @param hstsHeaderValue          Strict-Transport-Security value, per hstspreload.org's recommendation
 */
public record EdgePolicy(
        String stickinessCookieName,
        Duration stickinessDuration,
        String healthCheckPath,
        String gitPathPrefix,
        long maxRequestBodyBytes,
        Duration compileTimeout,
        Duration idleTimeout,
        Duration upstreamKeepAliveTimeout,
        Duration clientTimeout,
        Duration connectTimeout,
        Duration queueTimeout,
        Duration tunnelTimeout,
        String hstsHeaderValue) {

    /** How much longer nginx keeps an idle connection than the balancer does (the guide's 120 s vs 115 s). */
    public static final Duration KEEP_ALIVE_MARGIN = Duration.ofSeconds(5);

    public EdgePolicy {
        Objects.requireNonNull(stickinessCookieName);
        Objects.requireNonNull(hstsHeaderValue);
        if (idleTimeout.compareTo(compileTimeout) < 0) {
            throw new IllegalArgumentException("idle timeout " + idleTimeout + " is shorter than the compile timeout "
                    + compileTimeout + ": silent compiles would be cut off");
        }
        if (upstreamKeepAliveTimeout.compareTo(idleTimeout) <= 0) {
            throw new IllegalArgumentException("upstream keep-alive " + upstreamKeepAliveTimeout
                    + " must be longer than the balancer's idle timeout " + idleTimeout);
        }
    }

    /** The guide's policy for a given compile timeout and balancer idle timeout; keep-alive is derived from them. */
    public static EdgePolicy forTimeouts(Duration compileTimeout, Duration idleTimeout) {
        return new EdgePolicy(
                "server-pro-ha",
                Duration.ofHours(24),
                "/status",
                "/git/",
                50L * 1024 * 1024,
                compileTimeout,
                idleTimeout,
                idleTimeout.plus(KEEP_ALIVE_MARGIN),
                Duration.ofMinutes(1),
                Duration.ofSeconds(15),
                Duration.ofMinutes(1),
                Duration.ofHours(23),
                "max-age=63072000; includeSubDomains; preload");
    }
}
