package io.github.overleafha.build;

import io.github.overleafha.App;
import io.github.overleafha.ExitStatus;
import io.github.overleafha.TestJvm;
import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A program built from other sources than the working tree's refuses to run, saying how to rebuild. */
class StaleBuildGuardTest {

    @TempDir
    Path checkout;

    private Path sources() throws IOException {
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Files.createDirectories(checkout.resolve("src/main/java"));
        Files.writeString(checkout.resolve("src/main/java/A.java"), "class A {}");
        return checkout;
    }

    @Test
    void theBuildEmbedsTheFingerprintOfTheTreeItWasBuiltFrom() {
        BuildInfo embedded = BuildInfo.embedded().orElseThrow(() -> new AssertionError(
                "no build-info.properties: the build (exec-maven-plugin, execution build-info) must write it"));
        assertThat(embedded.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(embedded.sourceFingerprint()).isEqualTo(SourceFingerprint.of(TestStacks.PROJECT_DIR));
        assertThat(embedded.staleAgainst(TestStacks.PROJECT_DIR)).isEmpty();
    }

    @Test
    void anyChangeToPomOrSourcesMakesTheBuildStale() throws IOException {
        BuildInfo build = new BuildInfo("1.0.0", SourceFingerprint.of(sources()));
        assertThat(build.staleAgainst(checkout)).isEmpty();

        Files.writeString(checkout.resolve("src/main/java/A.java"), "class A { int pulled; }");
        assertThat(build.staleAgainst(checkout)).hasValueSatisfying(message -> assertThat(message)
                .contains("built from other sources").contains("Rebuild it: mvn -B package -DskipTests"));

        BuildInfo rebuilt = new BuildInfo("1.0.0", SourceFingerprint.of(checkout));
        Files.writeString(checkout.resolve("src/main/java/B.java"), "class B {}");
        assertThat(rebuilt.staleAgainst(checkout)).isPresent();
        Files.delete(checkout.resolve("src/main/java/B.java"));
        Files.writeString(checkout.resolve("pom.xml"), "<project><version>2</version></project>");
        assertThat(rebuilt.staleAgainst(checkout)).isPresent();

        // The jar carries Pulumi.yaml (the keys' defaults and descriptions): an edit of it needs a rebuild too.
        BuildInfo withProjectFile = new BuildInfo("1.0.0", SourceFingerprint.of(checkout));
        Files.writeString(checkout.resolve("Pulumi.yaml"), "name: overleaf-ha\n");
        assertThat(withProjectFile.staleAgainst(checkout)).isPresent();
    }

    @Test
    void withoutSourcesBesideItTheJarRuns() {
        assertThat(new BuildInfo("1.0.0", "0".repeat(64)).staleAgainst(checkout)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "check"})
    void aCommandRefusesAStaleBuildWithTheFix(String command) throws IOException {
        staleCheckout();
        var err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = App.commandLine().execute(command, "--stack", "local", "--dir", checkout.toString());
        } finally {
            System.setErr(original);
        }
        assertThat(status).isEqualTo(ExitStatus.STALE_BUILD.code());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mvn -B package -DskipTests");
    }

    /** As the engine starts it (a resource monitor's address, no arguments): it stops before it dials the engine. */
    @Test
    void theProgramUnderTheEngineRefusesAStaleBuildWithTheFix() throws Exception {
        staleCheckout();
        ProcessBuilder builder = TestJvm.process(App.class).directory(checkout.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PULUMI_"));
        builder.environment().put("PULUMI_MONITOR", "127.0.0.1:1");
        Process program = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String err = new String(program.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(program.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(program.exitValue()).as(err).isEqualTo(ExitStatus.STALE_BUILD.code());
            assertThat(err).contains("mvn -B package -DskipTests").doesNotContain("\tat ");
        } finally {
            program.destroyForcibly().waitFor();
        }
    }

    private void staleCheckout() throws IOException {
        sources();
        Files.copy(TestStacks.PROJECT_DIR.resolve("Pulumi.yaml"), checkout.resolve("Pulumi.yaml"));
        Files.copy(TestStacks.PROJECT_DIR.resolve("Pulumi.local.yaml"), checkout.resolve("Pulumi.local.yaml"));
    }
}
