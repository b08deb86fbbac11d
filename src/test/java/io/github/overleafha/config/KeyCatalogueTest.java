package io.github.overleafha.config;

import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The key catalogue: one declaration per key, equal to Pulumi.yaml's, and the source of the loader's range checks. */
class KeyCatalogueTest {

    private static final Path PULUMI_YAML = TestStacks.PROJECT_DIR.resolve("Pulumi.yaml");

    @Test
    void theDeclarationsAndPulumiYamlAgreeBothWays() {
        assertThat(KeyCatalogue.disagreements(ProjectFile.load(PULUMI_YAML))).isEmpty();
        assertThat(KeyCatalogue.all()).hasSize(ProjectFile.load(PULUMI_YAML).declarations().size());
    }

    @Test
    void aDeclarationMissingFromPulumiYamlOrAKeyDeclaredOnlyThereIsFound(@TempDir Path dir) throws IOException {
        String file = Files.readString(PULUMI_YAML);
        String withoutNodeCount = file.replaceFirst("(?m)^  nodeCount:\\n(    .*\\n)+", "");
        assertThat(withoutNodeCount).isNotEqualTo(file);
        String edited = withoutNodeCount.replace("config:\n", "config:\n  nodeCuont:\n    type: integer\n    default: 3\n")
                .replace("    default: 587\n", "    default: 25\n");
        Files.writeString(dir.resolve("Pulumi.yaml"), edited);

        assertThat(KeyCatalogue.disagreements(ProjectFile.load(dir.resolve("Pulumi.yaml")))).containsExactlyInAnyOrder(
                "nodeCuont: in Pulumi.yaml but not declared in KeyCatalogue",
                "nodeCount: declared in KeyCatalogue but missing from Pulumi.yaml",
                "smtpPort: default 587 in KeyCatalogue, 25 in Pulumi.yaml");
    }

    @Test
    void readingAKeyWithoutADeclarationIsAProgrammingErrorNamingTheKey() {
        ConfigReader in = new ConfigReader(TestStacks.devValues(Map.of()));
        assertThatThrownBy(() -> in.optional("nodeCuont")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("config key nodeCuont, which has no declaration");
        assertThatThrownBy(() -> in.integer("siteUrl")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("siteUrl is not declared a whole number");
    }

    @Test
    void everyRangeViolationIsReportedWithTheDeclarationsReasonAndRange() {
        KeyCatalogue.all().values().stream().filter(declaration -> declaration.values() instanceof KeyDeclaration.WholeNumber)
                .forEach(declaration -> {
                    var range = (KeyDeclaration.WholeNumber) declaration.values();
                    for (int outside : new int[] {range.min() - 1, range.max() + 1}) {
                        for (String stack : new String[] {"dev", "local"}) {
                            InvalidConfigException refused = catchThrowableOfType(InvalidConfigException.class,
                                    () -> StackConfigLoader.load(TestStacks.values(stack,
                                            Map.of(declaration.name(), String.valueOf(outside)))));
                            assertThat(refused).as("%s = %s on %s", declaration.name(), outside, stack).isNotNull();
                            assertThat(refused.problems()).as("%s = %s on %s", declaration.name(), outside, stack)
                                    .contains(new ConfigProblem("overleaf-ha:" + declaration.name(), String.valueOf(outside),
                                            range.why(), "write a whole number from " + range.min() + " to " + range.max()));
                        }
                    }
                });
    }

    @Test
    void everyKeyOfAStacksTargetIsReadAndTheOtherTargetsOnlyCheckedAgainstTheirDeclaration() {
        // Loading checks that its readers read every common key and every key of the target (else it throws).
        assertThat(StackConfigLoader.load(TestStacks.values("dev", Map.of())).target()).isInstanceOf(StackConfig.Aws.class);
        assertThat(StackConfigLoader.load(TestStacks.values("local", Map.of())).target()).isInstanceOf(StackConfig.Local.class);
        // The local stack never uses Atlas: its size is text to it, as the local image keys are to an AWS stack.
        assertThat(StackConfigLoader.load(TestStacks.values("local", Map.of("atlasInstanceSize", "M0"))).target())
                .isInstanceOf(StackConfig.Local.class);
        assertThat(StackConfigLoader.load(TestStacks.values("dev", Map.of("haproxyImage", "haproxy"))).target())
                .isInstanceOf(StackConfig.Aws.class);
        ConfigReader in = new ConfigReader(TestStacks.devValues(Map.of()));
        assertThatThrownBy(() -> in.checkUnreadKeys(KeyDeclaration.Scope.AWS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("config key target is declared COMMON, but the AWS stack's readers never read it");
    }

    @Test
    void aChoiceOutsideTheDeclaredWordsNamesThem() {
        InvalidConfigException refused = catchThrowableOfType(InvalidConfigException.class,
                () -> TestStacks.dev(Map.of("natGateways", "every")));
        assertThat(refused.problems()).containsExactly(new ConfigProblem("overleaf-ha:natGateways", "every",
                "it is not one of the known choices", "write one of: perAz, single"));
    }

    @Test
    void everyKeyAppliesToTheTargetItsDescriptionNames() {
        // Pulumi.yaml's descriptions start with "AWS:" for keys that mean nothing on the local stack.
        KeyCatalogue.all().values().stream().filter(declaration -> declaration.description().startsWith("AWS:"))
                .forEach(declaration -> assertThat(declaration.scope()).as(declaration.name())
                        .isEqualTo(KeyDeclaration.Scope.AWS));
        assertThat(KeyCatalogue.all().values().stream().map(KeyDeclaration::scope)).containsAll(Set.of(
                KeyDeclaration.Scope.COMMON, KeyDeclaration.Scope.AWS, KeyDeclaration.Scope.LOCAL));
    }
}
