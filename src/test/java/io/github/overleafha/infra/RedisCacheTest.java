package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.infra.aws.RedisCache;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlanRunner;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.text;
import static io.github.overleafha.plan.TestPlans.where;
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
        PlannedResource group = get(plan, GROUP, "redis-group");
        assertThat(group.parent()).isEqualTo("redis");
        assertThat(text(group, "engine")).isEqualTo("redis");
        assertThat(text(group, "engineVersion")).isEqualTo("7.1");
        assertThat(text(group, "nodeType")).isEqualTo("cache.t4g.medium");
        assertThat(input(group, "numCacheClusters").asInt()).isEqualTo(2);
        assertThat(input(group, "numNodeGroups").isMissingNode()).isTrue();
        assertThat(input(group, "automaticFailoverEnabled").asBoolean()).isTrue();
        assertThat(input(group, "multiAzEnabled").asBoolean()).isTrue();
        assertThat(input(group, "preferredCacheClusterAzs")).extracting(JsonNode::asText)
                .containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(input(group, "port").asInt()).isEqualTo(6379);
        assertThat(input(group, "securityGroupIds")).extracting(JsonNode::asText).containsExactly("security-groups-redis-id");
        assertThat(text(group, "subnetGroupName")).isEqualTo("redis-subnets");
        assertThat(text(group, "parameterGroupName")).isEqualTo("redis-parameters");
        assertThat(input(group, "applyImmediately").asBoolean()).isFalse();
    }

    @Test
    void replicasAreCountedBesideThePrimaryAndSpreadOverTheZones() {
        PlannedResource group = get(TestStacks.devPlan(Map.of("redisReplicas", "3")), GROUP, "redis-group");
        assertThat(input(group, "numCacheClusters").asInt()).isEqualTo(4);
        assertThat(input(group, "preferredCacheClusterAzs")).extracting(JsonNode::asText)
                .containsExactly("eu-west-1a", "eu-west-1b", "eu-west-1c", "eu-west-1a");
        assertThat(input(get(TestStacks.devPlan(Map.of("redisReplicas", "2")), GROUP, "redis-group"), "numCacheClusters").asInt()).isEqualTo(3);
    }

    @Test
    void inAnExistingVpcElastiCacheChoosesTheZones() {
        PlannedResource group = get(TestStacks.devPlan(Map.of(
                "availabilityZones", "[]",
                "existingVpcId", "vpc-0123456789abcdef0",
                "existingPublicSubnetIds", "subnet-0000000000000000a,subnet-0000000000000000b",
                "existingPrivateSubnetIds", "subnet-0000000000000000c,subnet-0000000000000000d")), GROUP, "redis-group");
        assertThat(input(group, "preferredCacheClusterAzs").isMissingNode()).isTrue();
        assertThat(input(group, "multiAzEnabled").asBoolean()).isTrue();
    }

    @Test
    void redisIsProtectedAndLeavesAFinalSnapshotWhenDeleted() {
        PlannedResource group = get(plan, GROUP, "redis-group");
        assertThat(group.protect()).isTrue();
        assertThat(text(group, "finalSnapshotIdentifier")).isEqualTo("overleaf-ha-dev-redis-final");
    }

    @Test
    void dataIsEncryptedAndSnapshottedDaily() {
        PlannedResource group = get(plan, GROUP, "redis-group");
        assertThat(input(group, "atRestEncryptionEnabled").asBoolean()).isTrue();
        assertThat(input(group, "transitEncryptionEnabled").asBoolean()).isTrue();
        assertThat(input(group, "snapshotRetentionLimit").asInt()).isEqualTo(7);
        assertThat(text(group, "snapshotWindow")).isEqualTo("02:00-03:00");
        assertThat(text(group, "maintenanceWindow")).isEqualTo("sun:04:00-sun:05:00");
        assertThat(input(get(TestStacks.devPlan(Map.of("redisSnapshotRetentionDays", "30")), GROUP, "redis-group"), "snapshotRetentionLimit").asInt()).isEqualTo(30);
    }

    @Test
    void withTlsAGeneratedAuthTokenGuardsRedisAndReachesNodesOnlyThroughTheSecretStore() {
        assertThat(text(get(plan, GROUP, "redis-group"), "authToken")).isEqualTo("[secret]");
        PlannedResource token = get(plan, "random:index/randomPassword:RandomPassword", "redis-auth-token");
        // ElastiCache: 16-128 printable characters, none of / " @ %.
        assertThat(input(token, "length").asInt()).isBetween(16, 128);
        assertThat(input(token, "special").asBoolean()).isFalse();
        assertThat(plan.outputs().get("sharedSecretVariables")).extracting(JsonNode::asText)
                .contains("OVERLEAF_REDIS_PASS", "REDIS_PASSWORD");
    }

    @Test
    void bothPasswordVariablesHoldTheOneTokenAndTheFleetLearnsHowToConnect() {
        StackConfig config = TestStacks.dev();
        var redis = new AtomicReference<RedisCache>();
        PlanRunner.run(config.project(), config.stack(), TestStacks.aws(config).network().region(), ctx -> redis.set(new RedisCache("redis",
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
        PlannedResource group = get(plain, GROUP, "redis-group");
        assertThat(input(group, "transitEncryptionEnabled").asBoolean()).isFalse();
        assertThat(input(group, "authToken").isMissingNode()).isTrue();
        assertThat(where(plain, r -> r.name().equals("redis-auth-token"))).isEmpty();
        assertThat(plain.outputs().get("sharedSecretVariables")).extracting(JsonNode::asText)
                .doesNotContain("OVERLEAF_REDIS_PASS", "REDIS_PASSWORD");
    }

    @Test
    void redisNeverEvictsAndTheParameterGroupMatchesTheEngine() {
        PlannedResource parameters = get(plan, "aws:elasticache/parameterGroup:ParameterGroup", "redis-parameters");
        assertThat(text(parameters, "family")).isEqualTo("redis7");
        assertThat(input(parameters, "parameters")).hasSize(1);
        assertThat(text(parameters, "parameters.0.name")).isEqualTo("maxmemory-policy");
        assertThat(text(parameters, "parameters.0.value")).isEqualTo("noeviction");
        assertThat(text(get(TestStacks.devPlan(Map.of("redisEngineVersion", "6.2")), "aws:elasticache/parameterGroup:ParameterGroup", "redis-parameters"), "family")).isEqualTo("redis6.x");
    }

    @Test
    void redisLivesInThePrivateSubnets() {
        assertThat(input(get(plan, "aws:elasticache/subnetGroup:SubnetGroup", "redis-subnets"), "subnetIds"))
                .extracting(JsonNode::asText).containsExactly(
                        "network-private-eu-west-1a-id", "network-private-eu-west-1b-id", "network-private-eu-west-1c-id");
    }

    @Test
    void thePrimaryEndpointAndPortAreStackOutputs() {
        assertThat(plan.outputs().get("redisPrimaryEndpoint").asText()).isEqualTo("master.redis-group.cache.amazonaws.com");
        assertThat(plan.outputs().get("redisPort").asInt()).isEqualTo(6379);
    }
}
