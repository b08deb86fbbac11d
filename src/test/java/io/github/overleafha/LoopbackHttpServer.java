package io.github.overleafha;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The JDK's HTTP server on 127.0.0.1, for tests' stand-ins (a node behind HAProxy, a registry). */
public final class LoopbackHttpServer {

    static {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm on, each response
        // then waits ~40 ms for the client's delayed ACK. The server reads this property once per JVM, when the first
        // server starts, so every test server is made here: set by one test class only, it was lost whenever another
        // test class's server had started first in the same test JVM (HAProxy's tests took 11 s instead of 4).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private LoopbackHttpServer() {
    }

    /** A server on a free loopback port, not started. */
    public static HttpServer create() throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    }
}
