package io.github.overleafha.bindings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Value;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.Constants;
import com.pulumi.docker.ProviderArgs;
import com.pulumi.docker.inputs.ProviderRegistryAuthArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import io.github.overleafha.bindings.docker.DockerProvider;
import io.github.overleafha.bindings.docker.DockerProviderArgs;
import io.github.overleafha.bindings.mongodbatlas.AdvancedCluster;
import io.github.overleafha.bindings.mongodbatlas.AdvancedClusterArgs;
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
import io.github.overleafha.bindings.mongodbatlas.inputs.AdvancedClusterReplicationSpecArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AdvancedClusterReplicationSpecRegionConfigArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.DatabaseUserRoleArgs;
import io.github.overleafha.bindings.mongodbatlas.inputs.DatabaseUserScopeArgs;
import io.github.overleafha.bindings.random.RandomPassword;
import io.github.overleafha.bindings.random.RandomPasswordArgs;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What each binding sends to the engine when registered, on Pulumi's mock engine. */
class BindingRegistrationTest {

    private static final DeclarationCheck RANDOM = new DeclarationCheck("random-4.21.2");
    private static final DeclarationCheck MONGODBATLAS = new DeclarationCheck("mongodbatlas-4.16.0");

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void randomPasswordSendsItsInputsVersionAndSecretOutputs() {
        var engine = new RecordingEngine(Map.of(
                "random:index/randomPassword:RandomPassword", Map.of("result", "generated")));
        var result = engine.run(ctx -> {
            var parent = new ComponentResource("overleafha:test:Parent", "parent");
            new RandomPassword("session-secret", RandomPasswordArgs.builder()
                    .length(44).special(false)
                    .build(), CustomResourceOptions.builder().parent(parent).build());
        });

        var password = engine.registered("session-secret");
        assertThat(password.type()).isEqualTo("random:index/randomPassword:RandomPassword");
        assertThat(password.inputs()).containsOnlyKeys("length", "special");
        // Numbers reach the engine as doubles.
        assertThat(password.inputs()).containsEntry("length", 44.0).containsEntry("special", false);
        assertThat(password.version()).isEqualTo(RANDOM.version());
        assertThat(password.secretOutputs()).containsExactlyInAnyOrderElementsOf(RANDOM.secretOutputs(password.type()));
        assertThat(password.parentUrn()).contains("overleafha:test:Parent::parent");
        assertThat(PulumiTest.extractValue(the(RandomPassword.class, result).result())).isEqualTo("generated");
    }

