package io.github.overleafha.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The known name closest to a misspelt one, for "did you mean ...?" hints. */
public final class NearestName {

    private NearestName() {
    }

    /** The candidate with the smallest edit distance to {@code name}, ignoring case; ties go to the first. */
    public static Optional<String> in(Collection<String> candidates, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt(candidate -> editDistance(candidate.toLowerCase(Locale.ROOT), wanted)));
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
