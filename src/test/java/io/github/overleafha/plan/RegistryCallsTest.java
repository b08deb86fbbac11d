package io.github.overleafha.plan;

import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import io.github.overleafha.OverleafStack;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which provider functions a stack invokes and which providers it configures: an AWS deploy must need neither a
 * Docker daemon nor a registry, so it configures no Docker provider and calls no Docker function.
 */
class RegistryCallsTest {

    private record Calls(Set<String> invoked, Set<String> registered) {
    }

    /** Runs the real stack function on the plan's mocks, noting every invoke token and resource type. */
    private static Calls calls(StackConfig config) {
        var mocks = new PlanMocks(PlanRunner.mockedRegion(config));
        Set<String> invoked = new ConcurrentSkipListSet<>();
        Set<String> registered = new ConcurrentSkipListSet<>();
        try {
            TestResult result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(config.project()).stackName(config.stack()).preview(true).build())
                    .mocks(new com.pulumi.test.Mocks() {
                        @Override
                        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                            registered.add(args.type);
                            return mocks.newResourceAsync(args);
                        }

                        @Override
                        public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
                            invoked.add(args.token);
                            return mocks.callAsync(args);
                        }
                    })
                    .build()
                    .runTest(ctx -> OverleafStack.define(ctx, config));
            assertThat(result.exceptions()).isEmpty();
            assertThat(result.errors()).isEmpty();
        } finally {
            PulumiTest.cleanup();
        }
        return new Calls(invoked, registered);
    }

    @Test
    void theAwsDevStackCallsNoRegistryAndConfiguresNoDockerProvider() {
        Calls calls = calls(TestStacks.dev());

        assertThat(calls.invoked()).isNotEmpty().noneMatch(token -> token.startsWith("docker:"));
        assertThat(calls.registered()).isNotEmpty().noneMatch(type -> type.startsWith("docker:")
                || type.equals("pulumi:providers:docker") || type.equals("pulumi:index:Stash"));
    }

    @Test
    void theLocalStackStillAsksItsRegistryThroughDockerWhenNoDigestIsPinned() {
        StackConfig local = TestStacks.local(Map.of());
        Calls unpinned = calls(local);
        assertThat(unpinned.invoked()).contains("docker:index/getRegistryImage:getRegistryImage");
        assertThat(unpinned.registered()).contains("pulumi:providers:docker");

        String digest = "sha256:" + "d".repeat(64);
        Calls pinned = calls(TestStacks.local(Map.of("serverProImageDigest", digest, "gitBridgeImageDigest", digest, "pinnedImagesVersion", "6.2.2")));
        assertThat(pinned.invoked()).noneMatch(token -> token.startsWith("docker:"));
        assertThat(List.copyOf(pinned.registered())).contains("pulumi:providers:docker");
    }
}
