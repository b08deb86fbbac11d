package io.github.overleafha.infra;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.ConfigProblem;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The data outlives the stack when asked to: {@code retainDataOnDestroy} turns protection (the engine refuses to
 * delete or replace) into retention ({@code pulumi destroy} leaves the resource in the cloud), so a teardown needs
 * no {@code pulumi state delete}, which the CLI refuses for protected resources and for resources others depend on.
 */
class DataRetentionTest {

    /** Every resource holding data a site cannot rebuild. */
    private static final List<String> DATA = List.of("fleet-git-bridge", "mongo-cluster", "mongo-project",
            "registry-credentials-environment", "secret-store-environment", "storage-chunks", "storage-project-blobs",
            "storage-template-files", "storage-user-files");
    private static final List<String> DATA_TYPES = List.of("aws:ebs/volume:Volume",
            "mongodbatlas:index/advancedCluster:AdvancedCluster", "mongodbatlas:index/project:Project",
            "aws:secretsmanager/secret:Secret", "aws:s3/bucketV2:BucketV2");

    private static List<PlannedResource> data(Plan plan) {
        return plan.resources().stream().filter(r -> DATA.contains(r.name()) && DATA_TYPES.contains(r.type())).toList();
    }

    @Test
    void byDefaultTheDataIsProtectedAndNothingIsRetained() {
        Plan plan = TestStacks.devPlan();
        assertThat(data(plan)).hasSize(DATA.size()).allSatisfy(resource -> {
            assertThat(resource.protect()).as(resource.name()).isTrue();
            assertThat(resource.retainOnDelete()).as(resource.name()).isFalse();
        });
        assertThat(plan.resources()).noneMatch(PlannedResource::retainOnDelete);
    }

    @Test
    void retainDataOnDestroyRetainsExactlyTheDataAndProtectsNothing() {
        Plan plan = TestStacks.devPlan(Map.of("retainDataOnDestroy", "true"));
        assertThat(plan.resources().stream().filter(PlannedResource::retainOnDelete))
                .containsExactlyInAnyOrderElementsOf(data(plan)).hasSize(DATA.size());
        // pulumi destroy stops at any protected resource, so none may remain protected.
        assertThat(plan.resources()).noneMatch(PlannedResource::protect);
    }

    @Test
    void gitBridgeIsRestoredFromTheNamedSnapshot() {
        Plan plan = TestStacks.devPlan(Map.of("gitBridgeSnapshotId", "snap-0123456789abcdef0"));
        assertThat(plan.get("aws:ebs/volume:Volume", "fleet-git-bridge").text("snapshotId")).isEqualTo("snap-0123456789abcdef0");
        assertThat(TestStacks.devPlan().get("aws:ebs/volume:Volume", "fleet-git-bridge").text("snapshotId")).isNull();
    }

    @Test
    void aSnapshotIdMustBeOne() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class,
                () -> TestStacks.dev(Map.of("gitBridgeSnapshotId", "vol-0123456789abcdef0")));
        assertThat(error.problems()).extracting(ConfigProblem::key).containsExactly("overleaf-ha:gitBridgeSnapshotId");
    }
}
