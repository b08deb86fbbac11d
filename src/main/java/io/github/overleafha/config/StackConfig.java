package io.github.overleafha.config;

import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.Ipv4Cidr;
import io.github.overleafha.core.ServerProVersion;
import io.github.overleafha.core.SignIn;
import io.github.overleafha.core.StackNames;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A stack's configuration, typed and validated: every instance has passed {@link StackConfigLoader}'s checks,
 * so the stack function never meets a value it has to doubt. What every stack has is here; what only one target
 * has is in {@link #target}, so AWS code is handed only what AWS has, and the local demo only what it has.
 */
public record StackConfig(
        String project,
        String stack,
        Site site,
        ServerPro serverPro,
        Fleet fleet,
        Storage storage,
        Optional<Registry> registry,
        Integrations integrations,
        Target target) {

    /** "project-stack" in lowercase letters, digits and hyphens: a base for names unique to this stack. */
    public String slug() {
        return names().slug();
    }

    /** Every cloud name built from the project and stack names. */
    public StackNames names() {
        return new StackNames(project, stack);
    }

    /** Where the stack runs, with what only that target has. */
    public sealed interface Target permits Aws, Local {
    }

    /**
     * Credentials for the Server Pro image registry.
     *
     * @param server the registry host of the Server Pro image, the only host the login is ever sent to; it is on
     *               {@code allowedRegistries}
     */
    public record Registry(String server, String username, SecretText password) {
    }

    /** The public site and who runs it. */
    public record Site(URI url, String host, String appName, String adminEmail, Optional<Email> email) {
    }

    /** Outgoing email over SMTP (the SES SMTP interface works too). */
    public record Email(String fromAddress, String smtpHost, int smtpPort, Optional<String> smtpUser,
                        Optional<SecretText> smtpPassword) {
    }

    /**
     * The release and its images, each tagged with the release: git-bridge always runs the Server Pro tag. A digest
     * pinned in the stack file (always, on AWS) names the exact bits.
     *
     * @param texLiveImages the first is the image new projects compile with
     */
    public record ServerPro(ServerProVersion version, ImageReference image, ImageReference gitBridgeImage,
                            List<String> texLiveImages, String mongoDatabase) {
    }

    /** The Server Pro nodes and the timeouts of the proxy in front of them (the ALB on AWS, HAProxy locally). */
    public record Fleet(int nodeCount, EdgePolicy edge) {

        /** Nodes 2..N: all alike, in one Auto Scaling group. */
        public int followerCount() {
            return nodeCount - 1;
        }
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

    /** The four buckets' naming. */
    public record Storage(String bucketNamePrefix) {
    }

    /** How the shared secrets are kept. */
    public record Secrets(int recoveryWindowDays) {
    }

    /**
     * A stack on AWS. In {@code maintenance} no follower runs and the load balancer answers every request with a
     * maintenance page: the window in which the leader upgrades alone. {@code retainDataOnDestroy}: the data (buckets,
     * Atlas project and cluster, git-bridge's volume, secrets) is retained by {@code pulumi destroy} and
     * replacements instead of protected.
     *
     * @param noncurrentVersionExpirationDays how long the buckets keep an overwritten or deleted object version
     */
    public record Aws(Network network, Nodes nodes, LoadBalancer loadBalancer, Atlas atlas, Redis redis, Secrets secrets,
                      Monitoring monitoring, Recovery recovery, int noncurrentVersionExpirationDays, boolean maintenance,
                      boolean retainDataOnDestroy) implements Target {
    }

    /** The EC2 nodes and git-bridge's disk; {@code gitBridgeSnapshotId} restores the disk from a snapshot. */
    public record Nodes(String instanceType, String amiId, int rootVolumeGiB, int gitBridgeVolumeGiB, int gitBridgeSnapshotRetentionDays,
                        int logRetentionDays, Optional<String> gitBridgeSnapshotId) {
    }

    /** The ALB's certificate, DNS, who may reach it and where alarms go. */
    public record LoadBalancer(Optional<String> certificateArn, Optional<String> route53ZoneId,
                               List<String> allowedIngressCidrs, Optional<String> alarmTopicArn) {
    }

    /** MongoDB Atlas; {@code mongoVersion} is the cluster's major version. */
    public record Atlas(Optional<String> orgId, Optional<String> projectId, String instanceSize, String mongoVersion,
                        MongoConnectivity connectivity) {
    }

    public enum MongoConnectivity {
        /** An interface endpoint in the private subnets: traffic never leaves AWS's network. */
        PRIVATE_LINK,
        /** Atlas's public endpoint, allowing only the NAT gateways' addresses. */
        IP_ACCESS_LIST
    }

    /** ElastiCache Redis. */
    public record Redis(String nodeType, int replicas, String engineVersion, int snapshotRetentionDays, boolean tls) {
    }

    /**
     * Sign-in and the operator's other Server Pro settings, on both targets.
     *
     * @param samlSigningKey    PEM private key signing SAML requests (SignIn.SAML_SIGNING_KEY)
     * @param samlDecryptionKey PEM private key decrypting SAML assertions (SignIn.SAML_DECRYPTION_KEY)
     * @param settings          plain variables, in the nodes' environment
     * @param secretSettings    secret variables, which reach nodes only through the secret store
     */
    public record Integrations(Optional<SignIn> signIn, Optional<SecretText> ldapBindPassword,
                               Optional<SecretText> samlSigningKey, Optional<SecretText> samlDecryptionKey,
                               SortedMap<String, String> settings, SortedMap<String, SecretText> secretSettings) {
    }

    /**
     * AWS alarms and logs.
     *
     * @param alarmEmails       addresses subscribed to the stack's alarm topic (each confirms by email)
     * @param minHealthyNodes   a warning fires when fewer nodes pass the health check
     * @param target5xxPercent  a warning fires when more of Server Pro's answers than this are 5xx
     */
    public record Monitoring(List<String> alarmEmails, int minHealthyNodes, int target5xxPercent, int redisConnections,
                             int accessLogRetentionDays) {
    }

    /** An optional second region holding copies of the buckets and of git-bridge's snapshots. */
    public record Recovery(Optional<String> region) {
    }

    /** A stack on one Docker host: the guide's demo. */
    public record Local(String httpAddress, int httpPort, String dataDir, String haproxyImage, String minioImage,
                        String minioClientImage, String mongoImage, String redisImage) implements Target {
    }
}