    @Test
    void mongodbAtlasBindingsSendTheirInputsVersionAndSecrets() {
        var engine = new RecordingEngine(Map.of(
                "mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint",
                Map.of("privateLinkId", "pl-1", "endpointServiceName", "com.amazonaws.vpce.eu-west-1.vpce-svc-1"),
                "mongodbatlas:index/advancedCluster:AdvancedCluster",
                // Atlas answers properties the bindings leave out (standard, connectionString): ignored.
                Map.of("connectionStrings", Map.of(
                        "standard", "mongodb://public",
                        "standardSrv", "mongodb+srv://public",
                        "privateEndpoints", List.of(Map.of(
                                "connectionString", "mongodb://private",
                                "srvConnectionString", "mongodb+srv://private",
                                "endpoints", List.of(Map.of("endpointId", "vpce-1"))))))));
        var result = engine.run(ctx -> {
            var project = new Project("project", ProjectArgs.builder().orgId("org-1").name("overleaf").build(), null);
            new AdvancedCluster("cluster", AdvancedClusterArgs.builder()
                    .projectId(project.id())
                    .name("overleaf")
                    .clusterType("REPLICASET")
                    .mongoDbMajorVersion("8.0")
                    .backupEnabled(true)
                    .terminationProtectionEnabled(true)
                    .replicationSpecs(AdvancedClusterReplicationSpecArgs.builder()
                            .regionConfigs(AdvancedClusterReplicationSpecRegionConfigArgs.builder()
                                    .providerName("AWS")
                                    .regionName("EU_WEST_1")
                                    .priority(7)
                                    .electableSpecs(AdvancedClusterReplicationSpecRegionConfigElectableSpecsArgs.builder()
                                            .instanceSize("M10").nodeCount(3).build())
                                    .build())
                            .build())
                    .build(), null);
            new DatabaseUser("user", DatabaseUserArgs.builder()
                    .projectId(project.id())
                    .username("overleaf")
                    .password(Output.of("plain in the program"))
                    .authDatabaseName("admin")
                    .roles(DatabaseUserRoleArgs.builder().roleName("readWrite").databaseName("sharelatex").build())
                    .scopes(DatabaseUserScopeArgs.builder().name("overleaf").type("CLUSTER").build())
                    .build(), null);
            var privateLink = new PrivateLinkEndpoint("private-link", PrivateLinkEndpointArgs.builder()
                    .projectId(project.id()).providerName("AWS").region("eu-west-1").build(), null);
            new PrivateLinkEndpointService("private-link-service", PrivateLinkEndpointServiceArgs.builder()
                    .projectId(project.id())
                    .privateLinkId(privateLink.privateLinkId())
                    .endpointServiceId(Output.of("vpce-1"))
                    .providerName("AWS")
                    .build(), null);
            new ProjectIpAccessList("access", ProjectIpAccessListArgs.builder()
                    .projectId(project.id()).ipAddress(Output.of("10.0.0.5")).comment("NAT gateway").build(), null);
        });

        assertThat(engine.registered("project").inputs()).containsOnlyKeys("orgId", "name");

        var cluster = engine.registered("cluster").inputs();
        assertThat(cluster).containsOnlyKeys("projectId", "name", "clusterType", "mongoDbMajorVersion",
                "backupEnabled", "terminationProtectionEnabled", "replicationSpecs");
        assertThat(cluster).containsEntry("projectId", "project-id");
        var replicationSpec = only(cluster.get("replicationSpecs"));
        assertThat(keys(replicationSpec)).containsExactlyInAnyOrder("regionConfigs");
        var regionConfig = only(replicationSpec.get("regionConfigs"));
        assertThat(keys(regionConfig)).containsExactlyInAnyOrder("providerName", "regionName", "priority", "electableSpecs");
        assertThat(keys(regionConfig.get("electableSpecs"))).containsExactlyInAnyOrder("instanceSize", "nodeCount");

        var user = engine.registered("user");
        assertThat(user.inputs()).containsOnlyKeys(
                "projectId", "username", "password", "authDatabaseName", "roles", "scopes");
        assertThat(keys(only(user.inputs().get("roles")))).containsExactlyInAnyOrder("roleName", "databaseName");
        assertThat(keys(only(user.inputs().get("scopes")))).containsExactlyInAnyOrder("name", "type");
        assertThat(user.secretInputs()).containsExactly("password");

        assertThat(engine.registered("private-link").inputs()).containsOnlyKeys("projectId", "providerName", "region");
        assertThat(engine.registered("private-link-service").inputs())
                .containsOnlyKeys("projectId", "privateLinkId", "endpointServiceId", "providerName")
                .containsEntry("privateLinkId", "pl-1");
        assertThat(engine.registered("access").inputs()).containsOnlyKeys("projectId", "ipAddress", "comment");

        assertThat(engine.registrations()).allSatisfy((name, registration) -> {
            assertThat(registration.version()).as(name).isEqualTo(MONGODBATLAS.version());
            assertThat(registration.secretOutputs()).as(name)
                    .containsExactlyInAnyOrderElementsOf(MONGODBATLAS.secretOutputs(registration.type()));
        });

        var connectionStrings = PulumiTest.extractValue(the(AdvancedCluster.class, result).connectionStrings());
        assertThat(connectionStrings.standardSrv()).isEqualTo("mongodb+srv://public");
        var privateEndpoint = connectionStrings.privateEndpoints().get(0);
        assertThat(privateEndpoint.srvConnectionString()).isEqualTo("mongodb+srv://private");
        assertThat(privateEndpoint.endpoints().get(0).endpointId()).isEqualTo("vpce-1");
        assertThat(PulumiTest.extractValue(the(PrivateLinkEndpoint.class, result).endpointServiceName()))
                .isEqualTo("com.amazonaws.vpce.eu-west-1.vpce-svc-1");
    }

