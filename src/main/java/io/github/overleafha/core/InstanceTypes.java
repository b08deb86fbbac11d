package io.github.overleafha.core;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which EC2 instance types carry local NVMe instance store, the fast local disk the guide demands for compiles.
 * General-purpose, compute and memory families have it when their attribute suffix contains {@code d}
 * (m6id, c6gd, r7gd, m5dn ...); storage-optimised families have it always.
 */
public final class InstanceTypes {

    private static final Pattern FORMAT = Pattern.compile("([a-z]+)(\\d+)([a-z-]*)\\.([a-z0-9]+)");
    private static final Set<String> STORAGE_OPTIMISED = Set.of("i3", "i3en", "i4i", "i4g", "i7i", "i7ie", "i8g", "im4gn", "is4gen");
    /** Families whose instance store is HDD (d2, d3, h1) or that have none despite a d: too slow or absent. */
    private static final Set<String> SERIES_WITHOUT_NVME = Set.of("d", "h");

    private InstanceTypes() {
    }

    public static boolean isWellFormed(String instanceType) {
        return FORMAT.matcher(instanceType).matches();
    }

    public static boolean hasNvmeInstanceStore(String instanceType) {
        Matcher m = FORMAT.matcher(instanceType);
        if (!m.matches()) {
            return false;
        }
        String series = m.group(1);
        String family = series + m.group(2) + m.group(3);
        if (STORAGE_OPTIMISED.contains(family)) {
            return true;
        }
        return !SERIES_WITHOUT_NVME.contains(series) && m.group(3).contains("d");
    }
}
