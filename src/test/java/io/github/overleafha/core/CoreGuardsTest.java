package io.github.overleafha.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core's limits tried at their edges, and the answers of its small types that {@link CoreTest} never asked
 * for: mutation testing (scripts/mutation.sh) showed each of these could change with every other test green.
 */
class CoreGuardsTest {

    private static Ipv4Cidr cidr(String text) {
        return Ipv4Cidr.parse(text).orElseThrow();
    }

    private static ServerProVersion version(String text) {
        return ServerProVersion.parse(text).orElseThrow();
    }

    // Server Pro releases

    @Test
    void releasesOfDifferentMajorsAreOrderedByTheMajor() {
        assertThat(version("5.9.9")).isLessThan(version("6.0.0"));
        assertThat(version("7.0.0")).isGreaterThan(version("6.9.9"));
        assertThat(version("6.2.1")).isLessThan(version("6.2.2"));
        assertThat(version("6.2.2")).isEqualByComparingTo(version(" 6.2.2 "));
        assertThat(version("5.0.3")).isEqualTo(ServerProVersion.OLDEST_SUPPORTED);
    }

    @Test
    void aReleasePrintsAsItsNumber() {
        assertThat(version("6.10.0")).hasToString("6.10.0");
        assertThat(ServerProVersion.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"5.0.3,5.0", "5.4.9,5.0", "5.5.0,6.0", "6.0.0,8.0", "7.1.0,8.0"})
    void eachReleaseNeedsItsMongoVersion(String release, String mongo) {
        assertThat(version(release).minimumMongoVersion()).isEqualTo(mongo);
    }

    // IPv4 networks

    @Test
    void theWidestAndNarrowestNetworksAndTheHighestOctetParse() {
        assertThat(cidr("10.0.0.255/32")).hasToString("10.0.0.255/32");
        assertThat(cidr("255.255.255.255/32").base()).isEqualTo(0xFFFFFFFFL);
        assertThat(cidr("0.0.0.0/0").prefix()).isZero();
        assertThat(Ipv4Cidr.parse("10.0.0.0/33")).isEmpty();
        assertThat(Ipv4Cidr.parse("10.0.256.0/24")).isEmpty();
        assertThat(Ipv4Cidr.parse(null)).isEmpty();
    }

    @Test
    void aNetworkIsBuiltOnlyWithAPrefixFrom0To32AndClearHostBits() {
        assertThat(new Ipv4Cidr(0x0A000001L, 32)).hasToString("10.0.0.1/32");
        assertThat(new Ipv4Cidr(0, 0)).hasToString("0.0.0.0/0");
        assertThatThrownBy(() -> new Ipv4Cidr(0, 33)).hasMessageContaining("0-32");
        assertThatThrownBy(() -> new Ipv4Cidr(0, -1)).hasMessageContaining("0-32");
        assertThatThrownBy(() -> new Ipv4Cidr(0x0A000001L, 24)).hasMessageContaining("host bits set in 10.0.0.1/24");
    }

    @Test
    void aNetworkContainsItselfAndOverlapsWhatContainsIt() {
        var vpc = cidr("10.40.0.0/16");
        assertThat(Cidrs.contains(vpc, vpc)).isTrue();
        assertThat(Cidrs.contains(vpc, cidr("10.0.0.0/8"))).isFalse();
        assertThat(Cidrs.overlaps(vpc, cidr("10.0.0.0/8"))).isTrue();
        assertThat(Cidrs.overlaps(cidr("10.0.0.0/8"), vpc)).isTrue();
    }

