package io.github.overleafha.bindings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.annotations.Import;
import io.github.overleafha.bindings.random.RandomPassword;
import io.github.overleafha.bindings.random.RandomPasswordArgs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class RandomBindingDeclarationTest {

    private static final DeclarationCheck RANDOM = new DeclarationCheck("random-4.21.2");
    private static final String TOKEN = "random:index/randomPassword:RandomPassword";

    /** The provider schema's RandomPassword entry, vendored (origin: src/test/resources/declarations/README.md). */
    private static final String SCHEMA = "/declarations/random-4.21.2/schema-randomPassword.json";

    @Test
    void randomPasswordMatchesTheDeclarations() {
        assertThat(RANDOM.problems(RandomPassword.class, RandomPasswordArgs.class)).isEmpty();
    }

    @Test
    void randomPasswordMatchesTheProviderSchema() throws IOException {
        JsonNode resource;
        try (var in = getClass().getResourceAsStream(SCHEMA)) {
            assertThat(in).as(SCHEMA).isNotNull();
            resource = new ObjectMapper().readTree(in).path("resources").path(TOKEN);
        }
        assertThat(resource.path("inputProperties").size()).as("the vendored schema entry").isGreaterThan(5);

        var imports = Arrays.stream(RandomPasswordArgs.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(Import.class))
                .map(field -> field.getAnnotation(Import.class))
                .toList();
        assertThat(imports).allSatisfy(in -> assertThat(resource.path("inputProperties").has(in.name()))
                .as(in.name()).isTrue());
        assertThat(imports.stream().filter(Import::required).map(Import::name))
                .containsExactlyInAnyOrderElementsOf(names(resource.path("requiredInputs")));

        var secretProperties = resource.path("properties").properties().stream()
                .filter(property -> property.getValue().path("secret").asBoolean())
                .map(Map.Entry::getKey);
        assertThat(secretProperties).containsExactlyInAnyOrderElementsOf(RANDOM.secretOutputs(TOKEN));
    }

    @Test
    void pluginJsonNamesTheDeclaredVersion() throws IOException {
        try (var in = getClass().getResourceAsStream("/com/pulumi/random/plugin.json")) {
            assertThat(new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { }))
                    .isEqualTo(Map.of("resource", true, "name", "random", "version", RANDOM.version()));
        }
    }

    private static Iterable<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
