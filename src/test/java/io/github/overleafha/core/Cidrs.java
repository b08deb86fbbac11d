package io.github.overleafha.core;

/** Containment and overlap of networks: the oracle the tests check NetworkLayout's subnets with. */
final class Cidrs {

    private Cidrs() {
    }

    /** Every address of inner is in outer. */
    static boolean contains(Ipv4Cidr outer, Ipv4Cidr inner) {
        int hostBits = 32 - outer.prefix();
        return inner.prefix() >= outer.prefix() && inner.base() >>> hostBits == outer.base() >>> hostBits;
    }

    /** Some address is in both. */
    static boolean overlaps(Ipv4Cidr a, Ipv4Cidr b) {
        return contains(a, b) || contains(b, a);
    }
}
