package io.github.overleafha.infra.local;

import com.pulumi.core.Output;
import com.pulumi.docker.Container;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.docker.inputs.ContainerLabelArgs;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A one-shot setup that exits with an error fails `pulumi up`, and nothing that needs it is created. */
class OneShotSetupTest {

    /** The Docker provider's view: an attached container is created whatever its exit code, which it reports. */
    private static final class ExitingMocks implements Mocks {
        final List<String> created = new CopyOnWriteArrayList<>();
        private final int initiationExitCode;

        ExitingMocks(int initiationExitCode) {
            this.initiationExitCode = initiationExitCode;
        }

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            Map<String, Object> state = new HashMap<>(args.inputs);
            if (Boolean.TRUE.equals(state.get("attach"))) {
                state.put("exitCode", initiationExitCode);
            }
            created.add(args.name);
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
        }
    }

    private static TestResult run(ExitingMocks mocks) {
        return PulumiTestInternal.builder()
                .options(TestOptions.builder().projectName("overleaf-ha").stackName("local").preview(false).build())
                .mocks(mocks)
                .build()
                .runTest(ctx -> {
                    var networkName = new LocalNetwork("network", "overleaf-ha-local", null).name();
                    var mongo = new MongoReplicaSet("mongo",
                            new MongoReplicaSet.Args("overleaf-ha-local-mongo", Output.of("mongo:8.0"), networkName), null);
                    new Container("consumer", ContainerArgs.builder()
                            .image("server-pro")
                            .labels(ContainerLabelArgs.builder().label(ServerProNodes.SETUP_LABEL).value(mongo.initiated()).build())
                            .build());
                });
    }

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void aFailedInitiationFailsTheRunAndNothingThatNeedsItIsCreated() {
        var mocks = new ExitingMocks(1);
        TestResult result = run(mocks);
        assertThat(result.exitCode()).isNotZero();
        assertThat(String.join(" ", result.errors()) + result.exceptions())
                .contains("mongo-replica-set-initiate exited with 1").contains("docker logs mongo-replica-set-initiate");
        assertThat(mocks.created).contains("mongo-initiate").doesNotContain("consumer");
    }

    @Test
    void aSuccessfulInitiationLetsTheConsumerStart() {
        var mocks = new ExitingMocks(0);
        TestResult result = run(mocks);
        assertThat(result.exitCode()).isZero();
        assertThat(mocks.created).contains("mongo-initiate", "consumer");
    }
}
