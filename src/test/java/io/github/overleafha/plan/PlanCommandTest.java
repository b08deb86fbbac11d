package io.github.overleafha.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.App;
import io.github.overleafha.ExitStatus;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCommandTest {

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = App.commandLine().execute(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void jsonPlanHasTheDocumentedShapeAndHidesSecrets() throws Exception {
        Run run = run("plan", "--stack", "dev", "--format", "json");
        assertThat(run.status()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.path("project").asText()).isEqualTo("overleaf-ha");
        assertThat(plan.path("stack").asText()).isEqualTo("dev");
        assertThat(plan.path("resources")).isNotEmpty().allSatisfy(resource -> {
            assertThat(resource.has("type")).isTrue();
            assertThat(resource.has("name")).isTrue();
            assertThat(resource.has("parent")).isTrue();
            assertThat(resource.path("inputs").isObject()).isTrue();
        });
        assertThat(plan.path("outputs").path("siteUrl").asText()).isEqualTo("https://overleaf-dev.example.edu");
        assertThat(run.out()).contains("\"secretString\" : \"[secret]\"").doesNotContain("generated-at-deploy");
    }

    @Test
    void theSamePlanIsPrintedByteForByte() {
        assertThat(run("plan", "--stack", "dev", "--format", "json").out())
                .isEqualTo(run("plan", "--stack", "dev", "--format", "json").out());
        assertThat(run("plan", "--stack", "dev").out()).isEqualTo(run("plan", "--stack", "dev").out());
    }

    @Test
    void overridesAreSpeltAsInTheStackFile() throws Exception {
        Run run = run("plan", "--stack", "dev", "--format", "json", "--set", "overleaf-ha:bucketNamePrefix=acme-overleaf");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"bucket\" : \"acme-overleaf-chunks\"");
    }

    @Test
    void textPlanIsATreeOfComponents() {
        Run run = run("plan", "--stack", "dev");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("+ storage  (overleaf-ha:aws:ObjectStorage)")
                .contains("  + storage-chunks  (aws:s3/bucketV2:BucketV2)")
                .contains("outputs:");
    }

    @Test
    void badConfigExitsWithStatusTwoAndEveryMessage() {
        Run run = run("plan", "--stack", "dev", "--set", "overleaf-ha:nodeCount=1", "--set", "overleaf-ha:siteUrl=http://x.example.edu");
        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_CONFIG.code());
        assertThat(run.err()).contains("overleaf-ha:nodeCount = \"1\"").contains("overleaf-ha:siteUrl");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void userDataThatCouldNotFitExitsWithStatusTwoAndNoStackTrace() {
        Run run = run("plan", "--stack", "dev", "--set", "overleaf-ha:appName=" + "x".repeat(3000));
        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_CONFIG.code());
        assertThat(run.err()).contains("overleaf-ha:appName").contains("over EC2's limit").doesNotContain("\tat ");
    }

    @Test
    void aVersionChangeOutsideMaintenanceExitsWithStatusTwoAndTheProcedure() {
        Run run = run("plan", "--stack", "dev", "--migrated-version", "6.2.1");
        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_CONFIG.code());
        assertThat(run.err()).contains("overleaf-ha:serverProVersion = \"6.2.2\"", "set maintenance to true")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownStackIsReported() {
        Run run = run("plan", "--stack", "no-such-stack");
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("Pulumi.no-such-stack.yaml");
    }

    @Test
    void thePreviewOptionRejectsAnInvalidConfigurationBeforeRunningTheProgram() {
        Run run = run("plan", "--stack", "dev", "--preview", "--set", "overleaf-ha:nodeCount=1");
        assertThat(run.status()).isEqualTo(ExitStatus.INVALID_CONFIG.code());
        assertThat(run.err()).contains("overleaf-ha:nodeCount");
        assertThat(run.out()).isEmpty();
    }
}
