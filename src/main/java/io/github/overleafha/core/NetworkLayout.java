package io.github.overleafha.core;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How a new VPC is carved. The VPC is cut in eight blocks: block i holds zone i's private subnet (nodes, Redis,
 * endpoints; large, since every node and interface endpoint takes addresses there), and the last block is cut
 * again in eight for the public subnets (load balancer and NAT only). Block 6 stays free for later use.
 */
public record NetworkLayout(Ipv4Cidr vpc, List<Ipv4Cidr> publicSubnets, List<Ipv4Cidr> privateSubnets) {

    public static final int MIN_VPC_PREFIX = 16;
    /** A /20 still leaves /26 public subnets, more than an ALB's minimum of /27. */
    public static final int MAX_VPC_PREFIX = 20;
    public static final int MAX_ZONES = 6;

    public static NetworkLayout carve(Ipv4Cidr vpc, int zones) {
        if (zones < 1 || zones > MAX_ZONES) {
            throw new IllegalArgumentException("a VPC layout holds 1 to " + MAX_ZONES + " zones, not " + zones);
        }
        if (vpc.prefix() < MIN_VPC_PREFIX || vpc.prefix() > MAX_VPC_PREFIX) {
            throw new IllegalArgumentException("VPC " + vpc + " must be /" + MIN_VPC_PREFIX + " to /" + MAX_VPC_PREFIX);
        }
        int blockPrefix = vpc.prefix() + 3;
        Ipv4Cidr publicBlock = vpc.subnet(blockPrefix, 7);
        return new NetworkLayout(vpc,
                IntStream.range(0, zones).mapToObj(i -> publicBlock.subnet(blockPrefix + 3, i)).toList(),
                IntStream.range(0, zones).mapToObj(i -> vpc.subnet(blockPrefix, i)).toList());
    }
}