    @Test
    void subnetsReachFromTheNetworkItselfToSingleAddresses() {
        var vpc = cidr("10.40.0.0/16");
        assertThat(vpc.subnet(16, 0)).isEqualTo(vpc);
        assertThat(vpc.subnet(32, 65535)).hasToString("10.40.255.255/32");
        assertThatThrownBy(() -> vpc.subnet(15, 0)).hasMessageContaining("/15 does not fit in 10.40.0.0/16");
        assertThatThrownBy(() -> vpc.subnet(33, 0)).hasMessageContaining("/33 does not fit");
        assertThatThrownBy(() -> vpc.subnet(17, 2)).hasMessage("10.40.0.0/16 holds 2 /17 networks, not 3");
        assertThatThrownBy(() -> vpc.subnet(17, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLayoutHoldsOneToSixZones() {
        var vpc = cidr("10.40.0.0/16");
        var one = NetworkLayout.carve(vpc, 1);
        assertThat(one.privateSubnets()).containsExactly(cidr("10.40.0.0/19"));
        assertThat(one.publicSubnets()).containsExactly(cidr("10.40.224.0/22"));
        assertThatThrownBy(() -> NetworkLayout.carve(vpc, 0)).hasMessageContaining("1 to 6 zones, not 0");
        assertThatThrownBy(() -> NetworkLayout.carve(vpc, 7)).hasMessageContaining("not 7");
        assertThatThrownBy(() -> NetworkLayout.carve(cidr("10.0.0.0/15"), 2)).hasMessageContaining("/16 to /20");
        assertThatThrownBy(() -> NetworkLayout.carve(cidr("10.0.0.0/21"), 2)).hasMessageContaining("/16 to /20");
        assertThat(NetworkLayout.carve(cidr("10.0.0.0/20"), 2).publicSubnets()).extracting(Ipv4Cidr::prefix)
                .containsExactly(26, 26);
    }

    // Images and instance types

    @ParameterizedTest
    @CsvSource({"quay.io/sharelatex/sharelatex-pro,quay.io", "registry.example.edu:5000/overleaf,registry.example.edu:5000",
            "localhost/overleaf,localhost", "sharelatex/sharelatex,docker.io", "redis,docker.io",
            "registry:5000/overleaf,registry:5000"})
    void theRegistryIsTheFirstComponentWhenItIsAHost(String repository, String registry) {
        assertThat(ImageReference.parse(repository + ":1.0").orElseThrow().registry()).isEqualTo(registry);
    }

    @Test
    void aPinnedTagMayCarryTheDigestOfItsBits() {
        String digest = "@sha256:" + "c".repeat(64);
        assertThat(ImageReference.parse("quay.io/sharelatex/texlive-full:2025.1" + digest).orElseThrow().hasPinnedTag()).isTrue();
        assertThat(ImageReference.parse("redis:7.2" + digest).orElseThrow().tag()).contains("7.2");
        assertThat(ImageReference.parse("quay.io/sharelatex/texlive-full" + digest).orElseThrow().hasPinnedTag()).isFalse();
        assertThat(ImageReference.parse("registry:5000/texlive").orElseThrow().hasPinnedTag()).isFalse();
        assertThat(ImageReference.parse("texlive:a b")).isEmpty();
    }

    @Test
    void registryPortsGoUpTo65535() {
        assertThat(ImageReference.isRepository("registry.example.edu:65535/overleaf")).isTrue();
        assertThat(ImageReference.isRepository("registry.example.edu:65536/overleaf")).isFalse();
        assertThat(ImageReference.isRegistryHost("registry.example.edu:65535")).isTrue();
    }

    @Test
    void anImagesResourceNamePartKeepsLettersDigitsDotsAndHyphens() {
        assertThat(ImageReference.resourceNamePart("quay.io/sharelatex/texlive_full:2025.1"))
                .isEqualTo("quay.io-sharelatex-texlive-full-2025.1");
    }

    @ParameterizedTest
    @CsvSource({"m6id.xlarge,true", "i4i.large,true", "huge,false", "m6id,false", "M6id.xlarge,false"})
    void instanceTypesAreFamilyDotSize(String type, boolean wellFormed) {
        assertThat(InstanceTypes.isWellFormed(type)).isEqualTo(wellFormed);
        if (!wellFormed) {
            assertThat(InstanceTypes.hasNvmeInstanceStore(type)).isFalse();
        }
    }

    // The load balancer's timeouts

    @Test
    void theIdleTimeoutMayEqualTheCompileTimeoutButKeepAliveMustExceedIt() {
        var policy = EdgePolicy.forTimeouts(Duration.ofSeconds(600), Duration.ofSeconds(600));
        assertThat(policy.upstreamKeepAliveTimeout()).isEqualTo(Duration.ofSeconds(605));
        assertThatThrownBy(() -> new EdgePolicy(policy.stickinessCookieName(), policy.stickinessDuration(),
                policy.healthCheckPath(), policy.gitPathPrefix(), policy.maxRequestBodyBytes(), policy.compileTimeout(),
                policy.idleTimeout(), policy.idleTimeout(), policy.clientTimeout(), policy.connectTimeout(),
                policy.queueTimeout(), policy.tunnelTimeout(), policy.hstsHeaderValue()))
                .hasMessageContaining("must be longer than the balancer's idle timeout");
    }

    // Names of buckets, secrets and clients

    @Test
    void theFourBucketsAreNamedFromThePrefix() {
        assertThat(BucketRole.namesBySuffix("overleaf-prod")).containsExactly(
                Map.entry("chunks", "overleaf-prod-chunks"),
                Map.entry("project-blobs", "overleaf-prod-project-blobs"),
                Map.entry("template-files", "overleaf-prod-template-files"),
                Map.entry("user-files", "overleaf-prod-user-files"));
        assertThat(Stream.of(BucketRole.values()).map(BucketRole::suffix))
                .containsExactly("user-files", "template-files", "project-blobs", "chunks");
        var store = ServerProEnvironment.ObjectStore.withBuckets("eu-west-1", Optional.empty(), false, "p");
        assertThat(store).isEqualTo(new ServerProEnvironment.ObjectStore("eu-west-1", Optional.empty(), false,
                "p-user-files", "p-template-files", "p-project-blobs", "p-chunks"));
    }

    @Test
    void sharedSecretsKeepTheirResourceNames() {
        assertThat(Stream.of(SharedSecret.values()).map(SharedSecret::resourceName)).containsExactly(
                "web-api-password", "history-password", "crypto-random", "ot-jwt-auth-key", "invite-token-secret");
    }

    @Test
    void objectStoreClientsAreNamedInLowerCase() {
        assertThat(Stream.of(ObjectStoreClient.values()).map(ObjectStoreClient::id)).containsExactly("filestore", "history");
    }

    @Test
    void everySecretVariableIsKnownAsSecretAndNothingElseIs() {
        Set<String> shared = Stream.of(SharedSecret.values()).flatMap(secret -> secret.variables().stream())
                .collect(Collectors.toSet());
        assertThat(SecretVariables.all()).containsAll(shared).containsAll(SecretVariables.S3_KEYS)
                .contains("OVERLEAF_MONGO_URL", "OVERLEAF_REDIS_PASS", "REDIS_PASSWORD", "OVERLEAF_EMAIL_SMTP_PASS",
                        "OVERLEAF_LDAP_BIND_CREDENTIALS", "OVERLEAF_SAML_DECRYPTION_PVK")
                .hasSize(shared.size() + SecretVariables.S3_KEYS.size() + 6);
        assertThat(SecretVariables.all()).allMatch(SecretVariables::isSecret);
        assertThat(SecretVariables.isSecret("OVERLEAF_SITE_URL")).isFalse();
        assertThat(SecretVariables.isSecret("OVERLEAF_REDIS_HOST")).isFalse();
    }
}
