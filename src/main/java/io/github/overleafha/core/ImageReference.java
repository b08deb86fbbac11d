package io.github.overleafha.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference as Docker reads it, parsed once: the repository (with its registry host, if written),
 * an optional tag and an optional {@code sha256} digest. Everything else asks this value instead of parsing strings.
 * The grammar is Docker's (distribution/reference), made stricter where leniency would help a hostile name: the
 * registry host must be lower case, and only sha256 digests are accepted.
 *
 * @param repository as written, e.g. {@code quay.io/sharelatex/sharelatex-pro} or {@code redis}
 * @param tag        e.g. {@code 6.2.2}
 * @param digest     e.g. {@code sha256:<64 hex digits>}
 */
public record ImageReference(String repository, Optional<String> tag, Optional<String> digest) {

    /** Docker Hub, where a repository without a registry host lives. */
    public static final String DOCKER_HUB = "docker.io";

    private static final String HOST_LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
    private static final Pattern HOST = Pattern.compile(HOST_LABEL + "(?:\\." + HOST_LABEL + ")*(?::[0-9]{1,5})?");
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern PATH = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    public static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<repository>[^:@]+(?::[0-9]{1,5}/[^:@]+)?)(?::(?<tag>[^:@/]+))?(?:@(?<digest>[^@]+))?");
    /** Docker's limit on a repository name. */
    private static final int MAX_NAME = 255;

    public ImageReference {
        Objects.requireNonNull(tag);
        Objects.requireNonNull(digest);
        if (!isRepository(repository)) {
            throw new IllegalArgumentException("not an image repository: '" + repository + "'");
        }
        tag.filter(t -> !TAG.matcher(t).matches()).ifPresent(t -> {
            throw new IllegalArgumentException("not an image tag: '" + t + "'");
        });
        digest.filter(d -> !isDigest(d)).ifPresent(d -> {
            throw new IllegalArgumentException("not a sha256 image digest: '" + d + "'");
        });
    }

    /** {@code repository:tag}, no digest. */
    public static ImageReference of(String repository, String tag) {
        return new ImageReference(repository, Optional.of(tag), Optional.empty());
    }

    /** {@code repository[:tag][@sha256:...]}, or nothing if that is not a valid reference. */
    public static Optional<ImageReference> parse(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ImageReference(matcher.group("repository"),
                    Optional.ofNullable(matcher.group("tag")), Optional.ofNullable(matcher.group("digest"))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A repository without tag or digest, e.g. {@code quay.io/sharelatex/sharelatex-pro}. */
    public static boolean isRepository(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_NAME) {
            return false;
        }
        int slash = text.indexOf('/');
        if (slash > 0 && namesHost(text.substring(0, slash))) {
            return HOST.matcher(text.substring(0, slash)).matches() && validPort(text.substring(0, slash))
                    && PATH.matcher(text.substring(slash + 1)).matches();
        }
        return PATH.matcher(text).matches();
    }

    /** A registry host as image names write it: lower-case DNS name or address, optionally with a port. */
    public static boolean isRegistryHost(String text) {
        return text != null && HOST.matcher(text).matches() && validPort(text) && namesHost(text + "/");
    }

    public static boolean isDigest(String text) {
        return text != null && DIGEST.matcher(text).matches();
    }

    /**
     * Docker's rule: the first component names a registry if it has a dot or a colon or is {@code localhost};
     * a first component with capitals is a host too (and then rejected here, being no lower-case host).
     */
    private static boolean namesHost(String first) {
        String component = first.endsWith("/") ? first.substring(0, first.length() - 1) : first;
        return component.contains(".") || component.contains(":") || component.equals("localhost")
                || !component.toLowerCase(Locale.ROOT).equals(component);
    }

    private static boolean validPort(String host) {
        int colon = host.indexOf(':');
        return colon < 0 || Integer.parseInt(host.substring(colon + 1)) <= 65535;
    }

    /** The registry host the image is pulled from, and the only host its registry login may be sent to. */
    public String registry() {
        int slash = repository.indexOf('/');
        return slash > 0 && namesHost(repository.substring(0, slash)) ? repository.substring(0, slash) : DOCKER_HUB;
    }

    /** The repository's name on its registry, as the registry's API spells it ({@code library/redis} on Docker Hub). */
    public String path() {
        int slash = repository.indexOf('/');
        String path = slash > 0 && namesHost(repository.substring(0, slash)) ? repository.substring(slash + 1) : repository;
        return registry().equals(DOCKER_HUB) && !path.contains("/") ? "library/" + path : path;
    }

    /**
     * The part of a resource name that stands for an image reference: every run of characters other than letters,
     * digits, {@code .} and {@code -} becomes one {@code -}. Distinct references can meet here ({@code texlive-full}
     * and {@code texlive_full}), so the configuration is checked for that before anything is declared.
     */
    public static String resourceNamePart(String reference) {
        return reference.replaceAll("[^A-Za-z0-9.-]+", "-");
    }

    /** A tag other than {@code latest}, which would move under the stack. */
    public boolean hasPinnedTag() {
        return tag.filter(t -> !t.equals("latest")).isPresent();
    }

    public ImageReference withDigest(String newDigest) {
        return new ImageReference(repository, tag, Optional.of(newDigest));
    }

    public ImageReference withDigest(Optional<String> newDigest) {
        return new ImageReference(repository, tag, newDigest);
    }

    /** Docker's spelling: {@code repository[:tag][@digest]}. */
    @Override
    public String toString() {
        return repository + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
    }
}
