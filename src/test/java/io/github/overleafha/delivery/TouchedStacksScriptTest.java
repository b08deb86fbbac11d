package io.github.overleafha.delivery;

import io.github.overleafha.render.Commands;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code scripts/touched-stacks.sh} in a throwaway repository: two AWS stacks (dev, prod), the local Docker stack,
 * the project file and some code, then one commit per case.
 */
class TouchedStacksScriptTest {

    private static final Path SCRIPT = TestStacks.PROJECT_DIR.resolve("scripts/touched-stacks.sh");
    private static final String EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

    @TempDir
    Path repo;
    @TempDir
    Path outputs;
    private String base;

    private record Result(int exitCode, String out, String err) {
    }

    @BeforeEach
    void commitTheStartingPoint() throws Exception {
        git("init", "-q");
        write("Pulumi.yaml", "name: overleaf-ha\nruntime: java\n");
        write("Pulumi.dev.yaml", "config:\n  aws:region: eu-west-1\n");
        write("Pulumi.prod.yaml", "config:\n  overleaf-ha:target: aws\n");
        write("Pulumi.local.yaml", "config:\n  overleaf-ha:target: local\n  overleaf-ha:nodeCount: 3\n");
        write("pom.xml", "<project/>\n");
        write("src/main/java/App.java", "class App {}\n");
        base = commit("start");
    }

    @Test
    void aStackFileAloneTouchesThatStack() throws Exception {
        write("Pulumi.dev.yaml", "config:\n  aws:region: eu-west-2\n");

        assertThat(touched(base, commit("dev only"))).containsExactly("dev");
    }

    @Test
    void codeTouchesEveryAwsStack() throws Exception {
        write("src/main/java/App.java", "class App { int nodes; }\n");

        assertThat(touched(base, commit("code"))).containsExactly("dev", "prod");
    }

    @Test
    void theProjectFileIsNoStackFileAndTouchesEveryAwsStack() throws Exception {
        write("Pulumi.yaml", "name: overleaf-ha\nruntime: java\ndescription: changed\n");

        assertThat(touched(base, commit("project file"))).containsExactly("dev", "prod");
    }

    @Test
    void aStackFileBesideOtherChangesTouchesEveryAwsStack() throws Exception {
        write("Pulumi.dev.yaml", "config:\n  aws:region: eu-west-2\n");
        write("pom.xml", "<project><!-- changed --></project>\n");

        assertThat(touched(base, commit("dev and the build"))).containsExactly("dev", "prod");
    }

    @Test
    void theLocalStackIsNeverListed() throws Exception {
        write("Pulumi.local.yaml", "config:\n  overleaf-ha:target: local\n  overleaf-ha:nodeCount: 2\n");

        assertThat(touched(base, commit("local only"))).isEmpty();
    }

    @Test
    void aQuotedLocalTargetIsLocalToo() throws Exception {
        write("Pulumi.demo.yaml", "config:\n  overleaf-ha:target: \"local\"  # one Docker host\n");

        assertThat(touched(base, commit("another local stack"))).isEmpty();
    }

    @Test
    void aNewStackIsTouchedAndADeletedOneIsGone() throws Exception {
        write("Pulumi.staging.yaml", "config:\n  aws:region: eu-central-1\n");
        git("rm", "-q", "Pulumi.prod.yaml");

        assertThat(touched(base, commit("staging replaces prod"))).containsExactly("staging");
    }

    @Test
    void fromTheEmptyTreeEveryAwsStackIsListed() throws Exception {
        assertThat(touched(EMPTY_TREE, base)).containsExactly("dev", "prod");
    }

    @Test
    void noChangeTouchesNothing() throws Exception {
        assertThat(touched(base, base)).isEmpty();
    }

    @Test
    void withoutTwoCommitsItSaysHowToCallIt() throws Exception {
        Result result = run("bash", SCRIPT.toString(), base);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("usage:", "<base-sha> <head-sha>");
    }

    @Test
    void anUnknownCommitFailsRatherThanListingNothing() throws Exception {
        Result result = run("bash", SCRIPT.toString(), "0".repeat(40), base);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void shellcheckFindsNothing() throws Exception {
        Result result = run(shellcheck().toString(), SCRIPT.toString());

        assertThat(result.exitCode()).as(result.out()).isZero();
    }

    private static Path shellcheck() {
        return Commands.requireTool("shellcheck", "shellcheck");
    }

    private List<String> touched(String from, String to) throws Exception {
        Result result = run("bash", SCRIPT.toString(), from, to);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).endsWith("\n");
        return new ObjectMapper().readValue(result.out(), new TypeReference<>() {
        });
    }

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String commit(String message) throws Exception {
        git("add", "-A");
        git("commit", "-q", "-m", message);
        return git("rev-parse", "HEAD").out().strip();
    }

    private Result git(String... arguments) throws Exception {
        Result result = run(Stream.concat(Stream.of("git"), Stream.of(arguments)).toArray(String[]::new));
        assertThat(result.exitCode()).as("git %s: %s", String.join(" ", arguments), result.err()).isZero();
        return result;
    }

    /** Runs in the throwaway repository, with no user or system git configuration to depend on. */
    private Result run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
        Map<String, String> env = builder.environment();
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_AUTHOR_NAME", "test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.invalid");
        env.put("GIT_COMMITTER_NAME", "test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.invalid");
        Path out = Files.createTempFile(outputs, "out", ".txt");
        Path err = Files.createTempFile(outputs, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("%s did not finish within 30 s", String.join(" ", command));
        }
        return new Result(process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
