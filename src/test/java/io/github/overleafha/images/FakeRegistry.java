package io.github.overleafha.images;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.overleafha.LoopbackHttpServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A Docker Registry v2 on 127.0.0.1 that behaves like quay.io: {@code /v2/} answers 401 with a Bearer challenge,
 * {@code /token} swaps a Basic login for a token scoped to one repository, and manifests answer HEAD and GET with
 * Docker-Content-Digest (or a wrong one, or none). Tests bend each step to play a hostile or broken registry, and read what it was sent.
 */
final class FakeRegistry implements AutoCloseable {

    static final String USER = "example-edu+overleaf";
    static final String PASSWORD = "registry-password-7f3a";
    static final String TOKEN = "token-for-pull";
    static final String INDEX_TYPE = "application/vnd.oci.image.index.v1+json";

    /** One request as the registry saw it. */
    record Seen(String method, String path, String query, String authorization, String accept) {
    }

    final List<Seen> seen = new CopyOnWriteArrayList<>();
    /** Manifest bytes by "path:tag". */
    final Map<String, byte[]> manifests = new ConcurrentHashMap<>();
    /** The token realm the challenge names; by default this registry's own /token. */
    volatile String realm;
    volatile String challenge;
    volatile boolean sendDigestHeader = true;
    /** When set, a manifest answer sends its headers and first byte, then waits this long before the rest. */
    volatile long stallManifestMillis;
    volatile String digestOverride;
    volatile String contentType = INDEX_TYPE;
    volatile String redirectManifestTo;
    volatile boolean anonymous;
    volatile String tokenBody;

    private final HttpServer server;
    private final CountDownLatch closing = new CountDownLatch(1);

    FakeRegistry() throws IOException {
        server = LoopbackHttpServer.create();
        server.createContext("/", this::handle);
        server.start();
        realm = "http://" + host() + "/token";
    }

    /** host:port, as an image name writes the registry. */
    String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void put(String path, String tag, String manifest) {
        manifests.put(path + ":" + tag, manifest.getBytes(StandardCharsets.UTF_8));
    }

    static String digestOf(String manifest) {
        try {
            return "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(manifest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    List<Seen> seenAt(String pathPrefix) {
        return seen.stream().filter(request -> request.path().startsWith(pathPrefix)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        seen.add(new Seen(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), authorization,
                exchange.getRequestHeaders().getFirst("Accept")));
        try (exchange) {
            if (path.equals("/v2/")) {
                if (anonymous) {
                    respond(exchange, 200, new byte[0]);
                    return;
                }
                exchange.getResponseHeaders().add("WWW-Authenticate", challenge != null ? challenge
                        : "Bearer realm=\"" + realm + "\",service=\"" + host() + "\"");
                respond(exchange, 401, "{\"errors\":[]}".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/token")) {
                if (!basic(USER, PASSWORD).equals(authorization)) {
                    respond(exchange, 401, new byte[0]);
                    return;
                }
                respond(exchange, 200, (tokenBody != null ? tokenBody : "{\"token\":\"" + TOKEN + "\"}").getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/v2/") && path.contains("/manifests/")) {
                manifest(exchange, path, authorization);
            } else {
                respond(exchange, 404, new byte[0]);
            }
        }
    }

    private void manifest(HttpExchange exchange, String path, String authorization) throws IOException {
        boolean basicLogin = challenge != null && challenge.startsWith("Basic") && basic(USER, PASSWORD).equals(authorization);
        if (!anonymous && !basicLogin && !("Bearer " + TOKEN).equals(authorization)) {
            respond(exchange, 401, new byte[0]);
            return;
        }
        if (redirectManifestTo != null) {
            exchange.getResponseHeaders().add("Location", redirectManifestTo);
            respond(exchange, 307, new byte[0]);
            return;
        }
        String repository = path.substring("/v2/".length(), path.indexOf("/manifests/"));
        String tag = path.substring(path.indexOf("/manifests/") + "/manifests/".length());
        byte[] manifest = manifests.get(repository + ":" + tag);
        if (manifest == null) {
            respond(exchange, 404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\"}]}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", contentType);
        if (sendDigestHeader) {
            exchange.getResponseHeaders().add("Docker-Content-Digest",
                    digestOverride != null ? digestOverride : digestOf(new String(manifest, StandardCharsets.UTF_8)));
        }
        if (stallManifestMillis > 0 && exchange.getRequestMethod().equals("GET")) {
            exchange.sendResponseHeaders(200, manifest.length);
            exchange.getResponseBody().write(manifest, 0, 1);
            exchange.getResponseBody().flush();
            try {
                // Until the stall is over or the registry closes: stop() waits for a running handler.
                if (!closing.await(stallManifestMillis, TimeUnit.MILLISECONDS)) {
                    exchange.getResponseBody().write(manifest, 1, manifest.length - 1);
                }
            } catch (InterruptedException | IOException e) {
                // the client gave up
            }
            return;
        }
        respond(exchange, 200, manifest);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
