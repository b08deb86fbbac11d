package io.github.overleafha.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** What the build embedded in the program: its version and the {@link SourceFingerprint} it was built from. */
public record BuildInfo(String version, String sourceFingerprint) {

    static final String RESOURCE = "/io/github/overleafha/build-info.properties";
    static final String VERSION = "version";
    static final String FINGERPRINT = "sourceFingerprint";
    static final String REBUILD = "mvn -B package -DskipTests";

    /** The embedded build info; absent when the classes were compiled without Maven (an IDE). */
    public static Optional<BuildInfo> embedded() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.of(new BuildInfo(properties.getProperty(VERSION, ""), properties.getProperty(FINGERPRINT, "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why this program must not run from {@code projectDir}: it was built from other sources than the ones there
     * (a {@code git pull} or an edit without a rebuild). Empty when they match, or when there are no sources to
     * compare with.
     */
    public Optional<String> staleAgainst(Path projectDir) {
        if (!SourceFingerprint.hasSources(projectDir)) {
            return Optional.empty();
        }
        if (SourceFingerprint.of(projectDir).equals(sourceFingerprint)) {
            return Optional.empty();
        }
        return Optional.of("This program (overleaf-ha " + version + ") was built from other sources than those in "
                + projectDir.toAbsolutePath().normalize() + " (pom.xml, Pulumi.yaml or src/main changed since the build), so it"
                + " would deploy what the working tree no longer says. Rebuild it: " + REBUILD + " (then run the"
                + " command again).");
    }
}
