package io.github.overleafha.node;

import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.SecretVariables;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything one EC2 node needs to boot into a Server Pro node. It holds secret ARNs and secret names, never
 * secret values: the node fetches those itself, so they stay out of the user data.
 *
 * @param leader                 node 1: migrates first and hosts git-bridge; every other node is a follower, all alike
 * @param region                 AWS region of the node, its secrets, SSM parameter and log group
 * @param serverProImage         Server Pro image; its tag must be {@code serverProVersion}
 * @param serverProVersion       the version the migration parameter records
 * @param texLiveImages          TeX Live images pulled before Server Pro starts
 * @param sharedSecretsArn       Secrets Manager secret holding a flat JSON object of variable name to value
 * @param sharedSecretNames      the variable names that secret must hold; neither these nor any other
 *                               {@link SecretVariables} may appear in a plain environment
 * @param registryCredentialsArn secret with {@code username} and {@code password} for the images' registry
 * @param environment            Server Pro's plain (non-secret) environment on this node
 * @param gitBridge              git-bridge, on the leader only
 * @param migrationParameterName SSM parameter holding the version whose migrations the leader finished
 * @param logGroupName           CloudWatch log group of the containers and Server Pro's log files
 * @param followerGroupName      Auto Scaling group of the followers, which the leader waits to be empty before it
 *                               migrates from an older version
 * @param leaderGroupName        Auto Scaling group of the leader, in which the leader waits to be alone before it
 *                               migrates
 * @param metricsNamespace       CloudWatch namespace the node's agent publishes its disks' metrics in
 */
public record NodeBootSpec(
        boolean leader,
        String region,
        ImageReference serverProImage,
        String serverProVersion,
        List<String> texLiveImages,
        String sharedSecretsArn,
        SortedSet<String> sharedSecretNames,
        Optional<String> registryCredentialsArn,
        SortedMap<String, String> environment,
        Optional<GitBridge> gitBridge,
        String migrationParameterName,
        String logGroupName,
        String followerGroupName,
        String leaderGroupName,
        String metricsNamespace) {

    /** Server Pro's container; on the leader, git-bridge reaches it by this name (e.g. {@code http://server-pro:3000}). */
    public static final String SERVER_PRO_CONTAINER = "server-pro";
    /** git-bridge's container; the leader's Server Pro reaches it by this name ({@code GIT_BRIDGE_HOST}). */
    public static final String GIT_BRIDGE_CONTAINER = "git-bridge";
    /**
     * Host directory, on the instance store, mounted at {@code /var/lib/overleaf} in Server Pro: sandboxed compile
     * host dirs are {@code <this>/data/compiles} and {@code <this>/data/output}.
     */
    public static final String SERVER_PRO_DATA_DIR = "/var/lib/overleaf/server-pro";
    /** The migration parameter's value before the leader recorded any version: nobody waits for old nodes then. */
    public static final String NO_MIGRATIONS_YET = "none";
    /**
     * What the leader records, followed by the version, before it migrates: the parameter never says an old version
     * while the database changes under it, and a preview outside maintenance refuses this value.
     */
    public static final String MIGRATING_PREFIX = "migrating:";

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * @param image              git-bridge image; its tag must equal Server Pro's
     * @param volumeId           EBS volume holding the repositories ({@code vol-...}); the leader attaches it at boot
     * @param networkInterfaceId node 1's fixed address ({@code eni-...}), every node's GIT_BRIDGE_HOST; the leader
     *                           attaches it at boot, so a replacement leader keeps the address
     * @param environment        git-bridge's plain environment
     */
    public record GitBridge(ImageReference image, String volumeId, String networkInterfaceId,
                            SortedMap<String, String> environment) {
        public GitBridge {
            requirePinned("git-bridge image", image);
            if (!volumeId.matches("vol-[0-9a-f]+")) {
                throw new IllegalArgumentException("not an EBS volume id: " + volumeId);
            }
            if (!networkInterfaceId.matches("eni-[0-9a-f]+")) {
                throw new IllegalArgumentException("not a network interface id: " + networkInterfaceId);
            }
            environment = naturallySortedCopy(environment);
        }
    }

    public NodeBootSpec {
        Objects.requireNonNull(region);
        Objects.requireNonNull(sharedSecretsArn);
        Objects.requireNonNull(registryCredentialsArn);
        Objects.requireNonNull(migrationParameterName);
        Objects.requireNonNull(logGroupName);
        Objects.requireNonNull(followerGroupName);
        Objects.requireNonNull(leaderGroupName);
        Objects.requireNonNull(metricsNamespace);
        requirePinned("Server Pro image", serverProImage);
        requireTag("Server Pro image", serverProImage, serverProVersion);
        texLiveImages = List.copyOf(texLiveImages);
        texLiveImages.forEach(image -> requirePinned("TeX Live image",
                ImageReference.parse(image).orElseThrow(() -> new IllegalArgumentException("not an image: '" + image + "'"))));
        sharedSecretNames = naturallySortedCopy(sharedSecretNames);
        sharedSecretNames.forEach(NodeBootSpec::requireVariableName);
        environment = naturallySortedCopy(environment);
        requirePlain("Server Pro", environment, sharedSecretNames);
        if (gitBridge.isPresent()) {
            if (!leader) {
                throw new IllegalArgumentException("git-bridge runs on the leader only, not on a follower");
            }
            requireTag("git-bridge image", gitBridge.get().image(), serverProVersion);
            requirePlain("git-bridge", gitBridge.get().environment(), sharedSecretNames);
        }
    }

    /** In natural order whatever the caller's comparator, so equal specs render equal bytes. */
    private static SortedMap<String, String> naturallySortedCopy(Map<String, String> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    private static SortedSet<String> naturallySortedCopy(SortedSet<String> set) {
        SortedSet<String> copy = new TreeSet<>();
        copy.addAll(set);
        return Collections.unmodifiableSortedSet(copy);
    }

    /** Docker's env files have no quoting, and secrets belong in the secret only: the user data is readable. */
    private static void requirePlain(String what, Map<String, String> environment, SortedSet<String> secretNames) {
        environment.forEach((name, value) -> {
            requireVariableName(name);
            if (secretNames.contains(name) || SecretVariables.isSecret(name)) {
                throw new IllegalArgumentException(
                        what + " environment sets " + name + ", a secret: it must come from the secret store only");
            }
            if (value.contains("\n") || value.contains("\r")) {
                throw new IllegalArgumentException(what + " environment variable " + name + " spans several lines");
            }
        });
    }

    private static void requireVariableName(String name) {
        if (!VARIABLE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a variable name: '" + name + "'");
        }
    }

    /** A pinned tag also keeps spaces out of the image lists the node splits on them. */
    private static void requirePinned(String what, ImageReference image) {
        if (!image.hasPinnedTag()) {
            throw new IllegalArgumentException(what + " is not an image with a pinned tag: '" + image + "'");
        }
    }

    /** The migration parameter records a version: the image must be that version. */
    private static void requireTag(String what, ImageReference image, String version) {
        if (!image.tag().equals(Optional.of(version))) {
            throw new IllegalArgumentException(what + " " + image + " is not tagged with version " + version);
        }
    }
}
