package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.infra.aws.RedisCache;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import io.github.overleafha.plan.TestPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RedisCacheTest {

    private static final String GROUP = "aws:elasticache/replicationGroup:ReplicationGroup";
    private static Plan plan;

    @BeforeAll
    static void plan() {
        plan = TestStacks.devPlan();
    }

    @Test
    void aPrimaryAndAReplicaInOtherZonesFailOverAutomatically() {
        PlannedResource group = plan.get(GROUP, "redis-group");
        assertThat(group.parent()).isEqualTo("redis");
        assertThat(group.text("engine")).isEqualTo("redis");
        assertThat(group.text("engineVersion")).isEqualTo("7.1");
        assertThat(group.text("nodeType")).isEqualTo("cache.t4g.medium");
        assertThat(group.input("numCacheClusters").asInt()).isEqualTo(2);
        assertThat(group.input("numNodeGroups").isMissingNode()).isTrue();
        assertThat(group.input("automaticFailoverEnabled").asBoolean()).isTrue();
        assertThat(group.input("multiAzEnabled").asBoolean()).isTrue();
        assertThat(group.input("preferredCacheClusterAzs")).extracting(JsonNode::asText)
                .containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(group.input("port").asInt()).isEqualTo(6379);
        assertThat(group.input("securityGroupIds")).extracting(JsonNode::asText).containsExactly("security-groups-redis-id");
        assertThat(group.text("subnetGroupName")).isEqualTo("redis-subnets");
        assertThat(group.text("parameterGroupName")).isEqualTo("redis-parameters");
        assertThat(group.input("applyImmediately").asBoolean()).isFalse();
    }

    @Test
    void replicasAreCountedBesideThePrimaryAndSpreadOverTheZones() {
        PlannedResource group = TestStacks.devPlan(Map.of("redisReplicas", "3")).get(GROUP, "redis-group");
        assertThat(group.input("numCacheClusters").asInt()).isEqualTo(4);
        assertThat(group.input("preferredCacheClusterAzs")).extracting(JsonNode::asText)
                .containsExactly("eu-west-1a", "eu-west-1b", "eu-west-1c", "eu-west-1a");
        assertThat(TestStacks.devPlan(Map.of("redisReplicas", "2")).get(GROUP, "redis-group")
                .input("numCacheClusters").asInt()).isEqualTo(3);
    }

    @Test
    void inAnExistingVpcElastiCacheChoosesTheZones() {
        PlannedResource group = TestStacks.devPlan(Map.of(
                "availabilityZones", "[]",
                "existingVpcId", "vpc-0123456789abcdef0",
                "existingPublicSubnetIds", "subnet-0000000000000000a,subnet-0000000000000000b",
                "existingPrivateSubnetIds", "subnet-0000000000000000c,subnet-0000000000000000d")).get(GROUP, "redis-group");
        assertThat(group.input("preferredCacheClusterAzs").isMissingNode()).isTrue();
        assertThat(group.input("multiAzEnabled").asBoolean()).isTrue();
    }

    @Test
    void redisIsProtectedAndLeavesAFinalSnapshotWhenDeleted() {
        PlannedResource group = plan.get(GROUP, "redis-group");
        assertThat(group.protect()).isTrue();
        assertThat(group.text("finalSnapshotIdentifier")).isEqualTo("overleaf-ha-dev-redis-final");
    }

    @Test
    void dataIsEncryptedAndSnapshottedDaily() {
        PlannedResource group = plan.get(GROUP, "redis-group");
        assertThat(group.input("atRestEncryptionEnabled").asBoolean()).isTrue();
        assertThat(group.input("transitEncryptionEnabled").asBoolean()).isTrue();
        assertThat(group.input("snapshotRetentionLimit").asInt()).isEqualTo(7);
        assertThat(group.text("snapshotWindow")).isEqualTo("02:00-03:00");
        assertThat(group.text("maintenanceWindow")).isEqualTo("sun:04:00-sun:05:00");
        assertThat(TestStacks.devPlan(Map.of("redisSnapshotRetentionDays", "30")).get(GROUP, "redis-group")
                .input("snapshotRetentionLimit").asInt()).isEqualTo(30);
    }

    @Test
    void withTlsAGeneratedAuthTokenGuardsRedisAndReachesNodesOnlyThroughTheSecretStore() {
        assertThat(plan.get(GROUP, "redis-group").text("authToken")).isEqualTo("[secret]");
        PlannedResource token = plan.get("random:index/randomPassword:RandomPassword", "redis-auth-token");
        // ElastiCache: 16-128 printable characters, none of / " @ %.
        assertThat(token.input("length").asInt()).isBetween(16, 128);
        assertThat(token.input("special").asBoolean()).isFalse();
        assertThat(plan.outputs().get("sharedSecretVariables")).extracting(JsonNode::asText)
                .contains("OVERLEAF_REDIS_PASS", "REDIS_PASSWORD");
    }

    @Test
    void bothPasswordVariablesHoldTheOneTokenAndTheFleetLearnsHowToConnect() {
        StackConfig config = TestStacks.dev();
        var redis = new AtomicReference<RedisCache>();
        TestPlans.run(config.project(), config.stack(), TestStacks.aws(config).network().region(), ctx -> redis.set(new RedisCache("redis",
                new RedisCache.Args(TestStacks.aws(config).redis(), TestStacks.aws(config).network(),
                        Output.of(List.of("subnet-a")), Output.of("sg-redis"), "overleaf-ha-dev-redis-final", true,
                        StackTags.of(config)), null)));
        Map<String, Output<String>> secrets = redis.get().secretEnvironment();
        assertThat(secrets).containsOnlyKeys("OVERLEAF_REDIS_PASS", "REDIS_PASSWORD");
        assertThat(secrets.get("OVERLEAF_REDIS_PASS")).isSameAs(secrets.get("REDIS_PASSWORD"));
        assertThat(redis.get().tls()).isTrue();
        assertThat(redis.get().port()).isEqualTo(6379);
    }

    @Test
    void withoutTlsThereIsNoTokenToSend() {
        Plan plain = TestStacks.devPlan(Map.of("serverProVersion", "5.4.1", "pinnedImagesVersion", "5.4.1", "redisTls", "false"));
        PlannedResource group = plain.get(GROUP, "redis-group");
        assertThat(group.input("transitEncryptionEnabled").asBoolean()).isFalse();
        assertThat(group.input("authToken").isMissingNode()).isTrue();
        assertThat(plain.where(r -> r.name().equals("redis-auth-token"))).isEmpty();
        assertThat(plain.outputs().get("sharedSecretVariables")).extracting(JsonNode::asText)
                .doesNotContain("OVERLEAF_REDIS_PASS", "REDIS_PASSWORD");
    }

    @Test
    void redisNeverEvictsAndTheParameterGroupMatchesTheEngine() {
        PlannedResource parameters = plan.get("aws:elasticache/parameterGroup:ParameterGroup", "redis-parameters");
        assertThat(parameters.text("family")).isEqualTo("redis7");
        assertThat(parameters.input("parameters")).hasSize(1);
        assertThat(parameters.text("parameters.0.name")).isEqualTo("maxmemory-policy");
        assertThat(parameters.text("parameters.0.value")).isEqualTo("noeviction");
        assertThat(TestStacks.devPlan(Map.of("redisEngineVersion", "6.2"))
                .get("aws:elasticache/parameterGroup:ParameterGroup", "redis-parameters").text("family")).isEqualTo("redis6.x");
    }

    @Test
    void redisLivesInThePrivateSubnets() {
        assertThat(plan.get("aws:elasticache/subnetGroup:SubnetGroup", "redis-subnets").input("subnetIds"))
                .extracting(JsonNode::asText).containsExactly(
                        "network-private-eu-west-1a-id", "network-private-eu-west-1b-id", "network-private-eu-west-1c-id");
    }

    @Test
    void thePrimaryEndpointAndPortAreStackOutputs() {
        assertThat(plan.outputs().get("redisPrimaryEndpoint").asText()).isEqualTo("master.redis-group.cache.amazonaws.com");
        assertThat(plan.outputs().get("redisPort").asInt()).isEqualTo(6379);
    }
}
