package io.github.overleafha.render;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.overleafha.LoopbackHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for a Server Pro node on 127.0.0.1: answers 200 to everything, says which node served (header and
 * body) and remembers what HAProxy forwarded with the last request the test sent.
 */
final class EchoBackend implements AutoCloseable {

    static final String SERVED_BY = "X-Served-By";

    private final String name;
    private final HttpServer server;
    private final AtomicReference<String> forwardedFor = new AtomicReference<>();
    private final AtomicReference<String> forwardedProto = new AtomicReference<>();
    private final AtomicLong receivedBodyBytes = new AtomicLong(-1);
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EchoBackend(String name, HttpServer server) {
        this.name = name;
        this.server = server;
    }

    static EchoBackend start(String name) throws IOException {
        HttpServer server = LoopbackHttpServer.create();
        EchoBackend backend = new EchoBackend(name, server);
        server.createContext("/", backend::handle);
        server.start();
        return backend;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long bodyBytes = exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            // HAProxy's health checks are HEAD requests without forwarded headers: only the test's requests count.
            if (!exchange.getRequestMethod().equals("HEAD")) {
                forwardedFor.set(exchange.getRequestHeaders().getFirst("X-Forwarded-For"));
                forwardedProto.set(exchange.getRequestHeaders().getFirst("X-Forwarded-Proto"));
                receivedBodyBytes.set(bodyBytes);
            }
            exchange.getResponseHeaders().set(SERVED_BY, name);
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            byte[] body = (name + " received " + bodyBytes + " bytes").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    String name() {
        return name;
    }

    int port() {
        return server.getAddress().getPort();
    }

    String lastForwardedFor() {
        return forwardedFor.get();
    }

    String lastForwardedProto() {
        return forwardedProto.get();
    }

    long lastReceivedBodyBytes() {
        return receivedBodyBytes.get();
    }

    /** Closes the listening socket and every open connection, as a node that stops does. */
    @Override
    public void close() {
        if (stopped.compareAndSet(false, true)) {
            server.stop(0);
        }
    }
}
