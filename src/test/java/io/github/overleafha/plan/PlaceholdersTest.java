package io.github.overleafha.plan;

import io.github.overleafha.ExitStatus;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.ConfigProblem;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.Placeholders;
import io.github.overleafha.config.StackConfigLoader;
import io.github.overleafha.plan.PlanCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.github.overleafha.plan.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The example stack files' stand-ins are recognisable, listed by plan, and block check and pulumi up. */
public class PlaceholdersTest {

    /** Everything in Pulumi.dev.yaml a user must replace, and nothing else. */
    public static final String DEV_PLACEHOLDERS = "adminEmail, alarmEmails, alarmTopicArn, atlasOrgId, bucketNamePrefix,"
            + " emailFromAddress, gitBridgeImageDigest, ldapBindDn, ldapBindPassword, ldapSearchBase, ldapUrl, nodeAmiId,"
            + " registryPassword, registryUsername, route53ZoneId, serverProImageDigest, serverProSecretSettings,"
            + " siteUrl, smtpPassword, smtpUser";

    @Test
    void planListsWhatToReplaceBeforePulumiUp() {
        Run run = run("plan", "--stack", "dev");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("replace before `pulumi up`: " + DEV_PLACEHOLDERS + " (");
    }

    @Test
    void checkFailsWhileAPlaceholderRemainsAndSaysHowToReplaceIt() {
        Run run = run("check", "--stack", "dev");
        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_CONFIG.code());
        assertThat(run.err()).contains("pulumi config set --stack dev nodeAmiId '<your value>'")
                .contains("pulumi config set --stack dev --secret registryPassword '<your value>'")
                .contains("overleaf-ha:registryPassword = \"[secret]\"");
        assertThat(run("check", "--stack", "local").status()).isEqualTo(ExitStatus.INVALID_CONFIG.code());
    }

    @Test
    void checkPassesOnceEveryPlaceholderIsReplaced(@TempDir Path dir) throws IOException {
        Files.copy(TestStacks.PROJECT_DIR.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.writeString(dir.resolve("Pulumi.uni.yaml"), """
                config:
                  aws:region: eu-west-1
                  overleaf-ha:siteUrl: https://overleaf.uni-a.ac.uk
                  overleaf-ha:adminEmail: overleaf@uni-a.ac.uk
                  overleaf-ha:availabilityZones: [eu-west-1a, eu-west-1b]
                  overleaf-ha:nodeAmiId: ami-0c1bc246476a5572b
                  overleaf-ha:route53ZoneId: Z1D633PJN98FT9
                  overleaf-ha:atlasOrgId: 62f0c0a1e4b0d3a1c2b3d4e5
                  overleaf-ha:registryUsername: uni-a+overleaf
                  overleaf-ha:serverProImageDigest: sha256:5f2b1f0a7c3e9d8b6a4c2e0f1d3b5a7c9e8f6d4b2a0c1e3f5d7b9a8c6e4f2d0b
                  overleaf-ha:gitBridgeImageDigest: sha256:0c4e8a2f6b1d5c9e3a7f0b4d8c2e6a1f5b9d3c7e0a4f8b2d6c1e5a9f3b7d0c4e
                  overleaf-ha:pinnedImagesVersion: 6.2.2
                  overleaf-ha:registryPassword:
                    secure: v1:qPb2wqPUp2dA8Tq0:0ZaWkGxO0qXK1m8n5Q==
                """);
        Run run = run("check", "--stack", "uni", "--dir", dir.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("stack uni is ready for pulumi up");
    }

    @Test
    void underTheEngineAPlaceholderIsAProblemBeforeAnythingIsDeclared() {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class,
                () -> StackConfigLoader.loadForDeployment(TestStacks.devValues(Map.of("nodeCount", "1"))));
        assertThat(error.problems()).extracting(ConfigProblem::key)
                .contains("overleaf-ha:nodeAmiId", "overleaf-ha:smtpPassword", "overleaf-ha:nodeCount");
    }

    @Test
    void placeholdersAreTheDocumentedShapesOnly() {
        assertThat(Placeholders.isPlaceholder("https://overleaf.example.edu")).isTrue();
        assertThat(Placeholders.isPlaceholder("AKIAEXAMPLESMTPUSER")).isTrue();
        assertThat(Placeholders.isPlaceholder("arn:aws:sns:eu-west-1:111122223333:alarms")).isTrue();
        assertThat(Placeholders.isPlaceholder("ami-00000000000000000")).isTrue();
        assertThat(Placeholders.isPlaceholder("Z00000000000000000000")).isTrue();
        assertThat(Placeholders.isPlaceholder("000000000000000000000000")).isTrue();
        assertThat(Placeholders.isPlaceholder("sha256:" + "0".repeat(64))).isTrue();
        assertThat(Placeholders.isPlaceholder("ami-0c1bc246476a5572b")).isFalse();
        assertThat(Placeholders.isPlaceholder("10.40.0.0/16")).isFalse();
        assertThat(Placeholders.isPlaceholder("0")).isFalse();
        assertThat(Placeholders.isPlaceholder("https://overleaf.uni-a.ac.uk")).isFalse();
    }
}
