package io.github.overleafha.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
import static io.github.overleafha.plan.TestPlans.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Optional cross-region replication of the four buckets, off by default. */
class RecoveryRegionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SUFFIXES = List.of("user-files", "template-files", "project-blobs", "chunks");

    @Test
    void offByDefault() {
        Plan dev = TestStacks.devPlan();
        assertThat(ofType(dev, "pulumi:providers:aws")).isEmpty();
        assertThat(ofType(dev, "aws:s3/bucketReplicationConfig:BucketReplicationConfig")).isEmpty();
        assertThat(where(dev, r -> r.name().endsWith("-replica"))).isEmpty();
        assertThat(input(get(dev, "aws:dlm/lifecyclePolicy:LifecyclePolicy", "fleet-snapshots"), "policyDetails.schedules.0.crossRegionCopyRules")).isEmpty();
    }

    @Test
    void eachBucketReplicatesEveryVersionAndDeleteMarkerToAProtectedReplicaInTheRecoveryRegion() throws Exception {
        Plan plan = TestStacks.devPlan(Map.of("recoveryRegion", "eu-central-1"));
        PlannedResource provider = get(plan, "pulumi:providers:aws", "recovery-region");
        assertThat(text(provider, "region")).isEqualTo("eu-central-1");
        for (String suffix : SUFFIXES) {
            String bucket = "example-edu-overleaf-dev-" + suffix;
            PlannedResource replica = get(plan, "aws:s3/bucketV2:BucketV2", "storage-" + suffix + "-replica");
            assertThat(text(replica, "bucket")).isEqualTo(bucket + "-replica");
            assertThat(replica.protect()).isTrue();
            assertThat(text(get(plan, "aws:s3/bucketVersioningV2:BucketVersioningV2", "storage-" + suffix + "-replica"), "versioningConfiguration.status")).isEqualTo("Enabled");
            PlannedResource rule = get(plan, "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
                    "storage-" + suffix + "-replication");
            assertThat(text(rule, "bucket")).isEqualTo(bucket);
            assertThat(text(rule, "rules.0.status")).isEqualTo("Enabled");
            assertThat(text(rule, "rules.0.deleteMarkerReplication.status")).isEqualTo("Enabled");
            assertThat(text(rule, "rules.0.destination.bucket")).isEqualTo("arn:aws:s3:::" + bucket + "-replica");
            JsonNode policy = JSON.readTree(text(get(plan, "aws:iam/rolePolicy:RolePolicy", "storage-" + suffix + "-replication"), "policy"));
            assertThat(policy.path("Statement").get(2).path("Resource").get(0).asText()).isEqualTo("arn:aws:s3:::" + bucket + "-replica/*");
            assertThat(policy.path("Statement").get(2).path("Action")).extracting(JsonNode::asText)
                    .containsExactly("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags");
        }
        PlannedResource snapshots = get(plan, "aws:dlm/lifecyclePolicy:LifecyclePolicy", "fleet-snapshots");
        assertThat(text(snapshots, "policyDetails.schedules.0.crossRegionCopyRules.0.target")).isEqualTo("eu-central-1");
        assertThat(input(snapshots, "policyDetails.schedules.0.crossRegionCopyRules.0.encrypted").asBoolean()).isTrue();
        assertThat(input(snapshots, "policyDetails.schedules.0.crossRegionCopyRules.0.retainRule.interval").asInt()).isEqualTo(
                input(snapshots, "policyDetails.schedules.0.retainRule.count").asInt());
        assertThat(text(snapshots, "policyDetails.schedules.0.crossRegionCopyRules.0.retainRule.intervalUnit")).isEqualTo("DAYS");
        JsonNode trust = JSON.readTree(text(get(plan, "aws:iam/role:Role", "storage-replication"), "assumeRolePolicy"));
        assertThat(trust.path("Statement").get(0).path("Principal").path("Service").asText()).isEqualTo("s3.amazonaws.com");
    }

    /**
     * The replicas are S3 replication's only: no policy a node holds names them (the nodes use the sources, which S3
     * replicates; a recovery stack has buckets of its own), and only the replication role may write them.
     */
    @Test
    void noNodeReachesTheReplicasOnlyReplicationWritesThem() {
        Plan plan = TestStacks.devPlan(Map.of("recoveryRegion", "eu-central-1"));
        // The nodes' roles hold managed policies only (bucket access, secrets, operations), none naming a replica ...
        assertThat(ofType(plan, "aws:iam/policy:Policy")).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(policy -> assertThat(text(policy, "policy")).as(policy.name()).doesNotContain("-replica"));
        // ... and the only inline policies naming one are replication's.
        assertThat(ofType(plan, "aws:iam/rolePolicy:RolePolicy")).filteredOn(p -> text(p, "policy").contains("-replica"))
                .extracting(PlannedResource::name).containsExactlyInAnyOrderElementsOf(
                        SUFFIXES.stream().map(suffix -> "storage-" + suffix + "-replication").toList());
    }

    @Test
    void theRecoveryRegionMustBeAnotherRegionAndTheReplicaNamesMustFit() {
        assertThatThrownBy(() -> TestStacks.dev(Map.of("recoveryRegion", "eu-west-1")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("overleaf-ha:recoveryRegion")
                .hasMessageContaining("stack's own region");
        assertThatThrownBy(() -> TestStacks.dev(Map.of("recoveryRegion", "Frankfurt")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("not an AWS region code");
        assertThatThrownBy(() -> TestStacks.dev(Map.of("recoveryRegion", "eu-central-1",
                "bucketNamePrefix", "a-very-long-bucket-name-prefix-for-overleaf-x")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("overleaf-ha:bucketNamePrefix")
                .hasMessageContaining("40 characters or fewer");
        assertThatThrownBy(() -> TestStacks.local(Map.of("recoveryRegion", "eu-central-1")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("no second region");
    }
}
