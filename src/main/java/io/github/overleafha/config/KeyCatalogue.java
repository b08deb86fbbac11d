package io.github.overleafha.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.config.KeyDeclaration.Flag;
import io.github.overleafha.config.KeyDeclaration.OneOf;
import io.github.overleafha.config.KeyDeclaration.Scope;
import io.github.overleafha.config.KeyDeclaration.Text;
import io.github.overleafha.config.KeyDeclaration.TextList;
import io.github.overleafha.config.KeyDeclaration.WholeNumber;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.overleafha.config.KeyDeclaration.Scope.AWS;
import static io.github.overleafha.config.KeyDeclaration.Scope.COMMON;
import static io.github.overleafha.config.KeyDeclaration.Scope.LOCAL;

/**
 * Every config key of the project, declared once, in Pulumi.yaml's order: the readers take ranges, choices and
 * stand-in values from here, and a key read without a declaration is a programming error.
 */
public final class KeyCatalogue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, KeyDeclaration> DECLARATIONS = index(List.of(
            oneOf("target", COMMON, "aws", List.of("aws", "local"),
                    "Where the stack runs: aws (EC2, ALB, Atlas, ElastiCache) or local (the guide's demo on one Docker host)."),
            text("siteUrl", COMMON, null,
                    "Public URL of the site, e.g. https://overleaf.example.edu (no path); https on AWS, http allowed for local."),
            text("adminEmail", COMMON, null,
                    "Contact address shown to users (OVERLEAF_ADMIN_EMAIL)."),
            text("appName", COMMON, "Overleaf Server Pro",
                    "Name shown in the UI (OVERLEAF_APP_NAME)."),
            text("emailFromAddress", COMMON, "",
                    "Sender address for emails; empty turns email off. When set, smtpHost is required."),
            text("smtpHost", COMMON, "",
                    "SMTP server host name (e.g. email-smtp.eu-west-1.amazonaws.com for SES)."),
            wholeNumber("smtpPort", COMMON, 587, 1, 65535, "it is not a TCP port",
                    "SMTP port (587 with STARTTLS, 465 with implicit TLS)."),
            text("smtpUser", COMMON, "",
                    "SMTP user name."),
            text("smtpPassword", COMMON, "",
                    "SMTP password; set it with `pulumi config set --secret smtpPassword`."),
            text("serverProVersion", COMMON, "6.2.2",
                    "Server Pro release (MAJOR.MINOR.PATCH, 5.0.3 or later); the image tag of Server Pro and git-bridge."),
            text("serverProImage", COMMON, "quay.io/sharelatex/sharelatex-pro",
                    "Server Pro image repository, without tag (the tag is serverProVersion)."),
            text("gitBridgeImage", COMMON, "quay.io/sharelatex/git-bridge",
                    "git-bridge image repository, without tag (always the Server Pro tag)."),
            list("texLiveImages", COMMON, List.of("quay.io/sharelatex/texlive-full:2025.1"),
                    "TeX Live images for sandboxed compiles, each with a tag; the first is the default for new projects."),
            // clsi's hard limit on a compile.
            wholeNumber("compileTimeoutSeconds", COMMON, 180, 1, 600, "clsi stops every compile after 10 minutes",
                    "Longest compile (COMPILE_TIMEOUT), 1-600 s; the load balancer's idle timeout must be at least this."),
            // ALB allows 4000 s; stay well inside it, keeping room for the keep-alive margin.
            wholeNumber("loadBalancerIdleTimeoutSeconds", COMMON, 600, 1, 3600, "it is outside what the load balancer allows here",
                    "Load balancer idle timeout, compileTimeoutSeconds-3600 s; NGINX_KEEPALIVE_TIMEOUT is set 5 s above it."),
            wholeNumber("nodeCount", COMMON, 3, 2, 50, "a horizontally scaled install needs at least 2 nodes (one server is simpler below that)",
                    "Number of Server Pro nodes (2-50); node 1 hosts git-bridge and runs migrations first."),
            flag("maintenance", AWS, false,
                    "AWS: maintenance mode for a Server Pro upgrade: no follower runs and the load balancer answers every request with a 503 maintenance page while the leader migrates alone. Required to change serverProVersion."),
            text("instanceType", AWS, "m6id.xlarge",
                    "EC2 instance type of every node; must have local NVMe instance store (m6id, c6id, r6id, ...); its CPU architecture must match nodeAmiId and the images."),
            list("availabilityZones", AWS, List.of(),
                    "Availability zones of the stack's region to spread over (at least 2); required unless an existing VPC is used."),
            text("vpcCidr", AWS, "10.40.0.0/16",
                    "CIDR of the new VPC (/16 to /20); subnets are carved from it."),
            oneOf("natGateways", AWS, "perAz", List.of("perAz", "single"),
                    "NAT gateways for the new VPC: perAz (one per zone, survives a zone outage) or single (cheaper)."),
            text("existingVpcId", AWS, "",
                    "Use this VPC instead of creating one; then both subnet lists below are required too. The VPC must have DNS support and DNS hostnames on (a preview checks both, by `ec2:DescribeVpcs`): the stack's private zone (git-bridge's name) resolves only then. Its DHCP options must leave name resolution to the Amazon-provided resolver (or your DNS servers must forward `<stack>.<project>.internal` to it), and the zone is associated with the VPC from the stack's account: Route 53 lets only a VPC's owner associate it with another account's private zone, so a VPC shared from another account (AWS RAM) does not work."),
            list("existingPublicSubnetIds", AWS, List.of(),
                    "With existingVpcId, public subnets (load balancer), one per zone, at least 2."),
            list("existingPrivateSubnetIds", AWS, List.of(),
                    "With existingVpcId, private subnets with NAT egress (nodes, Redis, endpoints), one per zone, at least 2."),
            text("bucketNamePrefix", COMMON, "",
                    "Prefix of the four bucket names; empty means <project>-<stack>. S3 names are global, so make it unique."),
            wholeNumber("noncurrentVersionExpirationDays", AWS, 90, 1, 3650, "old object versions must be kept at least a day and at most ten years",
                    "Days an overwritten or deleted object version is kept in the buckets before it expires (1-3650)."),
            wholeNumber("secretRecoveryWindowDays", AWS, 7, 0, 30, "Secrets Manager allows 0 or 7 to 30 days",
                    "Days Secrets Manager keeps a deleted shared secret recoverable (0 deletes at once, or 7-30)."),
            text("registryUsername", COMMON, "",
                    "User name for the Server Pro image registry (quay.io credentials from Overleaf); empty for a public registry."),
            text("registryPassword", COMMON, "",
                    "Registry password; set it with `pulumi config set --secret registryPassword`. Required with registryUsername."),
            text("serverProImageDigest", COMMON, "",
                    "sha256 digest of the Server Pro image at serverProVersion, written by `pin-images`; nodes run exactly these bits. Required on AWS; local looks it up when empty."),
            text("gitBridgeImageDigest", COMMON, "",
                    "sha256 digest of the git-bridge image at serverProVersion, written by `pin-images`. Required on AWS; local looks it up when empty."),
            text("pinnedImagesVersion", COMMON, "",
                    "The serverProVersion the image digests were pinned for, written by `pin-images`; must equal serverProVersion whenever a digest is set."),
            list("allowedRegistries", COMMON, List.of("quay.io"),
                    "Registry hosts serverProImage and gitBridgeImage may come from; the registry login is sent only to the Server Pro image's host."),
            text("nodeAmiId", AWS, "",
                    "AWS: the Amazon Linux 2023 AMI of the nodes, pinned per stack (a new AMI is a deliberate change); required on AWS."),
            wholeNumber("rootVolumeSizeGiB", AWS, 30, 20, 1000, "the root volume holds the OS only",
                    "AWS: encrypted gp3 root volume of each node, 20-1000 GiB (Docker and compiles live on the instance store)."),
            wholeNumber("gitBridgeVolumeSizeGiB", AWS, 100, 10, 16384, "gp3 volumes are 1-16384 GiB",
                    "AWS: git-bridge's encrypted gp3 data volume, 10-16384 GiB; it outlives node replacement."),
            wholeNumber("gitBridgeSnapshotRetentionDays", AWS, 14, 1, 1000, "DLM keeps 1 to 1000 snapshots",
                    "AWS: daily snapshots of the git-bridge volume kept, 1-1000."),
            text("gitBridgeSnapshotId", AWS, "",
                    "AWS: restore git-bridge's volume from this EBS snapshot (snap-...; a DLM daily snapshot): the volume is replaced by one created from it (docs/runbooks.md)."),
            wholeNumber("logRetentionDays", AWS, 30, 1, 3653, "CloudWatch Logs accepts only certain retention periods",
                    "AWS: CloudWatch Logs retention of container logs (a value CloudWatch accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ...)."),
            flag("retainDataOnDestroy", AWS, false,
                    "AWS: false protects the data (buckets, Atlas project and cluster, git-bridge's volume, secrets) from deletion and replacement; true retains it instead, so pulumi destroy removes everything else and leaves the data in AWS and Atlas."),
            text("certificateArn", AWS, "",
                    "AWS: ACM certificate ARN for the site's host; empty means one is created and DNS-validated in route53ZoneId."),
            text("route53ZoneId", AWS, "",
                    "AWS: public Route 53 zone of the site's host; gets the alias record (and the certificate's validation record)."),
            list("allowedIngressCidrs", AWS, List.of("0.0.0.0/0"),
                    "AWS: client networks allowed to reach the load balancer on ports 443 and 80."),
            text("alarmTopicArn", AWS, "",
                    "AWS: an existing SNS topic (e.g. a pager) every alarm notifies besides the stack's own topic."),
            text("recoveryRegion", AWS, "",
                    "AWS: a second region receiving S3 replicas of the four buckets and copies of git-bridge's snapshots; empty (off) by default. Costs: see README."),
            list("alarmEmails", AWS, List.of(),
                    "AWS: email addresses subscribed to the stack's alarm topic (each confirms the subscription by email)."),
            wholeNumber("alarmMinHealthyNodes", AWS, 2, 1, 50, "it is a number of nodes",
                    "AWS: warn when fewer Server Pro nodes than this pass the health check (1 to nodeCount)."),
            wholeNumber("alarmTarget5xxPercent", AWS, 5, 1, 100, "it is a percentage of requests",
                    "AWS: warn when more than this percentage of Server Pro's answers over 5 minutes are 5xx (1-100)."),
            wholeNumber("alarmRedisConnections", AWS, 5000, 1, 65000, "ElastiCache allows at most 65000 clients",
                    "AWS: warn when a Redis node holds more client connections than this (1-65000)."),
            wholeNumber("accessLogRetentionDays", AWS, 90, 1, 3650, "access logs are kept a day to ten years",
                    "AWS: days the load balancer's access logs are kept in their bucket (1-3650)."),
            text("atlasOrgId", AWS, "",
                    "AWS: MongoDB Atlas organisation id, for a new Atlas project; required unless atlasProjectId is set."),
            text("atlasProjectId", AWS, "",
                    "AWS: an existing Atlas project id to use instead of creating one; with privateLink it must not have a private endpoint service in this region yet (Atlas allows one per region)."),
            text("atlasInstanceSize", AWS, "M30",
                    "AWS: Atlas dedicated cluster tier (M10 or larger; PrivateLink and cloud backups need a dedicated tier)."),
            text("mongoVersion", AWS, "",
                    "MongoDB major version (e.g. 8.0); empty picks the one serverProVersion needs (8.0 for 6.x)."),
            oneOf("mongoConnectivity", AWS, "privateLink", List.of("privateLink", "ipAccessList"),
                    "AWS: how nodes reach Atlas: privateLink (interface endpoint, default) or ipAccessList (the NAT addresses only; new VPC only)."),
            text("mongoDatabaseName", COMMON, "sharelatex",
                    "Database Server Pro uses; it is the path of OVERLEAF_MONGO_URL."),
            text("redisNodeType", AWS, "cache.m7g.large",
                    "AWS: ElastiCache node type of the Redis primary and replicas."),
            wholeNumber("redisReplicas", AWS, 1, 1, 5, "automatic failover needs at least one replica; ElastiCache allows five",
                    "AWS: Redis replicas beside the primary, 1-5, in other zones (automatic failover)."),
            text("redisEngineVersion", AWS, "7.1",
                    "AWS: Redis engine version (engine redis, never valkey: Overleaf supports only Redis)."),
            wholeNumber("redisSnapshotRetentionDays", AWS, 7, 1, 35, "ElastiCache keeps 1 to 35 daily snapshots",
                    "AWS: daily Redis snapshots kept, 1-35."),
            flag("redisTls", AWS, true,
                    "AWS: encrypt Redis traffic (needs Server Pro 5.5.1 or later); the AUTH token needs it too."),
            oneOf("externalAuth", COMMON, "none", List.of("none", "ldap", "saml"),
                    "How users sign in besides local accounts: none, ldap or saml (EXTERNAL_AUTH); OpenID Connect is not a Server Pro module."),
            text("ldapUrl", COMMON, "",
                    "With externalAuth ldap: the directory, ldaps://host:636 (OVERLEAF_LDAP_URL); plain ldap:// only on the local stack."),
            text("ldapBindDn", COMMON, "",
                    "With externalAuth ldap: DN of the service account that searches for users (OVERLEAF_LDAP_BIND_DN); empty searches anonymously."),
            text("ldapBindPassword", COMMON, "",
                    "Password of ldapBindDn (OVERLEAF_LDAP_BIND_CREDENTIALS); set it with `pulumi config set --secret ldapBindPassword`."),
            text("ldapSearchBase", COMMON, "",
                    "With externalAuth ldap: DN below which users are searched (OVERLEAF_LDAP_SEARCH_BASE), e.g. ou=people,dc=example,dc=edu."),
            text("ldapSearchFilter", COMMON, "(uid={{username}})",
                    "LDAP filter finding a user; must contain {{username}} (OVERLEAF_LDAP_SEARCH_FILTER); (sAMAccountName={{username}}) for Active Directory."),
            text("ldapEmailAttribute", COMMON, "mail",
                    "LDAP attribute holding the user's email (OVERLEAF_LDAP_EMAIL_ATT)."),
            text("ldapFirstNameAttribute", COMMON, "",
                    "LDAP attribute holding the first (or full) name (OVERLEAF_LDAP_NAME_ATT), e.g. givenName."),
            text("ldapLastNameAttribute", COMMON, "",
                    "LDAP attribute holding the last name (OVERLEAF_LDAP_LAST_NAME_ATT), e.g. sn."),
            flag("ldapTlsRejectUnauthorized", COMMON, true,
                    "Verify the LDAP server's certificate against the trusted CAs (OVERLEAF_LDAP_TLS_OPTS_REJECT_UNAUTH)."),
            text("samlEntryPoint", COMMON, "",
                    "With externalAuth saml: the identity provider's SSO URL (OVERLEAF_SAML_ENTRYPOINT). The callback is always <siteUrl>/saml/callback."),
            text("samlIssuer", COMMON, "",
                    "With externalAuth saml: the entity id the identity provider knows the site by (OVERLEAF_SAML_ISSUER)."),
            text("samlIdpCertificate", COMMON, "",
                    "With externalAuth saml: the identity provider's signing certificate, base64 on one line without BEGIN/END lines (OVERLEAF_SAML_CERT)."),
            text("samlIdentityServiceName", COMMON, "",
                    "Name of the identity provider on the login page (OVERLEAF_SAML_IDENTITY_SERVICE_NAME)."),
            text("samlEmailField", COMMON, "nameID",
                    "SAML attribute holding the email (OVERLEAF_SAML_EMAIL_FIELD)."),
            text("samlFirstNameField", COMMON, "givenName",
                    "SAML attribute holding the first name (OVERLEAF_SAML_FIRST_NAME_FIELD)."),
            text("samlLastNameField", COMMON, "lastName",
                    "SAML attribute holding the last name (OVERLEAF_SAML_LAST_NAME_FIELD)."),
            text("samlSigningKey", COMMON, "",
                    "With externalAuth saml, optional: PEM private key signing Server Pro's SAML requests; nodes mount it as the file OVERLEAF_SAML_PRIVATE_CERT names. Secret: `pulumi config set --secret samlSigningKey < key.pem`."),
            text("samlDecryptionKey", COMMON, "",
                    "With externalAuth saml, optional: PEM private key decrypting encrypted assertions (OVERLEAF_SAML_DECRYPTION_PVK, multi-line). Secret: `pulumi config set --secret samlDecryptionKey < key.pem`."),
            flag("updateUserDetailsOnLogin", COMMON, false,
                    "Refresh users' names from LDAP or SAML at every login and lock them in the settings page (OVERLEAF_*_UPDATE_USER_DETAILS_ON_LOGIN)."),
            list("serverProSettings", COMMON, List.of(),
                    "Other Server Pro variables, a list of one-entry maps `- NAME: value`; names are checked against what Server Pro reads and what the program sets."),
            list("serverProSecretSettings", COMMON, List.of(),
                    "Secret Server Pro variables, `- NAME: value` each set with `pulumi config set --secret --path 'serverProSecretSettings[0].NAME'`; they reach nodes through the secret store."),
            text("localHttpAddress", LOCAL, "127.0.0.1",
                    "local: host address HAProxy publishes the site on."),
            wholeNumber("localHttpPort", LOCAL, 8080, 1, 65535, "it is not a TCP port",
                    "local: host port HAProxy publishes the site on."),
            text("localDataDir", LOCAL, "/var/lib/overleaf-ha-local",
                    "local: absolute host directory for each node's scratch disk (compiles) and git-bridge's data."),
            text("haproxyImage", LOCAL, "haproxy:2.6",
                    "local: HAProxy image of the load balancer."),
            text("minioImage", LOCAL, "minio/minio:RELEASE.2025-04-22T22-12-26Z",
                    "local: MinIO image standing in for S3."),
            text("minioClientImage", LOCAL, "minio/mc:RELEASE.2025-04-16T18-13-26Z",
                    "local: MinIO client image of the one-shot bucket and user setup."),
            text("mongoImage", LOCAL, "mongo:8.0",
                    "local: MongoDB image, started as a one-member replica set."),
            text("redisImage", LOCAL, "redis:7.2",
                    "local: Redis image, with append-only persistence.")));

    private KeyCatalogue() {
    }

    /** Every declaration, by key name, in Pulumi.yaml's order. */
    public static Map<String, KeyDeclaration> all() {
        return DECLARATIONS;
    }

    public static Optional<KeyDeclaration> find(String name) {
        return Optional.ofNullable(DECLARATIONS.get(name));
    }

    /** The declaration of a key the program reads; there is always one, or the program is wrong. */
    static KeyDeclaration declaration(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("the program reads config key " + name
                + ", which has no declaration: declare it in KeyCatalogue, Pulumi.yaml and the README"));
    }

    /**
     * Where a project file's config block and the declarations disagree, both ways: a key on one side only, or
     * another type, default or description. Empty when they agree.
     */
    public static List<String> disagreements(ProjectFile project) {
        List<String> disagreements = new ArrayList<>();
        Map<String, ProjectFile.Declaration> inFile = new LinkedHashMap<>();
        project.declarations().forEach((key, declaration) -> inFile.put(key.substring(key.indexOf(':') + 1), declaration));
        inFile.keySet().stream().filter(name -> !DECLARATIONS.containsKey(name)).forEach(name -> disagreements.add(
                name + ": in Pulumi.yaml but not declared in KeyCatalogue"));
        DECLARATIONS.values().forEach(declared -> {
            ProjectFile.Declaration file = inFile.get(declared.name());
            if (file == null) {
                disagreements.add(declared.name() + ": declared in KeyCatalogue but missing from Pulumi.yaml");
                return;
            }
            Optional<String> fileDefault = Optional.ofNullable(file.defaultValue()).map(ProjectFile::asConfigText);
            if (!file.type().equals(declared.values().pulumiType())) {
                disagreements.add(declared.name() + ": type " + declared.values().pulumiType() + " in KeyCatalogue, "
                        + file.type() + " in Pulumi.yaml");
            }
            if (!fileDefault.equals(declared.defaultValue())) {
                disagreements.add(declared.name() + ": default " + declared.defaultValue().orElse("(none)")
                        + " in KeyCatalogue, " + fileDefault.orElse("(none)") + " in Pulumi.yaml");
            }
            if (!file.description().equals(declared.description())) {
                disagreements.add(declared.name() + ": the descriptions in KeyCatalogue and Pulumi.yaml differ");
            }
        });
        return disagreements;
    }

    private static Map<String, KeyDeclaration> index(List<KeyDeclaration> declarations) {
        Map<String, KeyDeclaration> byName = new LinkedHashMap<>();
        for (KeyDeclaration declaration : declarations) {
            if (byName.put(declaration.name(), declaration) != null) {
                throw new IllegalStateException("config key " + declaration.name() + " is declared twice");
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    private static KeyDeclaration text(String name, Scope scope, String defaultValue, String description) {
        return new KeyDeclaration(name, scope, new Text(), Optional.ofNullable(defaultValue), description);
    }

    private static KeyDeclaration list(String name, Scope scope, List<String> defaultValue, String description) {
        try {
            return new KeyDeclaration(name, scope, new TextList(), Optional.of(JSON.writeValueAsString(defaultValue)),
                    description);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyDeclaration flag(String name, Scope scope, boolean defaultValue, String description) {
        return new KeyDeclaration(name, scope, new Flag(), Optional.of(String.valueOf(defaultValue)), description);
    }

    private static KeyDeclaration wholeNumber(String name, Scope scope, int defaultValue, int min, int max, String why,
                                              String description) {
        return new KeyDeclaration(name, scope, new WholeNumber(min, max, why), Optional.of(String.valueOf(defaultValue)),
                description);
    }

    private static KeyDeclaration oneOf(String name, Scope scope, String defaultValue, List<String> choices,
                                        String description) {
        return new KeyDeclaration(name, scope, new OneOf(choices), Optional.of(defaultValue), description);
    }
}
