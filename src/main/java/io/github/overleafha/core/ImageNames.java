package io.github.overleafha.core;

import java.util.regex.Pattern;

/** Container image references as Docker spells them. */
public final class ImageNames {

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String REGISTRY = "(?:[a-zA-Z0-9.-]+(?::\\d+)?/)?";
    private static final Pattern REPOSITORY = Pattern.compile(REGISTRY + COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST_SUFFIX = Pattern.compile("@sha256:[0-9a-f]{64}$");

    private ImageNames() {
    }

    /** A repository without tag or digest, e.g. {@code quay.io/sharelatex/sharelatex-pro}. */
    public static boolean isRepository(String text) {
        return REPOSITORY.matcher(text).matches();
    }

    /** The registry host a repository lives on; Docker Hub when the first component is not a host name. */
    public static String registry(String repository) {
        int slash = repository.indexOf('/');
        if (slash < 0) {
            return "docker.io";
        }
        String first = repository.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : "docker.io";
    }

    /**
     * The part of a resource name that stands for an image: every run of characters other than letters, digits,
     * {@code .} and {@code -} becomes one {@code -}. Distinct references can meet here ({@code texlive-full} and
     * {@code texlive_full}), so the configuration is checked for that before anything is declared.
     */
    public static String resourceNamePart(String reference) {
        return reference.replaceAll("[^A-Za-z0-9.-]+", "-");
    }

    /** The reference without a trailing {@code @sha256:} digest. */
    public static String withoutDigest(String reference) {
        return DIGEST_SUFFIX.matcher(reference).replaceFirst("");
    }

    /**
     * A repository with an explicit tag other than {@code latest}, which would move under the stack, optionally
     * followed by the digest of exactly those bits.
     */
    public static boolean isPinnedTag(String reference) {
        String text = withoutDigest(reference);
        int colon = text.lastIndexOf(':');
        if (colon < 0 || text.indexOf('/', colon) >= 0) {
            return false;
        }
        String tag = text.substring(colon + 1);
        return isRepository(text.substring(0, colon)) && TAG.matcher(tag).matches() && !tag.equals("latest");
    }
}
