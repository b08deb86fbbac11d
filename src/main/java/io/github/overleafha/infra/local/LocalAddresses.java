package io.github.overleafha.infra.local;

/**
 * The demo's address plan, so that HAProxy's and every node's idea of where things are never moves: load balancer
 * and data services in 198.18.0.x, Server Pro node N at 198.18.1.N, and containers without a fixed address (the
 * one-shot setups) in 198.18.0.128/25. 198.18.0.0/15 is reserved for benchmarking (RFC 2544), so it clashes with no
 * real network. Plain values, so every component of the local stack reads them without reaching into another.
 */
public final class LocalAddresses {

    public static final String SUBNET = "198.18.0.0/23";
    public static final String GATEWAY = "198.18.0.1";
    public static final String EPHEMERAL_RANGE = "198.18.0.128/25";
    public static final String LOAD_BALANCER = "198.18.0.2";
    public static final String MONGO = "198.18.0.3";
    public static final String REDIS = "198.18.0.4";
    public static final String MINIO = "198.18.0.5";
    public static final String GIT_BRIDGE = "198.18.0.6";
    /** Node addresses fill 198.18.1.0/24. */
    public static final int MAX_NODES = 254;

    private LocalAddresses() {
    }

    /** Server Pro node {@code index} (1-based). */
    public static String node(int index) {
        if (index < 1 || index > MAX_NODES) {
            throw new IllegalArgumentException("node " + index + " is outside 1-" + MAX_NODES);
        }
        return "198.18.1." + index;
    }
}
