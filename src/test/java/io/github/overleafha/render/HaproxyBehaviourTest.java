package io.github.overleafha.render;

import static io.github.overleafha.render.HaproxyFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.overleafha.render.HaproxyTopology.Server;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real HAProxy, running the rendered config on 127.0.0.1, in front of three {@link EchoBackend}s. Each test gets a
 * fresh stack, so stopping a backend in one cannot affect another.
 */
class HaproxyBehaviourTest {

    private static final String SIBLING = "node-2";
    private static final String PUBLIC_SITE_URL = "https://overleaf.example.com";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /**
     * The rendered checks (fall 3, rise 2) on a faster clock than the stack's 1 s, so failover takes a second here
     * rather than three; still long enough that a busy machine's slow answer is not taken for a stopped node.
     */
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(300);
    /** Longest wait for HAProxy to start or to notice a stopped node; the checks need about 3 intervals. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /**
     * HAProxy starts each node one failed check away from DOWN; only after fall - 1 more good checks does it take the
     * full three failures. Failover is measured after that, as on a site that has been running.
     */
    private static final Duration CHECKS_SETTLE = CHECK_INTERVAL.multipliedBy(4);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final List<EchoBackend> backends = new ArrayList<>();
    private Haproxy haproxy;
    private URI site;

    /** What a browser learns from one response. */
    private record Reply(int status, String servedBy, String body, Optional<String> stickinessCookie) {
    }

    @BeforeEach
    void startBackendsAndHaproxy(@TempDir Path dir) throws Exception {
        for (String name : List.of("node-1", SIBLING, "node-3")) {
            backends.add(EchoBackend.start(name));
        }
        int port = freeLoopbackPort();
        HaproxyTopology topology = new HaproxyTopology(
                backends.stream().map(b -> new Server(b.name(), "127.0.0.1", b.port())).toList(),
                SIBLING, "127.0.0.1", port, URI.create(PUBLIC_SITE_URL));
        Path config = Files.writeString(dir.resolve("haproxy.cfg"), HaproxyConfigRenderer.render(POLICY, topology, CHECK_INTERVAL));
        haproxy = Haproxy.start(config, dir.resolve("haproxy.out"));
        site = URI.create("http://127.0.0.1:" + port);
        awaitServing();
    }

    @AfterEach
    void stopHaproxyAndBackends() {
        if (haproxy != null) {
            haproxy.close();
        }
        backends.forEach(EchoBackend::close);
    }

