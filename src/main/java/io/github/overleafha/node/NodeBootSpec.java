package io.github.overleafha.node;

import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.SecretVariables;
import io.github.overleafha.core.ServerProEnvironment;
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
 * Everything one EC2 node needs to boot into a Server Pro node. It holds secrets' names, never secret values: the
 * node fetches those itself, so they stay out of the user data. It holds no id or address AWS assigns when a
 * resource is created either: the node looks those up as it boots, by names and tags chosen here, so the user data
 * is known in a first preview.
 *
 * @param leader                 node 1: migrates first and hosts git-bridge; every other node is a follower, all alike
 * @param region                 AWS region of the node, its secrets, SSM parameter and log group
 * @param serverProImage         Server Pro image; its tag must be {@code serverProVersion}
 * @param serverProVersion       the version the migration parameter records
 * @param texLiveImages          TeX Live images pulled before Server Pro starts
 * @param sharedSecretsName      the name prefix of the Secrets Manager secret holding a flat JSON object of variable
 *                               name to value (AWS completes the name; the node finds the secret by the prefix)
 * @param sharedSecretNames      the variable names that secret must hold; neither these nor any other
 *                               {@link SecretVariables} may appear in a plain environment
 * @param registryCredentialsName name prefix of the secret with {@code username} and {@code password} for the
 *                               images' registry
 * @param redisReplicationGroup  the ElastiCache replication group whose primary endpoint the node writes as
 *                               {@link ServerProEnvironment#REDIS_HOST_VARIABLES} at boot (the environment has none)
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
        String sharedSecretsName,
        SortedSet<String> sharedSecretNames,
        Optional<String> registryCredentialsName,
        String redisReplicationGroup,
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
     * What the leader takes over at boot, found by tag in its own zone: node 1's fixed network interface (every node
     * reaches git-bridge through it) and git-bridge's EBS volume.
     *
     * @param tagKey         the tag both carry ...
     * @param tagValue       ... with this stack's value
     * @param zone           node 1's zone: the leader's group launches there, and both resources live there
     * @param subnet         node 1's subnet where the configuration names it (an existing VPC): tells the interface
     *                       from the one it replaces when another subnet of the same zone is configured
     * @param volumeSnapshot the snapshot git-bridge's volume was restored from, if any: tells the restored volume from
     *                       the one it replaced (kept until the operator deletes it)
     */
    public record LeaderResources(String tagKey, String tagValue, String zone, Optional<String> subnet,
                                  Optional<String> volumeSnapshot) {
        public LeaderResources {
            Objects.requireNonNull(tagKey);
            Objects.requireNonNull(tagValue);
            Objects.requireNonNull(zone);
            Objects.requireNonNull(subnet);
            volumeSnapshot.filter(id -> !id.matches("snap-[0-9a-f]+")).ifPresent(id -> {
                throw new IllegalArgumentException("not an EBS snapshot id: " + id);
            });
        }
    }

    /**
     * @param image       git-bridge image; its tag must equal Server Pro's
     * @param resources   node 1's interface and git-bridge's volume, which the leader attaches at boot, so a
     *                    replacement leader keeps the address and the repositories
     * @param environment git-bridge's plain environment
     */
    public record GitBridge(ImageReference image, LeaderResources resources, SortedMap<String, String> environment) {
        public GitBridge {
            requirePinned("git-bridge image", image);
            Objects.requireNonNull(resources);
            environment = naturallySortedCopy(environment);
        }
    }

    public NodeBootSpec {
        Objects.requireNonNull(region);
        Objects.requireNonNull(sharedSecretsName);
        Objects.requireNonNull(registryCredentialsName);
        Objects.requireNonNull(redisReplicationGroup);
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
        ServerProEnvironment.REDIS_HOST_VARIABLES.stream().filter(environment::containsKey).forEach(name -> {
            throw new IllegalArgumentException(name + " is looked up at boot from the replication group; the"
                    + " environment must not set it too");
        });
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
