package io.github.overleafha.config;

/**
 * Reads what only one target has ({@link StackConfig.Target}), and answers for the common keys whose rules differ
 * between AWS and the local demo, so that no reader switches on the target itself.
 */
sealed interface TargetReader permits AwsReader, LocalReader {

    /** The reader of the target the stack names. */
    static TargetReader of(String target) {
        return target.equals("local") ? new LocalReader() : new AwsReader();
    }

    /**
     * The site is public behind the load balancer: https at the root of a fully qualified host on the default port,
     * and sign-in (LDAP, SAML) over TLS only. The local demo may serve plain http on a published port.
     */
    boolean publicSite();

    /** Images run by the digest pinned in the stack file, so a deploy never asks a registry what a tag means. */
    boolean pinsImageDigests();

    /** The project's and stack's names reach AWS resources, so AWS's name rules apply to them. */
    boolean namesReachAws();

    /** The target's own keys, checked with what the common keys said. */
    StackConfig.Target read(ConfigReader in, StackConfig.Site site, StackConfig.ServerPro serverPro,
                            StackConfig.Fleet fleet, StackConfig.Storage storage);
}
