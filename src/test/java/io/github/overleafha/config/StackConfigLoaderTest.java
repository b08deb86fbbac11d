package io.github.overleafha.config;

import io.github.overleafha.TestStacks;
import io.github.overleafha.core.ImageReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StackConfigLoaderTest {

    @Test
    void devStackLoadsWithTheDefaultsOfPulumiYaml() {
        StackConfig config = TestStacks.dev();
        assertThat(config.site().host()).isEqualTo("overleaf-dev.example.edu");
        assertThat(config.serverPro().image().toString()).startsWith("quay.io/sharelatex/sharelatex-pro:6.2.2@sha256:");
        assertThat(config.serverPro().gitBridgeImage().toString()).startsWith("quay.io/sharelatex/git-bridge:6.2.2@sha256:");
        assertThat(config.serverPro().texLiveImages().get(0)).isEqualTo("quay.io/sharelatex/texlive-full:2025.1");
        assertThat(config.fleet().nodeCount()).isEqualTo(3);
        assertThat(TestStacks.aws(config).nodes().instanceType()).isEqualTo("m6id.xlarge");
        assertThat(config.fleet().edge().idleTimeout()).isEqualTo(Duration.ofSeconds(600));
        assertThat(config.fleet().edge().upstreamKeepAliveTimeout()).isEqualTo(Duration.ofSeconds(605));
        assertThat(TestStacks.aws(config).network().availabilityZones()).containsExactly("eu-west-1a", "eu-west-1b", "eu-west-1c");
        assertThat(TestStacks.aws(config).network().natGateways()).isEqualTo(StackConfig.NatGateways.SINGLE);
        assertThat(config.storage().bucketNamePrefix()).isEqualTo("example-edu-overleaf-dev");
        assertThat(TestStacks.aws(config).noncurrentVersionExpirationDays()).isEqualTo(90);
        assertThat(config.site().email()).hasValueSatisfying(email -> {
            assertThat(email.smtpPort()).isEqualTo(587);
            assertThat(email.smtpPassword()).isPresent();
            assertThat(email.smtpPassword().get().toString()).isEqualTo("[secret]");
        });
    }

    @Test
    void bucketPrefixDefaultsToProjectAndStack() {
        StackConfig config = TestStacks.dev(Map.of("bucketNamePrefix", ""));
        assertThat(config.storage().bucketNamePrefix()).isEqualTo("overleaf-ha-dev");
    }

    @Test
    void listsMayBeGivenAsCommaSeparatedText() {
        StackConfig config = TestStacks.dev(Map.of("availabilityZones", "eu-west-1a, eu-west-1b"));
        assertThat(TestStacks.aws(config).network().availabilityZones()).containsExactly("eu-west-1a", "eu-west-1b");
    }

    @Test
    void anExistingVpcNeedsNoZones() {
        StackConfig config = TestStacks.dev(Map.of(
                "availabilityZones", "[]",
                "existingVpcId", "vpc-0123456789abcdef0",
                "existingPublicSubnetIds", "subnet-0123456789abcdef0,subnet-0123456789abcdef1",
                "existingPrivateSubnetIds", "subnet-0123456789abcdef2,subnet-0123456789abcdef3"));
        assertThat(TestStacks.aws(config).network().existing()).hasValueSatisfying(existing ->
                assertThat(existing.privateSubnetIds()).hasSize(2));
    }

    @Test
    void anExistingVpcReachesAtlasOnlyThroughPrivateLink() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> TestStacks.dev(Map.of(
                "availabilityZones", "[]",
                "existingVpcId", "vpc-0123456789abcdef0",
                "existingPublicSubnetIds", "subnet-0123456789abcdef0,subnet-0123456789abcdef1",
                "existingPrivateSubnetIds", "subnet-0123456789abcdef2,subnet-0123456789abcdef3",
                "mongoConnectivity", "ipAccessList")));
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:mongoConnectivity");
            assertThat(problem.why()).contains("NAT addresses of an existing VPC");
            assertThat(problem.fix()).contains("privateLink");
        });
    }

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                bad("siteUrl", "http://overleaf.example.edu", "overleaf-ha:siteUrl", "https"),
                bad("siteUrl", "https://overleaf.example.edu/latex", "overleaf-ha:siteUrl", "root of its host"),
                bad("siteUrl", "https://localhost", "overleaf-ha:siteUrl", "fully qualified host"),
                bad("siteUrl", "", "overleaf-ha:siteUrl", "required"),
                bad("adminEmail", "admins-at-example.edu", "overleaf-ha:adminEmail", "not an email address"),
                bad("aws:region", "Europe", "aws:region", "not an AWS region"),
                bad("nodeCount", "1", "overleaf-ha:nodeCount", "at least 2 nodes"),
                bad("nodeCount", "three", "overleaf-ha:nodeCount", "not a whole number"),
                bad("nodeCount", "2.5", "overleaf-ha:nodeCount", "not a whole number"),
                bad("availabilityZones", "[eu-west-1a]", "overleaf-ha:availabilityZones", "2 to 6 zones"),
                bad("availabilityZones", "[\"eu-west-1a\",\"us-east-1b\"]", "overleaf-ha:availabilityZones", "not a zone of aws:region eu-west-1"),
                bad("availabilityZones", "[\"eu-west-1a\",\"eu-west-1a\"]", "overleaf-ha:availabilityZones", "listed twice"),
                bad("vpcCidr", "10.40.0.0/33", "overleaf-ha:vpcCidr", "not an IPv4 network"),
                bad("vpcCidr", "10.40.0.1/16", "overleaf-ha:vpcCidr", "host bits"),
                bad("vpcCidr", "10.0.0.0/8", "overleaf-ha:vpcCidr", "between /16 and /20"),
                bad("natGateways", "two", "overleaf-ha:natGateways", "perAz, single"),
                bad("serverProVersion", "v6.2", "overleaf-ha:serverProVersion", "MAJOR.MINOR.PATCH"),
                bad("serverProVersion", "4.2.9", "overleaf-ha:serverProVersion", "SHARELATEX_"),
                bad("serverProImage", "quay.io/sharelatex/sharelatex-pro:6.2.2", "overleaf-ha:serverProImage", "tag is always serverProVersion"),
                bad("gitBridgeImage", "Quay.io/Not An Image", "overleaf-ha:gitBridgeImage", "not a container image repository"),
                bad("texLiveImages", "[\"quay.io/sharelatex/texlive-full\"]", "overleaf-ha:texLiveImages", "explicit tag"),
                bad("texLiveImages", "[\"quay.io/sharelatex/texlive-full:latest\"]", "overleaf-ha:texLiveImages", "explicit tag"),
                bad("texLiveImages", "[]", "overleaf-ha:texLiveImages", "at least one TeX Live image"),
                bad("texLiveImages", "[\"quay.io/sharelatex/texlive-full:2025.1\",\"quay.io/sharelatex/texlive_full:2025.1\"]",
                        "overleaf-ha:texLiveImages", "one resource name"),
                bad("instanceType", "m6i.xlarge", "overleaf-ha:instanceType", "no local NVMe instance store"),
                bad("instanceType", "huge", "overleaf-ha:instanceType", "not an EC2 instance type"),
                bad("compileTimeoutSeconds", "900", "overleaf-ha:compileTimeoutSeconds", "10 minutes"),
                bad("loadBalancerIdleTimeoutSeconds", "120", "overleaf-ha:loadBalancerIdleTimeoutSeconds", "shorter than compileTimeoutSeconds"),
                bad("loadBalancerIdleTimeoutSeconds", "5000", "overleaf-ha:loadBalancerIdleTimeoutSeconds", "1 to 3600"),
                bad("smtpHost", "", "overleaf-ha:smtpHost", "needs an SMTP server"),
                bad("smtpPort", "70000", "overleaf-ha:smtpPort", "not a TCP port"),
                bad("emailFromAddress", "", "overleaf-ha:emailFromAddress", "email stays off without a sender"),
                bad("existingVpcId", "vpc-12", "overleaf-ha:existingVpcId", "not a VPC id"),
                bad("existingVpcId", "vpc-0123456789abcdef0", "overleaf-ha:existingPublicSubnetIds", "at least two subnets"),
                bad("existingPrivateSubnetIds", "subnet-0123456789abcdef0,subnet-0123456789abcdef1", "overleaf-ha:existingPrivateSubnetIds", "all or none"),
                bad("bucketNamePrefix", "Overleaf_Buckets", "overleaf-ha:bucketNamePrefix", "valid S3 names"),
                bad("bucketNamePrefix", "a-prefix-that-is-far-too-long-to-leave-room-for-a-suffix", "overleaf-ha:bucketNamePrefix", "3-48"),
                bad("noncurrentVersionExpirationDays", "0", "overleaf-ha:noncurrentVersionExpirationDays", "at least a day"),
                bad("secretRecoveryWindowDays", "3", "overleaf-ha:secretRecoveryWindowDays", "0 or 7 to 30"),
                bad("appName", "Overleaf\nat Example", "overleaf-ha:appName", "line break"),
                bad("allowedIngressCidrs", "[\"0.0.0.0/0\",\"0.0.0.0/0\"]", "overleaf-ha:allowedIngressCidrs", "listed twice"),
                bad("allowedIngressCidrs", "[" + String.join(",", java.util.Collections.nCopies(26, "\"x\"")).replace("x", "10.0.0.0/8") + "]",
                        "overleaf-ha:allowedIngressCidrs", "limit of 60 inbound rules"),
                bad("bucketNamePrefix", "sthree-overleaf", "overleaf-ha:bucketNamePrefix", "reserved"),
                bad("redisEngineVersion", "7.10", "overleaf-ha:redisEngineVersion", "never a Valkey version"),
                bad("mongoVersion", "99.9", "overleaf-ha:mongoVersion", "Atlas offers"),
                bad("aws:region", "EU-WEST-1", "aws:region", "not an AWS region"),
                bad("nodeCuont", "4", "overleaf-ha:nodeCuont", "did you mean nodeCount?"),
                bad("target", "kubernetes", "overleaf-ha:target", "aws, local"),
                bad("nodeAmiId", "", "overleaf-ha:nodeAmiId", "pinned per stack"),
                bad("nodeAmiId", "ami-xyz", "overleaf-ha:nodeAmiId", "not an AMI id"),
                bad("route53ZoneId", "", "overleaf-ha:certificateArn", "needs a certificate"),
                bad("certificateArn", "arn:aws:acm:us-east-1:111122223333:certificate/0123abcd-0123-4567-89ab-0123456789ab",
                        "overleaf-ha:certificateArn", "own region eu-west-1"),
                bad("allowedIngressCidrs", "[\"0.0.0.0\"]", "overleaf-ha:allowedIngressCidrs", "not an IPv4 network"),
                bad("alarmTopicArn", "overleaf-alarms", "overleaf-ha:alarmTopicArn", "not an SNS topic ARN"),
                bad("logRetentionDays", "10", "overleaf-ha:logRetentionDays", "certain retention periods"),
                bad("gitBridgeVolumeSizeGiB", "5", "overleaf-ha:gitBridgeVolumeSizeGiB", "1-16384"),
                bad("atlasOrgId", "", "overleaf-ha:atlasOrgId", "organisation"),
                bad("atlasProjectId", "my-project", "overleaf-ha:atlasProjectId", "not an Atlas project id"),
                bad("atlasInstanceSize", "M5", "overleaf-ha:atlasInstanceSize", "dedicated tier"),
                bad("mongoVersion", "7.0", "overleaf-ha:mongoVersion", "older than 8.0"),
                bad("mongoVersion", "eight", "overleaf-ha:mongoVersion", "not a MongoDB major version"),
                bad("mongoConnectivity", "public", "overleaf-ha:mongoConnectivity", "privateLink, ipAccessList"),
                bad("mongoDatabaseName", "share latex", "overleaf-ha:mongoDatabaseName", "spaces"),
                bad("redisReplicas", "0", "overleaf-ha:redisReplicas", "at least one replica"),
                bad("redisEngineVersion", "8.0", "overleaf-ha:redisEngineVersion", "never a Valkey version"),
                bad("redisNodeType", "m7g.large", "overleaf-ha:redisNodeType", "not an ElastiCache node type"),
                bad("redisTls", "maybe", "overleaf-ha:redisTls", "not a boolean"),
                bad("redisTls", "false", "overleaf-ha:redisTls", "only over TLS"),
                bad("serverProVersion", "5.4.0", "overleaf-ha:redisTls", "cannot talk TLS"),
                bad("serverProImageDigest", "sha256:abc", "overleaf-ha:serverProImageDigest", "not an image digest"),
                bad("registryUsername", "", "overleaf-ha:registryUsername", "both a user name and a password"));
    }

    private static Arguments bad(String key, String value, String reportedKey, String reason) {
        return Arguments.of(key, value, reportedKey, reason);
    }

    /** The local stack's own keys, and what the local target reads differently. */
    static Stream<Arguments> badLocalConfigs() {
        return Stream.of(
                bad("localHttpAddress", "localhost", "overleaf-ha:localHttpAddress", "IPv4 address"),
                bad("localHttpPort", "0", "overleaf-ha:localHttpPort", "not a TCP port"),
                bad("localHttpPort", "http", "overleaf-ha:localHttpPort", "not a whole number"),
                bad("localDataDir", "overleaf-data", "overleaf-ha:localDataDir", "absolute path"),
                bad("localDataDir", "/var/lib/overleaf-ha-local/", "overleaf-ha:localDataDir", "trailing slash"),
                bad("localDataDir", "/var/lib/overleaf ha", "overleaf-ha:localDataDir", "colon or space"),
                bad("localDataDir", "/srv/a:b", "overleaf-ha:localDataDir", "colon or space"),
                bad("localHttpAddress", "999.999.999.999", "overleaf-ha:localHttpAddress", "IPv4 address"),
                bad("localHttpPort", "9090", "overleaf-ha:siteUrl", "published on port 9090"),
                bad("haproxyImage", "haproxy:latest", "overleaf-ha:haproxyImage", "other than latest"),
                bad("minioImage", "minio/minio", "overleaf-ha:minioImage", "same bits every time"),
                bad("minioClientImage", "minio/mc:", "overleaf-ha:minioClientImage", "same bits every time"),
                bad("redisImage", "Redis:7.2", "overleaf-ha:redisImage", "same bits every time"),
                bad("siteUrl", "http://localhost:8080/overleaf", "overleaf-ha:siteUrl", "http://localhost:8080"),
                bad("nodeCount", "51", "overleaf-ha:nodeCount", "from 2 to 50"));
    }

    @ParameterizedTest(name = "{0} = {1} is rejected naming {2}")
    @MethodSource("badConfigs")
    void badValuesAreRejectedNamingTheKeyTheValueTheReasonAndAFix(String key, String value, String reportedKey, String reason) {
        assertRejected(() -> TestStacks.dev(Map.of(key, value)), key, value, reportedKey, reason);
    }

    @ParameterizedTest(name = "local: {0} = {1} is rejected naming {2}")
    @MethodSource("badLocalConfigs")
    void badLocalValuesAreRejectedNamingTheKeyTheValueTheReasonAndAFix(String key, String value, String reportedKey,
                                                                       String reason) {
        assertRejected(() -> TestStacks.local(Map.of(key, value)), key, value, reportedKey, reason);
    }

    private static void assertRejected(ThrowingCallable load, String key, String value, String reportedKey, String reason) {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, load);
        assertThat(error).as("%s = %s must be rejected", key, value).isNotNull();
        assertThat(error.problems()).anySatisfy(problem -> {
            assertThat(problem.key()).isEqualTo(reportedKey);
            assertThat(problem.why() + " " + problem.fix()).contains(reason);
            assertThat(problem.fix()).isNotBlank();
            if (key.equals(reportedKey) && !value.isEmpty() && !value.equals("[]")) {
                assertThat(problem.describe()).contains(reportedKey).contains(problem.value());
            }
        });
        assertThat(error.getMessage()).contains("nothing was declared").contains(reportedKey);
    }

    @Test
    void theLocalStackLoadsAndAcceptsPlainHttpOnItsPort() {
        StackConfig local = StackConfigLoader.load(ConfigSources.offline(TestStacks.PROJECT_DIR, "local", Map.of()));
        assertThat(local.target()).isInstanceOf(StackConfig.Local.class);
        assertThat(local.site().url().toString()).isEqualTo("http://localhost:8080");
        assertThat(((StackConfig.Local) local.target()).httpPort()).isEqualTo(8080);
        assertThat(local.registry()).hasValueSatisfying(r -> assertThat(r.server()).isEqualTo("quay.io"));
    }

    @Test
    void localImagesMustBePinned() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> StackConfigLoader.load(
                ConfigSources.offline(TestStacks.PROJECT_DIR, "local", Map.of("overleaf-ha:mongoImage", "mongo"))));
        assertThat(error.problems()).extracting(ConfigProblem::key).containsExactly("overleaf-ha:mongoImage");
    }

    @Test
    void theDefaultMongoVersionFollowsServerPro() {
        assertThat(TestStacks.devAws().atlas().mongoVersion()).isEqualTo("8.0");
        assertThat(TestStacks.devAws(Map.of("serverProVersion", "5.5.4", "pinnedImagesVersion", "5.5.4")).atlas().mongoVersion()).isEqualTo("6.0");
    }

    @Test
    void aPinnedDigestIsPartOfTheImageReference() {
        String digest = "sha256:" + "a".repeat(64);
        assertThat(TestStacks.dev(Map.of("serverProImageDigest", digest)).serverPro().image())
                .isEqualTo(ImageReference.of("quay.io/sharelatex/sharelatex-pro", "6.2.2").withDigest(digest));
    }

    @Test
    void everyProblemIsReportedInOneRun() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> TestStacks.dev(Map.of(
                "nodeCount", "1",
                "siteUrl", "http://x.example.edu",
                "instanceType", "t3.large",
                "vpcCidr", "bogus",
                "noncurrentVersionExpirationDays", "-4")));
        assertThat(error.problems()).extracting(ConfigProblem::key).containsExactlyInAnyOrder(
                "overleaf-ha:nodeCount", "overleaf-ha:siteUrl", "overleaf-ha:instanceType",
                "overleaf-ha:vpcCidr", "overleaf-ha:noncurrentVersionExpirationDays");
    }

    @Test
    void aSecretStoredInPlainTextIsRejectedWithoutShowingIt() {
        Map<String, String> values = new HashMap<>(TestStacks.devValues(Map.of()).values());
        values.put("overleaf-ha:smtpPassword", "hunter2-in-clear");
        ConfigValues plain = new ConfigValues("overleaf-ha", "dev", values, Set.of("overleaf-ha:registryPassword",
                "overleaf-ha:ldapBindPassword", "overleaf-ha:serverProSecretSettings"));
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> StackConfigLoader.load(plain));
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:smtpPassword");
            assertThat(problem.fix()).contains("pulumi config set --secret smtpPassword");
        });
        assertThat(error.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void aPlainTextSecretWithAnotherProblemIsStillHidden() {
        Map<String, String> values = new HashMap<>(TestStacks.devValues(Map.of()).values());
        values.put("overleaf-ha:smtpPassword", "hunter2\tleak");
        ConfigValues plain = new ConfigValues("overleaf-ha", "dev", values, Set.of("overleaf-ha:registryPassword",
                "overleaf-ha:ldapBindPassword", "overleaf-ha:serverProSecretSettings"));
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> StackConfigLoader.load(plain));
        assertThat(error.problems()).hasSize(2);
        assertThat(error.getMessage()).doesNotContain("hunter2").doesNotContain("leak");
    }

    @Test
    void secretValuesNeverAppearInProblems() {
        Map<String, String> values = new HashMap<>(TestStacks.devValues(Map.of()).values());
        values.put("overleaf-ha:smtpPort", "s3cr3t-port");
        ConfigValues secret = new ConfigValues("overleaf-ha", "dev", values, Set.of("overleaf-ha:smtpPort", "overleaf-ha:smtpPassword", "overleaf-ha:registryPassword"));
        assertThatThrownBy(() -> StackConfigLoader.load(secret))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("overleaf-ha:smtpPort")
                .hasMessageNotContaining("s3cr3t-port");
    }

    @Test
    void missingRequiredKeysAreEachNamed() {
        Map<String, String> values = new HashMap<>(TestStacks.devValues(Map.of()).values());
        values.keySet().removeAll(List.of("overleaf-ha:siteUrl", "overleaf-ha:adminEmail", "aws:region"));
        ConfigValues missing = new ConfigValues("overleaf-ha", "dev", values, Set.of("overleaf-ha:smtpPassword", "overleaf-ha:registryPassword"));
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> StackConfigLoader.load(missing));
        assertThat(error.problems()).extracting(ConfigProblem::key)
                .contains("overleaf-ha:siteUrl", "overleaf-ha:adminEmail", "aws:region");
        assertThat(error.problems()).allSatisfy(problem -> assertThat(problem.fix()).contains("pulumi config set"));
    }
}
