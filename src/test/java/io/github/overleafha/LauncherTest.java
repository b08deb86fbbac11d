package io.github.overleafha;

import io.github.overleafha.plan.JvmFlags;
import io.github.overleafha.plan.PlanPrinter;
import io.github.overleafha.plan.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * bin/overleaf-ha changes how fast the program starts, never what it prints: the same bytes on standard output and
 * error and the same exit status as {@code java -jar}, with its class-data archive made once per jar, whole even when
 * two launches race to make it. Runs the launcher on a jar of the classes under test (the fat jar is only built after
 * the tests), whose manifest puts the dependencies' jars on the class path. That the flags change nothing a plan
 * prints is {@code PlanDeterminismTest}'s to prove: its child JVMs run with them.
 */
class LauncherTest {

    private static final Path LAUNCHER = TestStacks.PROJECT_DIR.resolve("bin").resolve("overleaf-ha");
    private static final List<String> DEV_JSON = List.of("plan", "--stack", "dev", "--format", "json");

    private record Run(int status, String out, String err) {

        /** The run without the program's own notice of the example stack files' placeholders: nothing else may show. */
        Run withoutPlaceholderNotice() {
            return new Run(status, out, err.lines().filter(line -> !line.startsWith("replace before `pulumi up`: "))
                    .map(line -> line + "\n").collect(Collectors.joining()));
        }
    }

    /**
     * The first launches after a build race to make the archive; both print the plan the program prints, and one
     * whole archive is left, the previous build's gone.
     */
    @Test
    void printsThePlanAndLeavesOneWholeArchiveWhenLaunchesRaceAfterARebuild(@TempDir Path dir) throws Exception {
        Path jar = jarOfClassesUnderTest(dir);
        Path previousBuild = Files.createDirectories(dir.resolve("cds")).resolve("overleaf-ha-1-2-3-4.jsa");
        Files.writeString(previousBuild, "an archive of an older jar");

        Process racing = start(jar, DEV_JSON);
        Process other = start(jar, DEV_JSON);

        var expected = new Run(0, PlanPrinter.json(TestPlans.plan(TestStacks.dev())), "");
        assertThat(finish(racing).withoutPlaceholderNotice()).isEqualTo(expected);
        assertThat(finish(other).withoutPlaceholderNotice()).isEqualTo(expected);
        try (Stream<Path> files = Files.list(dir.resolve("cds"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .singleElement(STRING)
                    .startsWith("overleaf-ha-").endsWith(".jsa").isNotEqualTo(previousBuild.getFileName().toString());
        }
    }

    @Test
    void passesEveryArgumentAndTheExitStatusThrough(@TempDir Path dir) throws Exception {
        Path jar = jarOfClassesUnderTest(dir);
        Run local = finish(start(jar, List.of("plan", "--stack", "local", "--set", "overleaf-ha:nodeCount=2"), "OVERLEAF_HA_CDS", "off"));
        assertThat(local.withoutPlaceholderNotice()).isEqualTo(new Run(0, PlanPrinter.text(TestPlans.plan(TestStacks.local(Map.of("nodeCount", "2")))), ""));

        Run invalid = finish(start(jar, List.of("plan", "--stack", "dev", "--set", "overleaf-ha:nodeCount=1"), "OVERLEAF_HA_CDS", "off"));
        assertThat(invalid.status()).isEqualTo(ExitStatus.INVALID_CONFIG.code());
        assertThat(invalid.out()).isEmpty();
        assertThat(invalid.err()).contains("overleaf-ha:nodeCount = \"1\"");
        assertThat(dir.resolve("cds")).as("no archive when it is switched off").doesNotExist();
    }

    @Test
    void saysHowToBuildAMissingJar(@TempDir Path dir) throws Exception {
        Run run = finish(start(dir.resolve("overleaf-ha.jar"), DEV_JSON));
        assertThat(run.status()).isEqualTo(ExitStatus.JAR_MISSING.code());
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("is missing").contains("mvn -q -B package -DskipTests");
    }

    @Test
    void saysWhereJavaIsMissing(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("overleaf-ha.jar"), "");
        for (String cds : List.of("on", "off")) {
            Run run = finish(start(jar, DEV_JSON, "JAVA_HOME", dir.resolve("no-jdk").toString(), "OVERLEAF_HA_CDS", cds));
            assertThat(run.status()).as(cds).isEqualTo(ExitStatus.JAVA_MISSING.code());
            assertThat(run.out()).as(cds).isEmpty();
            assertThat(run.err()).as(cds).isEqualTo("overleaf-ha: no " + dir.resolve("no-jdk/bin/java") + " to run the jar"
                    + " with: set JAVA_HOME to a Java 17 (or later) JDK, or put its java on PATH\n");
        }
    }

    @Test
    void readsTheFlagsTheTestsAndThePreviewUse() throws IOException {
        assertThat(Files.readString(LAUNCHER)).contains("$root/src/main/resources/jvm.options");
        assertThat(JvmFlags.flags()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .allMatch(flag -> flag.startsWith("-"));
        assertThat(JvmFlags.flags()).contains("-Djava.util.concurrent.ForkJoinPool.common.parallelism=2");
    }

    /**
     * The launcher starts the class the real jar's manifest names (pom.xml's mainClass) instead of reading the
     * manifest, so {@code java -jar} and the launcher run the same program only while the two agree.
     */
    @Test
    void startsTheMainClassThePomWritesIntoTheJarsManifest() throws Exception {
        Matcher named = Pattern.compile("(?m)^main_class=(\\S+)$").matcher(Files.readString(LAUNCHER));
        assertThat(named.find()).as("a main_class= line in bin/overleaf-ha").isTrue();
        String inPom = XPathFactory.newInstance().newXPath().evaluate("/project/properties/mainClass",
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(TestStacks.PROJECT_DIR.resolve("pom.xml").toFile()));
        assertThat(named.group(1)).isEqualTo(inPom).isEqualTo(App.class.getName());
    }

    /** The compiled main classes in a jar, with every dependency jar of this test run on its manifest class path. */
    private static Path jarOfClassesUnderTest(Path dir) throws IOException {
        Path classes = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        String dependencies = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .map(entry -> Path.of(entry).toUri().toString())
                .collect(Collectors.joining(" "));
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, App.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, dependencies);
        Path jar = dir.resolve("overleaf-ha.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Runs the launcher with {@code args} in the project directory, pointed at {@code jar}, with extra variables. */
    private static Process start(Path jar, List<String> args, String... environment) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(args);
        var builder = new ProcessBuilder(command).directory(TestStacks.PROJECT_DIR.toFile());
        builder.environment().remove("OVERLEAF_HA_CDS");
        builder.environment().put("OVERLEAF_HA_JAR", jar.toString());
        for (int i = 0; i < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        return builder.start();
    }

    private static Run finish(Process process) throws IOException, InterruptedException {
        var err = new StringBuilder();
        Thread errReader = new Thread(() -> err.append(read(process.getErrorStream())));
        errReader.start();
        String out = read(process.getInputStream());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        errReader.join();
        return new Run(process.exitValue(), out, err.toString());
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
