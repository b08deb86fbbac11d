package io.github.overleafha;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Each outcome of every command exits with a status of its own, and the README's table says which. */
class ExitStatusTest {

    @Test
    void everyOutcomeHasAStatusOfItsOwn() {
        assertThat(Arrays.stream(ExitStatus.values()).map(ExitStatus::code)).doesNotHaveDuplicates();
    }

    /** Scripts and the workflows read these three from the start. */
    @Test
    void theFirstStatusesStayWhereScriptsExpectThem() {
        assertThat(ExitStatus.OK.code()).isZero();
        assertThat(ExitStatus.MISSING_FILES.code()).isEqualTo(1);
        assertThat(ExitStatus.INVALID_CONFIG.code()).isEqualTo(2);
    }

    @Test
    void theReadmeListsEveryStatusWithItsOutcome() throws IOException {
        String readme = Files.readString(TestStacks.PROJECT_DIR.resolve("README.md"));
        String section = readme.substring(readme.indexOf("### Exit statuses"));
        Matcher row = Pattern.compile("^\\| `(\\d+)` \\| ([a-z ]+) \\|", Pattern.MULTILINE)
                .matcher(section.substring(0, section.indexOf("\n###")));
        List<String> listed = row.results().map(match -> match.group(1) + " " + match.group(2)).toList();
        assertThat(listed).containsExactly(Arrays.stream(ExitStatus.values())
                .map(status -> status.code() + " " + status.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .toArray(String[]::new));
    }

    /** picocli's own status for it (1) would pass for an unreadable file; ConfigSemanticsTest runs the usage errors. */
    @Test
    void anErrorNoCommandHandlesHasAStatusOfItsOwn() {
        assertThat(App.commandLine().getExitCodeExceptionMapper().getExitCode(new IllegalStateException("unexpected")))
                .isEqualTo(ExitStatus.UNHANDLED_ERROR.code());
    }

    /**
     * picocli catches only Exceptions: an Error (a StackOverflowError, an OutOfMemoryError, a NoClassDefFoundError of
     * a jar rebuilt under a running plan) left main uncaught, and the JVM's status for that is 1, an unreadable file's.
     */
    @Test
    void anErrorACommandThrowsIsAnUnhandledErrorToo() {
        CommandLine line = App.commandLine().addSubcommand("overflow", CommandSpec.wrapWithoutInspection(
                (Callable<Integer>) () -> {
                    throw new StackOverflowError("too deep");
                }));
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err, true));

        assertThat(line.execute("overflow")).isEqualTo(ExitStatus.UNHANDLED_ERROR.code());
        assertThat(err.toString()).contains("java.lang.StackOverflowError: too deep").contains("\tat ");
    }
}
