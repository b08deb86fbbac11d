package io.github.overleafha.render;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the local HAProxy listens and which Server Pro nodes it balances; the behaviour comes from the
 * {@link io.github.overleafha.core.EdgePolicy}.
 *
 * @param servers          Server Pro nodes, in the order they appear in the config
 * @param gitBridgeSibling name of the node next to git-bridge: it receives every git request
 * @param bindAddress      address HAProxy listens on for plain HTTP, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param bindPort         port HAProxy listens on
 * @param publicSiteUrl    the site's public URL; its scheme is what the nodes are told the client used
 */
public record HaproxyTopology(
        List<Server> servers,
        String gitBridgeSibling,
        String bindAddress,
        int bindPort,
        URI publicSiteUrl) {

    /** HAProxy's rule for proxy and server names. */
    private static final Pattern HAPROXY_NAME = Pattern.compile("[A-Za-z0-9_.:-]+");
    /** Characters with a meaning of their own in haproxy.cfg: quoting, escaping, comments. */
    private static final String CONFIG_SYNTAX = "\"'\\#";

    /**
     * One Server Pro node; its name is also the value of the stickiness cookie that pins a browser to it.
     *
     * @param name HAProxy server name: letters, digits, '-', '_', '.' and ':'
     * @param host IP address or host name, resolved once when HAProxy starts
     * @param port port of the node's nginx
     */
    public record Server(String name, String host, int port) {
        public Server {
            Objects.requireNonNull(name, "server name");
            if (!HAPROXY_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("server name '" + name
                        + "' may only contain letters, digits, '-', '_', '.' and ':'");
            }
            requireToken("host of server '" + name + "'", host);
            requirePort("port of server '" + name + "'", port);
        }
    }

    public HaproxyTopology {
        servers = List.copyOf(servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("at least one server is needed");
        }
        Set<String> names = new HashSet<>();
        for (Server server : servers) {
            if (!names.add(server.name())) {
                throw new IllegalArgumentException("server name '" + server.name() + "' is used twice");
            }
        }
        if (!names.contains(gitBridgeSibling)) {
            throw new IllegalArgumentException("git-bridge sibling '" + gitBridgeSibling
                    + "' is not one of the servers " + servers.stream().map(Server::name).toList());
        }
        requireToken("bind address", bindAddress);
        requirePort("bind port", bindPort);
        Objects.requireNonNull(publicSiteUrl, "public site URL");
        String scheme = publicSiteUrl.getScheme();
        if (scheme == null || !Set.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("public site URL " + publicSiteUrl + " must start with http:// or https://");
        }
    }

    /** The scheme clients use to reach the site, in lower case: {@code http} or {@code https}. */
    public String publicScheme() {
        return publicSiteUrl.getScheme().toLowerCase(Locale.ROOT);
    }

    /** Rejects values haproxy.cfg would read differently: split at spaces, unquoted, cut at a comment. */
    static void requireToken(String what, String value) {
        if (value == null || value.isEmpty()
                || value.chars().anyMatch(c -> Character.isWhitespace(c) || CONFIG_SYNTAX.indexOf(c) >= 0)) {
            throw new IllegalArgumentException(what + " must be one word without spaces, quotes, '\\' or '#', got '"
                    + value + "'");
        }
    }

    private static void requirePort(String what, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " is " + port + ", outside 1-65535");
        }
    }
}
