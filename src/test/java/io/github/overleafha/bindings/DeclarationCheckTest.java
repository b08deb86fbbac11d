package io.github.overleafha.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.ResourceArgs;
import io.github.overleafha.bindings.mongodbatlas.AdvancedCluster;
import io.github.overleafha.bindings.mongodbatlas.DatabaseUser;
import io.github.overleafha.bindings.random.RandomPassword;
import io.github.overleafha.bindings.random.RandomPasswordArgs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker must fail on the mistakes it is there to catch, or the binding tests prove nothing. */
class DeclarationCheckTest {

    private static final DeclarationCheck RANDOM = new DeclarationCheck("random-4.21.2");
    private static final DeclarationCheck MONGODBATLAS = new DeclarationCheck("mongodbatlas-4.16.0");

    static final class MisspeltPasswordArgs extends ResourceArgs {
        @Import(name = "lenght", required = true)
        Output<Integer> length;
    }

    @Test
    void failsOnAMisspeltProperty() {
        assertThat(RANDOM.problems(RandomPassword.class, MisspeltPasswordArgs.class))
                .anySatisfy(problem -> assertThat(problem).contains("RandomPasswordArgs: no property lenght"))
                .anySatisfy(problem -> assertThat(problem).contains("required length is not bound"));
    }

    static final class ClusterWithMisspeltNestedPropertyArgs extends ResourceArgs {
        @Import(name = "projectId", required = true)
        Output<String> projectId;
        @Import(name = "clusterType", required = true)
        Output<String> clusterType;
        @Import(name = "replicationSpecs", required = true)
        Output<List<AdvancedClusterReplicationSpecArgs>> replicationSpecs;
    }

    /** Named like the real nested args class, so the check looks it up as AdvancedClusterReplicationSpec. */
    static final class AdvancedClusterReplicationSpecArgs extends ResourceArgs {
        @Import(name = "regionConfig", required = true)
        Output<String> regionConfig;
    }

    @Test
    void failsOnAMisspeltNestedProperty() {
        assertThat(MONGODBATLAS.problems(AdvancedCluster.class, ClusterWithMisspeltNestedPropertyArgs.class))
                .containsExactlyInAnyOrder(
                        "types/input.d.ts: interface AdvancedClusterReplicationSpec: no property regionConfig"
                                + " (declared: [containerId, externalId, regionConfigs, zoneId, zoneName])",
                        "types/input.d.ts: interface AdvancedClusterReplicationSpec: required regionConfigs is not bound");
    }

    static final class UserWithScalarRolesArgs extends ResourceArgs {
        @Import(name = "roles", required = true)
        Output<String> roles;
    }

    @Test
    void failsOnAPropertyOfTheWrongShape() {
        assertThat(MONGODBATLAS.problems(DatabaseUser.class, UserWithScalarRolesArgs.class))
                .contains("databaseUser.d.ts: interface DatabaseUserArgs: roles is declared as inputs.DatabaseUserRole[]"
                        + " but bound as string");
    }

    @ResourceType(type = "random:index/randomPassword:RandomPasswd")
    static final class MisspeltClassName {
    }

    @Test
    void failsOnAWrongTypeToken() {
        assertThat(RANDOM.problems(MisspeltClassName.class, RandomPasswordArgs.class))
                .contains("random:index/randomPassword:RandomPasswd: randomPassword.js declares the type token"
                                + " random:index/randomPassword:RandomPassword",
                        "randomPassword.d.ts: class RandomPasswd: not found",
                        "randomPassword.d.ts: interface RandomPasswdArgs: not found");
    }
}
