package io.github.overleafha.infra;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.ConfigProblem;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlanDiff;
import io.github.overleafha.plan.PlanDiff.Change;
import io.github.overleafha.plan.PlanDiff.Step;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.ofType;
import static io.github.overleafha.plan.TestPlans.text;
import static io.github.overleafha.plan.TestPlans.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The data outlives the stack when asked to: {@code retainDataOnDestroy} turns protection (the engine refuses to
 * delete or replace) into retention ({@code pulumi destroy} leaves the resource in the cloud), so a teardown needs
 * no {@code pulumi state delete}, which the CLI refuses for protected resources and for resources others depend on.
 * A data bucket's settings (separate resources the engine deletes before their bucket) are kept as their bucket is,
 * so a retained bucket keeps them and a destroy that stops at a protected bucket has deleted none of them.
 */
class DataRetentionTest {

    /** Every resource holding data a site cannot rebuild (with a recovery region, the replicas too). */
    private static final List<String> DATA = List.of("fleet-git-bridge", "mongo-cluster", "mongo-project",
            "registry-credentials-environment", "secret-store-environment", "storage-chunks", "storage-project-blobs",
            "storage-template-files", "storage-user-files");
    private static final List<String> REPLICAS = List.of("storage-chunks-replica", "storage-project-blobs-replica",
            "storage-template-files-replica", "storage-user-files-replica");
    private static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    private static final List<String> DATA_TYPES = List.of("aws:ebs/volume:Volume",
            "mongodbatlas:index/advancedCluster:AdvancedCluster", "mongodbatlas:index/project:Project",
            "aws:secretsmanager/secret:Secret", BUCKET);
    /** What S3 keeps about a bucket beside its objects, each a resource naming the bucket. */
    private static final List<String> BUCKET_SETTINGS = List.of(
            "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
            "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
            "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
            "aws:s3/bucketVersioningV2:BucketVersioningV2",
            "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
            "aws:s3/bucketPolicy:BucketPolicy");
    private static final String REPLICATION_RULE = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";

    static Stream<Map<String, String>> regions() {
        return Stream.of(Map.of(), Map.of("recoveryRegion", "eu-central-1"));
    }

    private static Plan plan(Map<String, String> region, boolean retain) {
        Map<String, String> overrides = new HashMap<>(region);
        overrides.put("retainDataOnDestroy", String.valueOf(retain));
        return TestStacks.devPlan(overrides);
    }

    private static List<PlannedResource> data(Plan plan) {
        return plan.resources().stream().filter(r -> (DATA.contains(r.name()) || REPLICAS.contains(r.name()))
                && DATA_TYPES.contains(r.type())).toList();
    }

    /** The data and every setting of a data bucket. */
    private static List<PlannedResource> kept(Plan plan) {
        List<String> dataBuckets = data(plan).stream().filter(r -> r.type().equals(BUCKET)).map(r -> text(r, "bucket")).toList();
        return Stream.concat(data(plan).stream(), plan.resources().stream()
                .filter(r -> BUCKET_SETTINGS.contains(r.type()) && dataBuckets.contains(text(r, "bucket")))).toList();
    }

    @ParameterizedTest
    @MethodSource("regions")
    void byDefaultTheDataIsProtectedAndNothingIsRetained(Map<String, String> region) {
        Plan plan = plan(region, false);
        assertThat(data(plan)).hasSize(DATA.size() + (region.isEmpty() ? 0 : REPLICAS.size()));
        assertThat(kept(plan)).allSatisfy(resource -> {
            assertThat(resource.protect()).as(resource.type() + " " + resource.name()).isTrue();
            assertThat(resource.retainOnDelete()).as(resource.type() + " " + resource.name()).isFalse();
        });
        assertThat(plan.resources()).noneMatch(PlannedResource::retainOnDelete);
    }

    @ParameterizedTest
    @MethodSource("regions")
    void retainDataOnDestroyRetainsExactlyTheDataAndItsBucketsSettingsAndProtectsNothing(Map<String, String> region) {
        Plan plan = plan(region, true);
        assertThat(plan.resources().stream().filter(PlannedResource::retainOnDelete))
                .containsExactlyInAnyOrderElementsOf(kept(plan))
                .hasSize(DATA.size() + (region.isEmpty() ? 0 : REPLICAS.size()) * (1 + BUCKET_SETTINGS.size())
                        + 4 * BUCKET_SETTINGS.size());
        // pulumi destroy stops at any protected resource, so none may remain protected.
        assertThat(plan.resources()).noneMatch(PlannedResource::protect);
    }

