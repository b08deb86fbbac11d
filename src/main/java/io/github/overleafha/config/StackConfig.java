package io.github.overleafha.config;

import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.core.Ipv4Cidr;
import io.github.overleafha.core.ServerProVersion;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A stack's configuration, typed and validated: every instance has passed {@link StackConfigLoader}'s checks,
 * so the stack function never meets a value it has to doubt.
 */
public record StackConfig(
        String project,
        String stack,
        Site site,
        ServerPro serverPro,
        Fleet fleet,
        Network network,
        Storage storage,
        Secrets secrets) {

    /** The public site and who runs it. */
    public record Site(URI url, String host, String appName, String adminEmail, Optional<Email> email) {
    }

    /** Outgoing email over SMTP (the SES SMTP interface works too). */
    public record Email(String fromAddress, String smtpHost, int smtpPort, Optional<String> smtpUser,
                        Optional<SecretText> smtpPassword) {
    }

    /** The release and its images. git-bridge always runs the Server Pro tag. */
    public record ServerPro(ServerProVersion version, String image, String gitBridgeImage, List<String> texLiveImages) {

        public String imageReference() {
            return image + ":" + version;
        }

        public String gitBridgeImageReference() {
            return gitBridgeImage + ":" + version;
        }

        /** The image new projects compile with; Server Pro refuses to start unless it is in the full list. */
        public String defaultTexLiveImage() {
            return texLiveImages.get(0);
        }
    }

    /** The Server Pro nodes and the load balancer in front of them. */
    public record Fleet(int nodeCount, String instanceType, EdgePolicy edge) {
    }

    /** Where the stack lives: a new VPC carved from {@code vpcCidr}, or an existing one. */
    public record Network(String region, List<String> availabilityZones, Ipv4Cidr vpcCidr, NatGateways natGateways,
                          Optional<ExistingNetwork> existing) {
    }

    public enum NatGateways {
        /** One per zone: egress survives the loss of a zone. */
        PER_AZ,
        /** One in the first zone: cheaper, fine for development. */
        SINGLE
    }

    /** An operator's own VPC and subnets, used as they are. */
    public record ExistingNetwork(String vpcId, List<String> publicSubnetIds, List<String> privateSubnetIds) {
    }

    /** The four buckets' naming and retention. */
    public record Storage(String bucketNamePrefix, int noncurrentVersionExpirationDays) {
    }

    /** How the shared secrets are kept. */
    public record Secrets(int recoveryWindowDays) {
    }
}
