package io.github.overleafha.config;

import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The key catalogue: each key's target and value rule in Java, its default and description from Pulumi.yaml only,
 * and the source of the loader's range checks.
 */
class KeyCatalogueTest {

    private static final Path PULUMI_YAML = TestStacks.PROJECT_DIR.resolve("Pulumi.yaml");

    @Test
    void theDeclarationsAndPulumiYamlAgreeBothWays() {
        assertThat(KeyCatalogue.disagreements(ProjectFile.load(PULUMI_YAML))).isEmpty();
        assertThat(KeyCatalogue.all()).hasSize(ProjectFile.load(PULUMI_YAML).declarations().size());
    }

    @Test
    void eachKeysDefaultAndDescriptionAreThoseOfThePulumiYamlBundledAtBuild() throws IOException {
        try (InputStream bundled = ProjectFile.class.getResourceAsStream("Pulumi.yaml")) {
            assertThat(bundled).as("Pulumi.yaml bundled beside ProjectFile by pom.xml's resources").isNotNull();
            assertThat(bundled.readAllBytes()).isEqualTo(Files.readAllBytes(PULUMI_YAML));
        }
        ProjectFile.load(PULUMI_YAML).declarations().forEach((key, inFile) -> {
            KeyDeclaration declaration = KeyCatalogue.all().get(key.substring("overleaf-ha:".length()));
            assertThat(declaration.description()).as(key).isEqualTo(inFile.description());
            assertThat(declaration.defaultValue()).as(key)
                    .isEqualTo(Optional.ofNullable(inFile.defaultValue()).map(ProjectFile::asConfigText));
        });
        assertThat(KeyCatalogue.all().get("texLiveImages").defaultValue()).contains("[\"quay.io/sharelatex/texlive-full:2025.1\"]");
        assertThat(KeyCatalogue.all().get("siteUrl").defaultValue()).isEmpty();
    }

    @Test
    void aKeyOnOneSideOnlyAnotherTypeOrADefaultItsRuleRefusesIsFound(@TempDir Path dir) throws IOException {
        String file = Files.readString(PULUMI_YAML);
        String withoutNodeCount = file.replaceFirst("(?m)^  nodeCount:\\n(    .*\\n)+", "");
        assertThat(withoutNodeCount).isNotEqualTo(file);
        String edited = withoutNodeCount.replace("config:\n", "config:\n  nodeCuont:\n    type: integer\n    default: 3\n")
                .replace("    default: 587\n", "    default: 70000\n")
                .replace("    default: perAz\n", "    default: every\n")
                .replace("  redisTls:\n    type: boolean\n    default: true\n", "  redisTls:\n    type: string\n    default: yes please\n")
                .replaceFirst("(?m)^(  compileTimeoutSeconds:\\n    type: integer\\n)    default: 180\\n", "$1")
                .replaceFirst("(?m)^(  rootVolumeSizeGiB:\\n    type: integer\\n    default:) 30\\n", "$1 19\n");
        Files.writeString(dir.resolve("Pulumi.yaml"), edited);
        ProjectFile project = ProjectFile.load(dir.resolve("Pulumi.yaml"));

        List<String> expected = List.of(
                "nodeCuont: in Pulumi.yaml but not declared in KeyCatalogue",
                "nodeCount: declared in KeyCatalogue but missing from Pulumi.yaml",
                "smtpPort: default 70000 in Pulumi.yaml, but KeyCatalogue admits a whole number from 1 to 65535",
                "compileTimeoutSeconds: default (none) in Pulumi.yaml, but KeyCatalogue admits a whole number from 1 to 600",
                "rootVolumeSizeGiB: default 19 in Pulumi.yaml, but KeyCatalogue admits a whole number from 20 to 1000",
                "natGateways: default every in Pulumi.yaml, but KeyCatalogue admits one of: perAz, single",
                "redisTls: type boolean in KeyCatalogue, string in Pulumi.yaml",
                "redisTls: default yes please in Pulumi.yaml, but KeyCatalogue admits true or false");
        assertThat(KeyCatalogue.disagreements(project)).containsExactlyInAnyOrderElementsOf(expected);
        // The program never runs on declarations its rules refuse: no stand-in would be left for a wrong value.
        assertThatThrownBy(() -> KeyCatalogue.declarations(project)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Pulumi.yaml and KeyCatalogue disagree: ").hasMessageContaining(expected.get(2));
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