    @Test
    void aClientKeepingItsCookieStaysOnOneBackend() throws Exception {
        Set<String> servedWithoutCookie = new HashSet<>();
        for (int i = 0; i < backends.size() * 2; i++) {
            servedWithoutCookie.add(get("/project", null).servedBy());
        }
        assertThat(servedWithoutCookie).as("without a cookie requests are balanced").hasSizeGreaterThan(1);

        Reply first = get("/project", null);
        String cookie = first.stickinessCookie().orElseThrow();
        for (int i = 0; i < 100; i++) {
            Reply reply = get("/project", cookie);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.servedBy()).as("request %d", i).isEqualTo(first.servedBy());
            assertThat(reply.body()).startsWith(first.servedBy());
        }
    }

    @Test
    void stoppingABackendMovesItsClientsToALiveOneWithoutErrors() throws Exception {
        Reply first = get("/project", null);
        String pinned = first.servedBy();
        String cookie = first.stickinessCookie().orElseThrow();
        long settled = System.nanoTime() + CHECKS_SETTLE.toNanos();
        while (System.nanoTime() < settled) {
            assertThat(get("/project", cookie).servedBy()).isEqualTo(pinned);
            Thread.sleep(20);
        }

        backend(pinned).close();
        long stoppedAt = System.nanoTime();
        int sent = 0;
        int errors = 0;
        int sentSinceDown = 0;
        Duration timeToMove = null;
        Duration timeToDown = null;
        Set<String> servedAfterMove = new HashSet<>();
        while (sentSinceDown < 20 && System.nanoTime() - stoppedAt < PATIENCE.toNanos()) {
            sent++;
            try {
                Reply reply = get("/project", cookie);
                if (reply.status() != 200) {
                    errors++;
                } else {
                    if (timeToMove == null) {
                        timeToMove = Duration.ofNanos(System.nanoTime() - stoppedAt);
                    }
                    servedAfterMove.add(reply.servedBy());
                    cookie = reply.stickinessCookie().orElse(cookie);
                }
            } catch (IOException refusedOrTimedOut) {
                errors++;
            }
            if (timeToDown == null && haproxy.output().contains(HaproxyConfigRenderer.PROXY_NAME + "/" + pinned + " is DOWN")) {
                timeToDown = Duration.ofNanos(System.nanoTime() - stoppedAt);
            }
            if (timeToDown != null) {
                sentSinceDown++;
            }
            Thread.sleep(20);
        }
        System.out.printf("failover from %s: %d requests sent, %d errors, first request served elsewhere after %d ms,"
                        + " health check marked it DOWN after %d ms, served after the move by %s%n",
                pinned, sent, errors, millis(timeToMove), millis(timeToDown), servedAfterMove);

        assertThat(timeToDown).as("HAProxy noticed the stopped backend").isNotNull();
        assertThat(errors).isZero();
        assertThat(servedAfterMove).as("the client is pinned to one live backend again").hasSize(1);
    }

    @Test
    void gitPathsAlwaysReachTheSibling() throws Exception {
        String gitPath = "/git/5f1e2d3c4b5a69788796a5b4/info/refs?service=git-upload-pack";
        for (int i = 0; i < 20; i++) {
            assertThat(get(gitPath, null).servedBy()).as("request %d without a cookie", i).isEqualTo(SIBLING);
        }

        Reply elsewhere = firstReplyNotFrom(SIBLING);
        String otherCookie = elsewhere.stickinessCookie().orElseThrow();
        assertThat(get("/project", otherCookie).servedBy()).as("the cookie pins other paths").isEqualTo(elsewhere.servedBy());
        for (int i = 0; i < 20; i++) {
            assertThat(get(gitPath, otherCookie).servedBy()).as("request %d with %s's cookie", i, elsewhere.servedBy())
                    .isEqualTo(SIBLING);
        }
    }

    @Test
    void acceptsAndForwardsAPostOfTheMaximumBodySize() throws Exception {
        int size = Math.toIntExact(POLICY.maxRequestBodyBytes());
        HttpRequest upload = HttpRequest.newBuilder(site.resolve("/project/upload"))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[size]))
                .build();

        HttpResponse<String> response = http.send(upload, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        String servedBy = response.headers().firstValue(EchoBackend.SERVED_BY).orElseThrow();
        assertThat(response.body()).isEqualTo(servedBy + " received " + size + " bytes");
        assertThat(backend(servedBy).lastReceivedBodyBytes()).isEqualTo(size);
    }

    @Test
    void forwardsTheClientAddressAndThePublicSchemeAndSendsHsts() throws Exception {
        HttpRequest spoofed = HttpRequest.newBuilder(site.resolve("/project"))
                .timeout(REQUEST_TIMEOUT)
                .header("X-Forwarded-Proto", "http")
                .build();

        HttpResponse<String> response = http.send(spoofed, HttpResponse.BodyHandlers.ofString());

        EchoBackend servedBy = backend(response.headers().firstValue(EchoBackend.SERVED_BY).orElseThrow());
        assertThat(servedBy.lastForwardedFor()).isEqualTo("127.0.0.1");
        assertThat(servedBy.lastForwardedProto()).as("the public URL's scheme, not the client's").isEqualTo("https");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).contains(POLICY.hstsHeaderValue());
    }

    private Reply get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.resolve(path)).timeout(REQUEST_TIMEOUT);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(),
                response.headers().firstValue(EchoBackend.SERVED_BY).orElse(""),
                response.body(),
                response.headers().allValues("Set-Cookie").stream()
                        .filter(header -> header.startsWith(POLICY.stickinessCookieName() + "="))
                        .map(header -> header.split(";", 2)[0])
                        .findFirst());
    }

    /** Round robin reaches every backend within one round. */
    private Reply firstReplyNotFrom(String name) throws IOException, InterruptedException {
        for (int i = 0; i < backends.size(); i++) {
            Reply reply = get("/project", null);
            if (!reply.servedBy().equals(name)) {
                return reply;
            }
        }
        return fail("every request went to %s", name);
    }

    private EchoBackend backend(String name) {
        return backends.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private void awaitServing() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!haproxy.isAlive()) {
                fail("haproxy exited:%n%s", haproxy.output());
            }
            try {
                if (get(POLICY.healthCheckPath(), null).status() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                Thread.sleep(50);
            }
        }
        fail("haproxy did not serve %s within %s:%n%s", site, PATIENCE, haproxy.output());
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static long millis(Duration duration) {
        return duration == null ? -1 : duration.toMillis();
    }
}