    @Test
    void dockerProviderSendsItsRegistryLoginAsOneSecretJsonText() throws Exception {
        var engine = new RecordingEngine(Map.of());
        engine.run(ctx -> new DockerProvider("registry-login",
                DockerProviderArgs.registryLogin("quay.io", "example+overleaf", Output.ofSecret("quay-password")), null));

        var provider = engine.registered("registry-login");
        assertThat(provider.type()).isEqualTo("pulumi:providers:docker");
        assertThat(provider.version()).isEqualTo(com.pulumi.docker.Utilities.getVersion());
        assertThat(provider.inputs()).containsOnlyKeys("registryAuth");
        assertThat(provider.secretInputs()).containsExactly("registryAuth");
        List<Map<String, String>> logins = new ObjectMapper().readValue((String) provider.inputs().get("registryAuth"),
                new TypeReference<>() { });
        assertThat(logins).containsExactly(Map.of(
                "address", "quay.io", "username", "example+overleaf", "password", "quay-password"));
        // The names the provider's schema gives them, as the published SDK declares them.
        assertThat(importNames(ProviderArgs.class)).contains("registryAuth");
        assertThat(importNames(ProviderRegistryAuthArgs.class)).contains("address", "username", "password");
    }

    private static Set<String> importNames(Class<?> args) {
        return Arrays.stream(args.getDeclaredFields())
                .map(field -> field.getAnnotation(Import.class))
                .filter(Objects::nonNull)
                .map(Import::name)
                .collect(Collectors.toSet());
    }

    private static <T extends Resource> T the(Class<T> type, TestResult result) {
        return result.resources().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The single element of a list of nested inputs, which the mock engine hands over as maps. */
    private static Map<?, ?> only(Object list) {
        assertThat(list).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement().isInstanceOf(Map.class);
        return (Map<?, ?>) ((List<?>) list).get(0);
    }

    /** The property names of a nested input, which the mock engine hands over as a map. */
    private static Set<Object> keys(Object nested) {
        assertThat(nested).isInstanceOf(Map.class);
        return Set.copyOf(((Map<?, ?>) nested).keySet());
    }

    /**
     * What one resource registration sent: the inputs as the provider would get them (from the mocks), and the
     * options and secret markers the engine would see (from the monitor, as {@link Mocks} is not shown them).
     */
    private record Registration(String type, Map<String, Object> inputs, String version, List<String> secretOutputs,
                        Set<String> secretInputs, String parentUrn) {
    }

    /** Pulumi's mock engine, recording each registration; mocked resources return their inputs plus given outputs. */
    private static final class RecordingEngine {
        private final Map<String, Map<String, Object>> outputsByType;
        private final Map<String, Map<String, Object>> inputsByName = new ConcurrentHashMap<>();
        private final Map<String, RegisterResourceRequest> requestsByName = new ConcurrentHashMap<>();

        RecordingEngine(Map<String, Map<String, Object>> outputsByType) {
            this.outputsByType = outputsByType;
        }

        TestResult run(Consumer<Context> stack) {
            Mocks mocks = args -> {
                inputsByName.put(args.name, args.inputs);
                var state = new HashMap<String, Object>(args.inputs);
                state.putAll(outputsByType.getOrDefault(args.type, Map.of()));
                return CompletableFuture.completedFuture(Mocks.ResourceResult.of(Optional.of(args.name + "-id"), state));
            };
            // What PulumiTest.withMocks(mocks) builds, plus a monitor that keeps each request: the mocks are not
            // shown a registration's version, secret outputs or parent.
            var result = PulumiTestInternal.builder()
                    .mocks(mocks)
                    .monitorDecorator(unused -> new MockMonitor(mocks, PulumiTestInternal.mockLog()) {
                        @Override
                        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(
                                Resource resource, RegisterResourceRequest request) {
                            requestsByName.put(request.getName(), request);
                            return super.registerResourceAsync(resource, request);
                        }
                    })
                    .build()
                    .runTest(stack);
            assertThat(result.exceptions()).isEmpty();
            assertThat(result.errors()).isEmpty();
            return result;
        }

        Registration registered(String name) {
            var request = requestsByName.get(name);
            assertThat(request).as("a registration named %s", name).isNotNull();
            var secretInputs = request.getObject().getFieldsMap().entrySet().stream()
                    .filter(field -> field.getValue().getStructValue().getFieldsMap()
                            .getOrDefault(Constants.SpecialSigKey, Value.getDefaultInstance())
                            .getStringValue().equals(Constants.SpecialSecretSig))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            return new Registration(request.getType(), inputsByName.get(name), request.getVersion(),
                    request.getAdditionalSecretOutputsList(), secretInputs, request.getParent());
        }

        /** Every custom resource registered, by name. */
        Map<String, Registration> registrations() {
            return requestsByName.values().stream()
                    .filter(RegisterResourceRequest::getCustom)
                    .collect(Collectors.toMap(RegisterResourceRequest::getName, r -> registered(r.getName())));
        }
    }
}
