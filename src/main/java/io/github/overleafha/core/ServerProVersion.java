package io.github.overleafha.core;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Server Pro release. Everything that differs between releases (variable names, required secrets,
 * the MongoDB it needs, which buckets the filestore reads) is asked of this type, not of version strings.
 */
public record ServerProVersion(int major, int minor, int patch) implements Comparable<ServerProVersion> {

    /** 5.0.3 renamed every variable to OVERLEAF_* and moved data to /var/lib/overleaf: older releases are not supported. */
    public static final ServerProVersion OLDEST_SUPPORTED = new ServerProVersion(5, 0, 3);

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    /** The release, or empty when the text is not MAJOR.MINOR.PATCH. */
    public static Optional<ServerProVersion> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ServerProVersion(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    public boolean atLeast(int major, int minor, int patch) {
        return compareTo(new ServerProVersion(major, minor, patch)) >= 0;
    }

    /** 6.0 dropped the user-files bucket: the filestore reads project blobs from the history blobs bucket. */
    public boolean readsUserFilesBucket() {
        return major < 6;
    }

    /** 6.0 reads OVERLEAF_TRUSTED_PROXY_IPS only; 5.x still needs OVERLEAF_BEHIND_PROXY. */
    public boolean needsBehindProxyFlag() {
        return major < 6;
    }

    /** Redis TLS works in web from 5.4.1 and in history from 5.5.1, so the whole install needs 5.5.1. */
    public boolean supportsRedisTls() {
        return atLeast(5, 5, 1);
    }

    /** The oldest MongoDB major version this release's start-up check accepts. */
    public String minimumMongoVersion() {
        if (major >= 6) {
            return "8.0";
        }
        return atLeast(5, 5, 0) ? "6.0" : "5.0";
    }

    @Override
    public int compareTo(ServerProVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
