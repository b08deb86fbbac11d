package io.github.overleafha.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoreTest {

    @Test
    void versionsCompareNumerically() {
        var v = ServerProVersion.parse("6.10.0").orElseThrow();
        assertThat(v).isGreaterThan(ServerProVersion.parse("6.2.2").orElseThrow());
        assertThat(ServerProVersion.parse("6.2")).isEmpty();
        assertThat(ServerProVersion.parse("v6.2.2")).isEmpty();
    }

    @Test
    void versionDrivesWhatServerProNeeds() {
        var v5 = ServerProVersion.parse("5.5.0").orElseThrow();
        var v6 = ServerProVersion.parse("6.1.0").orElseThrow();
        assertThat(v5.readsUserFilesBucket()).isTrue();
        assertThat(v6.readsUserFilesBucket()).isFalse();
        assertThat(v5.needsBehindProxyFlag()).isTrue();
        assertThat(v6.needsBehindProxyFlag()).isFalse();
        assertThat(v5.supportsRedisTls()).isFalse();
        assertThat(ServerProVersion.parse("5.5.1").orElseThrow().supportsRedisTls()).isTrue();
        assertThat(v6.minimumMongoVersion()).isEqualTo("8.0");
        assertThat(v5.minimumMongoVersion()).isEqualTo("6.0");
    }

    @Test
    void cidrsParseAndNest() {
        var vpc = Ipv4Cidr.parse("10.40.0.0/16").orElseThrow();
        assertThat(vpc.subnet(19, 1).toString()).isEqualTo("10.40.32.0/19");
        assertThat(Cidrs.contains(vpc, vpc.subnet(24, 255))).isTrue();
        assertThat(Cidrs.overlaps(vpc, Ipv4Cidr.parse("10.41.0.0/16").orElseThrow())).isFalse();
        assertThat(Ipv4Cidr.parse("10.40.0.1/16")).isEmpty();
        assertThat(Ipv4Cidr.parse("256.0.0.0/8")).isEmpty();
        assertThat(Ipv4Cidr.parse("0.0.0.0/0")).isPresent();
        assertThatThrownBy(() -> vpc.subnet(17, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.40.0.0/16", "172.16.0.0/18", "192.168.0.0/20"})
    void networkLayoutSubnetsNeverOverlapAndStayInTheVpc(String cidr) {
        var vpc = Ipv4Cidr.parse(cidr).orElseThrow();
        var layout = NetworkLayout.carve(vpc, NetworkLayout.MAX_ZONES);
        var all = new java.util.ArrayList<Ipv4Cidr>();
        all.addAll(layout.publicSubnets());
        all.addAll(layout.privateSubnets());
        for (int i = 0; i < all.size(); i++) {
            assertThat(Cidrs.contains(vpc, all.get(i))).isTrue();
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(Cidrs.overlaps(all.get(i), all.get(j))).as("%s vs %s", all.get(i), all.get(j)).isFalse();
            }
        }
        assertThat(layout.publicSubnets()).allSatisfy(subnet -> assertThat(subnet.prefix()).isLessThanOrEqualTo(27));
    }

    @ParameterizedTest
    @CsvSource({"m6id.xlarge,true", "c6gd.2xlarge,true", "r7gd.large,true", "m5dn.4xlarge,true", "i4i.xlarge,true",
            "i3.large,true", "m6i.xlarge,false", "t3.large,false", "d3.xlarge,false", "h1.2xlarge,false", "c7g.large,false"})
    void instanceStoreIsRecognisedByFamily(String type, boolean expected) {
        assertThat(InstanceTypes.hasNvmeInstanceStore(type)).isEqualTo(expected);
    }

    @Test
    void edgePolicyKeepsNginxKeepAliveAboveTheBalancersIdleTimeout() {
        var policy = EdgePolicy.forTimeouts(Duration.ofSeconds(180), Duration.ofSeconds(600));
        assertThat(policy.upstreamKeepAliveTimeout()).isGreaterThan(policy.idleTimeout());
        assertThatThrownBy(() -> EdgePolicy.forTimeouts(Duration.ofSeconds(600), Duration.ofSeconds(60)))
                .hasMessageContaining("shorter than the compile timeout");
    }

    @Test
    void everySharedSecretCarriesAtLeast256Bits() {
        assertThat(SharedSecret.LENGTH * Math.log(62) / Math.log(2)).isGreaterThanOrEqualTo(256);
        assertThat(SharedSecret.HISTORY_PASSWORD.variables()).containsExactly("STAGING_PASSWORD", "V1_HISTORY_PASSWORD");
    }

    @Test
    void eachObjectStoreClientsKeysAreTheSecretS3Variables() {
        var variables = new TreeSet<String>();
        for (ObjectStoreClient client : ObjectStoreClient.values()) {
            variables.add(client.accessKeyVariable());
            variables.add(client.secretKeyVariable());
        }
        assertThat(variables).isEqualTo(new TreeSet<>(SecretVariables.S3_KEYS));
        assertThat(ObjectStoreClient.HISTORY.buckets()).containsExactly(BucketRole.PROJECT_BLOBS, BucketRole.HISTORY_CHUNKS);
    }
}
