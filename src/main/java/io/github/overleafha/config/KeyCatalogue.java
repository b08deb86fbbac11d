package io.github.overleafha.config;

import io.github.overleafha.config.KeyDeclaration.Flag;
import io.github.overleafha.config.KeyDeclaration.OneOf;
import io.github.overleafha.config.KeyDeclaration.Scope;
import io.github.overleafha.config.KeyDeclaration.Text;
import io.github.overleafha.config.KeyDeclaration.TextList;
import io.github.overleafha.config.KeyDeclaration.Values;
import io.github.overleafha.config.KeyDeclaration.WholeNumber;

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
 * What the program knows of each config key beyond Pulumi.yaml: the stacks it applies to and the values it takes
 * (a range and why, a set of words, a list, a flag). Each key's type, default and description are Pulumi.yaml's
 * alone: the declarations join each rule here with the key's entry in the Pulumi.yaml bundled at build
 * ({@link ProjectFile#bundled()}). The readers take ranges, choices and stand-in values (the defaults) from the
 * declarations, and a key read without one is a programming error.
 */
public final class KeyCatalogue {

    /** What Pulumi.yaml cannot say of a key. */
    private record Rule(String name, Scope scope, Values values) {
    }

    private static final Map<String, Rule> RULES = index(List.of(
            oneOf("target", COMMON, List.of("aws", "local")),
            text("siteUrl", COMMON),
            text("adminEmail", COMMON),
            text("appName", COMMON),
            text("emailFromAddress", COMMON),
            text("smtpHost", COMMON),
            wholeNumber("smtpPort", COMMON, 1, 65535, "it is not a TCP port"),
            text("smtpUser", COMMON),
            text("smtpPassword", COMMON),
            text("serverProVersion", COMMON),
            text("serverProImage", COMMON),
            text("gitBridgeImage", COMMON),
            list("texLiveImages", COMMON),
            // clsi's hard limit on a compile.
            wholeNumber("compileTimeoutSeconds", COMMON, 1, 600, "clsi stops every compile after 10 minutes"),
            // ALB allows 4000 s; stay well inside it, keeping room for the keep-alive margin.
            wholeNumber("loadBalancerIdleTimeoutSeconds", COMMON, 1, 3600, "it is outside what the load balancer allows here"),
            wholeNumber("nodeCount", COMMON, 2, 50, "a horizontally scaled install needs at least 2 nodes (one server is simpler below that)"),
            flag("maintenance", AWS),
            text("instanceType", AWS),
            list("availabilityZones", AWS),
            text("vpcCidr", AWS),
            oneOf("natGateways", AWS, List.of("perAz", "single")),
            text("existingVpcId", AWS),
            list("existingPublicSubnetIds", AWS),
            list("existingPrivateSubnetIds", AWS),
            text("bucketNamePrefix", COMMON),
            wholeNumber("noncurrentVersionExpirationDays", AWS, 1, 3650, "old object versions must be kept at least a day and at most ten years"),
            wholeNumber("secretRecoveryWindowDays", AWS, 0, 30, "Secrets Manager allows 0 or 7 to 30 days"),
            text("registryUsername", COMMON),
            text("registryPassword", COMMON),
            text("serverProImageDigest", COMMON),
            text("gitBridgeImageDigest", COMMON),
            text("pinnedImagesVersion", COMMON),
            list("allowedRegistries", COMMON),
            text("nodeAmiId", AWS),
            wholeNumber("rootVolumeSizeGiB", AWS, 20, 1000, "the root volume holds the OS only"),
            wholeNumber("gitBridgeVolumeSizeGiB", AWS, 10, 16384, "gp3 volumes are 1-16384 GiB"),
            wholeNumber("gitBridgeSnapshotRetentionDays", AWS, 1, 1000, "DLM keeps 1 to 1000 snapshots"),
            text("gitBridgeSnapshotId", AWS),
            wholeNumber("logRetentionDays", AWS, 1, 3653, "CloudWatch Logs accepts only certain retention periods"),
            flag("retainDataOnDestroy", AWS),
            text("certificateArn", AWS),
            text("route53ZoneId", AWS),
            list("allowedIngressCidrs", AWS),
            text("alarmTopicArn", AWS),
            text("recoveryRegion", AWS),
            list("alarmEmails", AWS),
            wholeNumber("alarmMinHealthyNodes", AWS, 1, 50, "it is a number of nodes"),
            wholeNumber("alarmTarget5xxPercent", AWS, 1, 100, "it is a percentage of requests"),
            wholeNumber("alarmRedisConnections", AWS, 1, 65000, "ElastiCache allows at most 65000 clients"),
            wholeNumber("accessLogRetentionDays", AWS, 1, 3650, "access logs are kept a day to ten years"),
            text("atlasOrgId", AWS),
            text("atlasProjectId", AWS),
            text("atlasInstanceSize", AWS),
            text("mongoVersion", AWS),
            oneOf("mongoConnectivity", AWS, List.of("privateLink", "ipAccessList")),
            text("mongoDatabaseName", COMMON),
            text("redisNodeType", AWS),
            wholeNumber("redisReplicas", AWS, 1, 5, "automatic failover needs at least one replica; ElastiCache allows five"),
            text("redisEngineVersion", AWS),
            wholeNumber("redisSnapshotRetentionDays", AWS, 1, 35, "ElastiCache keeps 1 to 35 daily snapshots"),
            flag("redisTls", AWS),
            oneOf("externalAuth", COMMON, List.of("none", "ldap", "saml")),
            text("ldapUrl", COMMON),
            text("ldapBindDn", COMMON),
            text("ldapBindPassword", COMMON),
            text("ldapSearchBase", COMMON),
            text("ldapSearchFilter", COMMON),
            text("ldapEmailAttribute", COMMON),
            text("ldapFirstNameAttribute", COMMON),
            text("ldapLastNameAttribute", COMMON),
            flag("ldapTlsRejectUnauthorized", COMMON),
            text("samlEntryPoint", COMMON),
            text("samlIssuer", COMMON),
            text("samlIdpCertificate", COMMON),
            text("samlIdentityServiceName", COMMON),
            text("samlEmailField", COMMON),
            text("samlFirstNameField", COMMON),
            text("samlLastNameField", COMMON),
            text("samlSigningKey", COMMON),
            text("samlDecryptionKey", COMMON),
            flag("updateUserDetailsOnLogin", COMMON),
            list("serverProSettings", COMMON),
            list("serverProSecretSettings", COMMON),
            text("localHttpAddress", LOCAL),
            wholeNumber("localHttpPort", LOCAL, 1, 65535, "it is not a TCP port"),
            text("localDataDir", LOCAL),
            text("haproxyImage", LOCAL),
            text("minioImage", LOCAL),
            text("minioClientImage", LOCAL),
            text("mongoImage", LOCAL),
            text("redisImage", LOCAL)));

    /** The declarations of the Pulumi.yaml the program was built with, read on first use. */
    private static final class Bundled {
        static final Map<String, KeyDeclaration> DECLARATIONS = declarations(ProjectFile.bundled());
    }

    private KeyCatalogue() {
    }

    /** Every declaration, by key name, in the catalogue's order. */
    public static Map<String, KeyDeclaration> all() {
        return Bundled.DECLARATIONS;
    }

    public static Optional<KeyDeclaration> find(String name) {
        return Optional.ofNullable(all().get(name));
    }

    /** The declaration of a key the program reads; there is always one, or the program is wrong. */
    static KeyDeclaration declaration(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("the program reads config key " + name
                + ", which has no declaration: declare it in Pulumi.yaml (type, default, description), KeyCatalogue"
                + " (target, values) and the README"));
    }

    /** Each rule with its key's default and description in {@code project}, which must agree with the rules. */
    static Map<String, KeyDeclaration> declarations(ProjectFile project) {
        List<String> disagreements = disagreements(project);
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException("Pulumi.yaml and KeyCatalogue disagree: " + String.join("; ", disagreements));
        }
        Map<String, ProjectFile.Declaration> inFile = byName(project);
        Map<String, KeyDeclaration> declarations = new LinkedHashMap<>();
        RULES.values().forEach(rule -> {
            ProjectFile.Declaration file = inFile.get(rule.name());
            declarations.put(rule.name(), new KeyDeclaration(rule.name(), rule.scope(), rule.values(),
                    defaultOf(file), file.description()));
        });
        return Collections.unmodifiableMap(declarations);
    }

    /**
     * Where a project file's config block and the rules disagree: a key on one side only, another type, or a
     * default its rule refuses (or lacks: a whole number's, flag's or choice's default stands in for a wrong
     * value). Empty when they agree.
     */
    public static List<String> disagreements(ProjectFile project) {
        List<String> disagreements = new ArrayList<>();
        Map<String, ProjectFile.Declaration> inFile = byName(project);
        inFile.keySet().stream().filter(name -> !RULES.containsKey(name)).forEach(name -> disagreements.add(
                name + ": in Pulumi.yaml but not declared in KeyCatalogue"));
        RULES.values().forEach(rule -> {
            ProjectFile.Declaration file = inFile.get(rule.name());
            if (file == null) {
                disagreements.add(rule.name() + ": declared in KeyCatalogue but missing from Pulumi.yaml");
                return;
            }
            if (!file.type().equals(rule.values().pulumiType())) {
                disagreements.add(rule.name() + ": type " + rule.values().pulumiType() + " in KeyCatalogue, "
                        + file.type() + " in Pulumi.yaml");
            }
            Optional<String> fileDefault = defaultOf(file);
            refusal(rule.values(), fileDefault).ifPresent(admitted -> disagreements.add(rule.name() + ": default "
                    + fileDefault.orElse("(none)") + " in Pulumi.yaml, but KeyCatalogue admits " + admitted));
        });
        return disagreements;
    }

    /** What {@code values} admits, when it refuses {@code defaultValue}; text and lists take any default or none. */
    private static Optional<String> refusal(Values values, Optional<String> defaultValue) {
        String value = defaultValue.orElse("");
        if (values instanceof WholeNumber range) {
            try {
                int number = Integer.parseInt(value);
                return number < range.min() || number > range.max() ? Optional.of(range.described()) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of(range.described());
            }
        }
        if (values instanceof Flag) {
            return value.equals("true") || value.equals("false") ? Optional.empty() : Optional.of("true or false");
        }
        if (values instanceof OneOf oneOf) {
            return oneOf.choices().contains(value) ? Optional.empty()
                    : Optional.of("one of: " + String.join(", ", oneOf.choices()));
        }
        return Optional.empty();
    }

    private static Optional<String> defaultOf(ProjectFile.Declaration file) {
        return Optional.ofNullable(file.defaultValue()).map(ProjectFile::asConfigText);
    }

    /** A project file's declarations by key name, without the project's namespace. */
    private static Map<String, ProjectFile.Declaration> byName(ProjectFile project) {
        Map<String, ProjectFile.Declaration> byName = new LinkedHashMap<>();
        project.declarations().forEach((key, declaration) -> byName.put(key.substring(key.indexOf(':') + 1), declaration));
        return byName;
    }

    private static Map<String, Rule> index(List<Rule> rules) {
        Map<String, Rule> byName = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byName.put(rule.name(), rule) != null) {
                throw new IllegalStateException("config key " + rule.name() + " is declared twice");
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    private static Rule text(String name, Scope scope) {
        return new Rule(name, scope, new Text());
    }

    private static Rule list(String name, Scope scope) {
        return new Rule(name, scope, new TextList());
    }

    private static Rule flag(String name, Scope scope) {
        return new Rule(name, scope, new Flag());
    }

    private static Rule wholeNumber(String name, Scope scope, int min, int max, String why) {
        return new Rule(name, scope, new WholeNumber(min, max, why));
    }

    private static Rule oneOf(String name, Scope scope, List<String> choices) {
        return new Rule(name, scope, new OneOf(choices));
    }
}
