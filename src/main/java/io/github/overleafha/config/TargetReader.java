package io.github.overleafha.config;

/**
 * Reads what only one target has ({@link StackConfig.Target}), and answers for the common keys whose rules differ
 * between AWS and the local demo, so that no reader switches on the target itself.
 */
sealed interface TargetReader permits AwsReader, LocalReader {

    /**
     * The reader of the target the stack names; {@code imagePinning}: for pin-images, which writes the image digests
     * an AWS stack requires.
     */
    static TargetReader of(String target, boolean imagePinning) {
        return target.equals("local") ? new LocalReader() : new AwsReader(imagePinning);
    }

    /**
     * The site is public behind the load balancer: https at the root of a fully qualified host on the default port,
     * and sign-in (LDAP, SAML) over TLS only. The local demo may serve plain http on a published port.
     */
    boolean publicSite();

    /** The keys this reader reads, besides the common ones. */
    KeyDeclaration.Scope scope();

    /** The target's own keys, checked with what the common keys said, and the target's rules for the stack's names. */
    StackConfig.Target read(ConfigReader in, StackConfig.Site site, StackConfig.ServerPro serverPro,
                            StackConfig.Fleet fleet, StackConfig.Storage storage);
}
