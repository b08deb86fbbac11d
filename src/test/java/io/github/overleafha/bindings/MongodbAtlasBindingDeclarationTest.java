package io.github.overleafha.bindings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.bindings.mongodbatlas.AdvancedCluster;
import io.github.overleafha.bindings.mongodbatlas.AdvancedClusterArgs;
import io.github.overleafha.bindings.mongodbatlas.AlertConfiguration;
import io.github.overleafha.bindings.mongodbatlas.AlertConfigurationArgs;
import io.github.overleafha.bindings.mongodbatlas.DatabaseUser;
import io.github.overleafha.bindings.mongodbatlas.DatabaseUserArgs;
import io.github.overleafha.bindings.mongodbatlas.PrivateLinkEndpoint;
import io.github.overleafha.bindings.mongodbatlas.PrivateLinkEndpointArgs;
import io.github.overleafha.bindings.mongodbatlas.PrivateLinkEndpointService;
import io.github.overleafha.bindings.mongodbatlas.PrivateLinkEndpointServiceArgs;
import io.github.overleafha.bindings.mongodbatlas.Project;
import io.github.overleafha.bindings.mongodbatlas.ProjectArgs;
import io.github.overleafha.bindings.mongodbatlas.ProjectIpAccessList;
import io.github.overleafha.bindings.mongodbatlas.ProjectIpAccessListArgs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MongodbAtlasBindingDeclarationTest {

    private static final DeclarationCheck MONGODBATLAS = new DeclarationCheck("mongodbatlas-4.16.0");

    static Stream<Arguments> bindings() {
        return Stream.of(
                Arguments.of(Project.class, ProjectArgs.class),
                Arguments.of(AdvancedCluster.class, AdvancedClusterArgs.class),
                Arguments.of(DatabaseUser.class, DatabaseUserArgs.class),
                Arguments.of(PrivateLinkEndpoint.class, PrivateLinkEndpointArgs.class),
                Arguments.of(PrivateLinkEndpointService.class, PrivateLinkEndpointServiceArgs.class),
                Arguments.of(ProjectIpAccessList.class, ProjectIpAccessListArgs.class),
                Arguments.of(AlertConfiguration.class, AlertConfigurationArgs.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bindings")
    void bindingMatchesTheDeclarations(Class<?> resource, Class<?> args) {
        assertThat(MONGODBATLAS.problems(resource, args)).isEmpty();
    }

    @Test
    void pluginJsonNamesTheDeclaredVersion() throws IOException {
        try (var in = getClass().getResourceAsStream("/com/pulumi/mongodbatlas/plugin.json")) {
            assertThat(new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { }))
                    .isEqualTo(Map.of("resource", true, "name", "mongodbatlas", "version", MONGODBATLAS.version()));
        }
    }
}