    /**
     * Each data bucket has every setting, and each setting its bucket's options in both modes; but the replication
     * rule, which protects no data (deleting it only stops copying) and must go when the recovery region is turned
     * off: neither protected nor retained.
     */
    @ParameterizedTest
    @MethodSource("regions")
    void everySettingOfADataBucketIsKeptAsItsBucketButTheReplicationRule(Map<String, String> region) {
        for (boolean retain : List.of(false, true)) {
            Plan plan = plan(region, retain);
            List<PlannedResource> buckets = data(plan).stream().filter(r -> r.type().equals(BUCKET)).toList();
            assertThat(buckets).hasSize(region.isEmpty() ? 4 : 8);
            for (PlannedResource bucket : buckets) {
                List<PlannedResource> settings = where(plan, r -> !r.type().equals(BUCKET)
                        && text(bucket, "bucket").equals(text(r, "bucket")) && !r.type().equals(REPLICATION_RULE));
                assertThat(settings).as(bucket.name()).extracting(PlannedResource::type)
                        .containsExactlyInAnyOrderElementsOf(BUCKET_SETTINGS);
                assertThat(settings).allSatisfy(setting -> {
                    assertThat(setting.protect()).as(setting.type() + " " + setting.name()).isEqualTo(bucket.protect());
                    assertThat(setting.retainOnDelete()).as(setting.type() + " " + setting.name())
                            .isEqualTo(bucket.retainOnDelete());
                });
            }
            assertThat(ofType(plan, REPLICATION_RULE)).hasSize(region.isEmpty() ? 0 : 4)
                    .noneMatch(PlannedResource::protect).noneMatch(PlannedResource::retainOnDelete);
        }
    }

    /**
     * Protect and retainOnDelete live in the stack's state, not in any input: switching retainDataOnDestroy either
     * way changes no resource's inputs, so the engine plans no create, update, replace or delete, and the
     * {@code pulumi up} that follows changes nothing in the cloud (it writes the new flags to the state).
     */
    @ParameterizedTest
    @MethodSource("regions")
    void switchingRetainDataOnDestroyChangesNoInput(Map<String, String> region) {
        Map<String, Change> changes = PlanDiff.between(plan(region, false), plan(region, true));
        assertThat(changes.values()).allSatisfy(change -> assertThat(change.step())
                .as(change.type() + " " + change.name() + " " + change.changedInputs()).isEqualTo(Step.SAME));
        assertThat(changes.values()).filteredOn(change -> change.after().retainOnDelete()).isNotEmpty();
    }

    /**
     * Turning the recovery region off deletes the replicas with their settings, which are kept like all data:
     * protected (the preview refuses the change), or retained after retainDataOnDestroy (they leave the stack and stay
     * in AWS, the runbook's way). What holds no data goes in either mode: each replication rule (replication stops),
     * the role and its policies, the region's provider.
     */
    @Test
    void turningTheRecoveryRegionOffDeletesOnlyWhatHoldsNoDataUnlessTheReplicasAreRetained() {
        for (boolean retain : List.of(false, true)) {
            Plan with = plan(Map.of("recoveryRegion", "eu-central-1"), retain);
            List<PlannedResource> removed = PlanDiff.between(with, plan(Map.of(), retain)).values().stream()
                    .filter(change -> change.step() == Step.DELETE).map(change -> get(with, change.type(), change.name())).toList();
            assertThat(removed).filteredOn(r -> r.protect() || r.retainOnDelete())
                    .containsExactlyInAnyOrderElementsOf(kept(with).stream().filter(r -> r.name().endsWith("-replica")).toList())
                    .hasSize(REPLICAS.size() * (1 + BUCKET_SETTINGS.size()))
                    .allSatisfy(r -> assertThat(r.retainOnDelete()).as(r.type() + " " + r.name()).isEqualTo(retain));
            assertThat(removed).filteredOn(r -> !r.protect() && !r.retainOnDelete()).extracting(PlannedResource::type)
                    .containsExactlyInAnyOrder(REPLICATION_RULE, REPLICATION_RULE, REPLICATION_RULE, REPLICATION_RULE,
                            "aws:iam/rolePolicy:RolePolicy", "aws:iam/rolePolicy:RolePolicy",
                            "aws:iam/rolePolicy:RolePolicy", "aws:iam/rolePolicy:RolePolicy", "aws:iam/role:Role",
                            "pulumi:providers:aws");
        }
    }

    @Test
    void gitBridgeIsRestoredFromTheNamedSnapshot() {
        Plan plan = TestStacks.devPlan(Map.of("gitBridgeSnapshotId", "snap-0123456789abcdef0"));
        assertThat(text(get(plan, "aws:ebs/volume:Volume", "fleet-git-bridge"), "snapshotId")).isEqualTo("snap-0123456789abcdef0");
        assertThat(text(get(TestStacks.devPlan(), "aws:ebs/volume:Volume", "fleet-git-bridge"), "snapshotId")).isNull();
    }

    @Test
    void aSnapshotIdMustBeOne() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class,
                () -> TestStacks.dev(Map.of("gitBridgeSnapshotId", "vol-0123456789abcdef0")));
        assertThat(error.problems()).extracting(ConfigProblem::key).containsExactly("overleaf-ha:gitBridgeSnapshotId");
    }
}
