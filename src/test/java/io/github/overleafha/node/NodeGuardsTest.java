package io.github.overleafha.node;

import io.github.overleafha.core.ImageReference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The boot spec's and user data's guards at their edges. Mutation testing (scripts/mutation.sh) showed each of
 * these could be deleted with every other test green.
 */
class NodeGuardsTest {

    private static NodeBootSpec follower(String serverProImage, String version, List<String> secretNames,
                                         SortedMap<String, String> environment) {
        return follower(ImageReference.parse(serverProImage).orElseThrow(), version, SampleSpecs.TEX_LIVE_IMAGES,
                secretNames, environment);
    }

    private static NodeBootSpec follower(ImageReference serverProImage, String version, List<String> texLiveImages,
                                         List<String> secretNames, SortedMap<String, String> environment) {
        NodeBootSpec sample = SampleSpecs.follower();
        return new NodeBootSpec(false, sample.region(), serverProImage, version, texLiveImages,
                sample.sharedSecretsName(), new TreeSet<>(secretNames), sample.registryCredentialsName(),
                sample.redisReplicationGroup(), environment,
                Optional.empty(), sample.migrationParameterName(), sample.logGroupName(), sample.followerGroupName(),
                sample.leaderGroupName(), sample.metricsNamespace());
    }

    // User data

    @Test
    void userDataOfExactlyTheEc2LimitIsAcceptedAndOneByteMoreIsNot() {
        int base = CloudConfigRenderer.size(SampleSpecs.leader(SampleSpecs.environment(Map.of("OVERLEAF_NAV_TITLE", "x"))));
        String fits = "x".repeat(1 + CloudConfigRenderer.USER_DATA_LIMIT_BYTES - base);
        NodeBootSpec atLimit = SampleSpecs.leader(SampleSpecs.environment(Map.of("OVERLEAF_NAV_TITLE", fits)));
        assertThat(CloudConfigRenderer.size(atLimit)).isEqualTo(CloudConfigRenderer.USER_DATA_LIMIT_BYTES);
        assertThat(CloudConfigRenderer.render(atLimit)).hasSize(CloudConfigRenderer.USER_DATA_LIMIT_BYTES);
        NodeBootSpec over = SampleSpecs.leader(SampleSpecs.environment(Map.of("OVERLEAF_NAV_TITLE", fits + "x")));
        assertThatThrownBy(() -> CloudConfigRenderer.render(over))
                .hasMessage("user data of the leader is 16385 bytes, above EC2's limit of 16384");
    }

    // The boot spec

    @Test
    void aServerProImageWhoseTagIsNotTheReleaseIsRefused() {
        assertThatThrownBy(() -> follower("quay.io/sharelatex/sharelatex-pro:6.2.1", "6.2.2",
                SampleSpecs.SHARED_SECRET_NAMES, SampleSpecs.environment(2)))
                .hasMessage("Server Pro image quay.io/sharelatex/sharelatex-pro:6.2.1 is not tagged with version 6.2.2");
    }

    @Test
    void aServerProImageTaggedLatestIsRefusedWhateverTheVersionSays() {
        assertThatThrownBy(() -> follower("quay.io/sharelatex/sharelatex-pro:latest", "latest",
                SampleSpecs.SHARED_SECRET_NAMES, SampleSpecs.environment(2)))
                .hasMessage("Server Pro image is not an image with a pinned tag: 'quay.io/sharelatex/sharelatex-pro:latest'");
    }

    @Test
    void secretAndVariableNamesMustBeShellVariableNames() {
        assertThatThrownBy(() -> follower("quay.io/sharelatex/sharelatex-pro:6.2.2", "6.2.2",
                List.of("WEB_API_PASSWORD", "MONGO URL"), SampleSpecs.environment(2)))
                .hasMessage("not a variable name: 'MONGO URL'");
        assertThatThrownBy(() -> follower("quay.io/sharelatex/sharelatex-pro:6.2.2", "6.2.2",
                SampleSpecs.SHARED_SECRET_NAMES, SampleSpecs.environment(Map.of("1ST_NODE", "true"))))
                .hasMessage("not a variable name: '1ST_NODE'");
    }

    @Test
    void aTexLiveImageThatIsNoImageReferenceIsRefused() {
        NodeBootSpec sample = SampleSpecs.follower();
        assertThatThrownBy(() -> follower(sample.serverProImage(), sample.serverProVersion(), List.of("TeX Live:2025"),
                SampleSpecs.SHARED_SECRET_NAMES, SampleSpecs.environment(2)))
                .hasMessage("not an image: 'TeX Live:2025'");
    }
}
