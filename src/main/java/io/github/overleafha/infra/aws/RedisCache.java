package io.github.overleafha.infra.aws;

import com.pulumi.aws.elasticache.ParameterGroup;
import com.pulumi.aws.elasticache.ParameterGroupArgs;
import com.pulumi.aws.elasticache.ReplicationGroup;
import com.pulumi.aws.elasticache.ReplicationGroupArgs;
import com.pulumi.aws.elasticache.SubnetGroup;
import com.pulumi.aws.elasticache.SubnetGroupArgs;
import com.pulumi.aws.elasticache.inputs.ParameterGroupParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.SecretVariables;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Server Pro's Redis on ElastiCache: a primary and its replicas in other zones with automatic failover, cluster
 * mode disabled (Overleaf speaks neither Redis Cluster nor Sentinel), encrypted at rest, and with TLS an AUTH token
 * that reaches nodes only through the secret store.
 */
public final class RedisCache extends Component {

    /** UTC; ElastiCache wants the two windows apart, and a snapshot of at least an hour. */
    private static final String SNAPSHOT_WINDOW = "02:00-03:00";
    private static final String MAINTENANCE_WINDOW = "sun:04:00-sun:05:00";

    private final ReplicationGroup group;
    private final boolean tls;
    private final int nodes;
    private final Map<String, Output<String>> secretEnvironment = new TreeMap<>();

    /**
     * @param subnetIds         the private subnets the group's members are placed in
     * @param finalSnapshotName the snapshot ElastiCache takes when the group is deleted, unique to the stack
     * @param protect           refuse to delete the group (off while the stack is being torn down: retainDataOnDestroy)
     */
    public record Args(StackConfig.Redis config, StackConfig.Network network, Output<List<String>> subnetIds,
                       Output<String> securityGroupId, String finalSnapshotName, boolean protect, StackTags tags) {
    }

    public RedisCache(String name, Args args, ComponentResourceOptions options) {
        super("aws:RedisCache", name, options);
        StackConfig.Redis config = args.config();
        StackConfig.Network network = args.network();
        Output<List<String>> subnetIds = args.subnetIds();
        Output<String> securityGroupId = args.securityGroupId();
        String finalSnapshotName = args.finalSnapshotName();
        boolean protect = args.protect();
        StackTags tags = args.tags();
        tls = config.tls();
        // Names are left to Pulumi, so a new engine family can bring a new parameter group before the old one goes.
        var subnetGroup = new SubnetGroup(childName("subnets"), SubnetGroupArgs.builder()
                .description("Overleaf Redis: the private subnets")
                .subnetIds(subnetIds)
                .tags(tags(tags, childName("subnets")))
                .build(), child());
        var parameterGroup = new ParameterGroup(childName("parameters"), ParameterGroupArgs.builder()
                .description("Overleaf Redis: never evict")
                .family(parameterGroupFamily(config.engineVersion()))
                // Redis holds sessions and document updates not yet flushed to Mongo: evicting a key loses edits,
                // so a full Redis must refuse writes (noeviction) rather than drop data.
                .parameters(ParameterGroupParameterArgs.builder().name("maxmemory-policy").value("noeviction").build())
                .tags(tags(tags, childName("parameters")))
                .build(), child());

        nodes = 1 + config.replicas();
        var groupArgs = ReplicationGroupArgs.builder()
                .description("Overleaf Server Pro Redis")
                // Never valkey: Overleaf supports Redis only.
                .engine("redis")
                .engineVersion(config.engineVersion())
                .nodeType(config.nodeType())
                // A number of cache clusters, not node groups: one shard, cluster mode disabled.
                .numCacheClusters(nodes)
                .automaticFailoverEnabled(true)
                .multiAzEnabled(true)
                .subnetGroupName(subnetGroup.name())
                .parameterGroupName(parameterGroup.name())
                .securityGroupIds(securityGroupId.applyValue(List::of))
                .port(ServerProEnvironment.Redis.DEFAULT_PORT)
                .atRestEncryptionEnabled(true)
                .transitEncryptionEnabled(tls)
                .snapshotRetentionLimit(config.snapshotRetentionDays())
                .snapshotWindow(SNAPSHOT_WINDOW)
                .maintenanceWindow(MAINTENANCE_WINDOW)
                // Changes wait for the maintenance window instead of restarting Redis (and every editor) at once.
                .applyImmediately(false)
                // Redis holds sessions and edits not yet flushed to Mongo: deleting the group keeps a snapshot.
                .finalSnapshotIdentifier(finalSnapshotName)
                .tags(tags(tags, childName("group")));
        List<String> zones = network.existing().isEmpty() ? network.availabilityZones() : List.of();
        if (!zones.isEmpty()) {
            groupArgs.preferredCacheClusterAzs(IntStream.range(0, nodes).mapToObj(i -> zones.get(i % zones.size())).toList());
        }
        if (tls) {
            // ElastiCache accepts an AUTH token only with in-transit encryption.
            Output<String> authToken = generatedSecret("auth-token");
            groupArgs.authToken(authToken);
            SecretVariables.REDIS_PASSWORD.forEach(variable -> secretEnvironment.put(variable, authToken));
        }
        group = new ReplicationGroup(childName("group"), groupArgs.build(),
                CustomResourceOptions.builder().parent(this).protect(protect).build());
        registerOutputs(Map.of("endpoint", endpoint(), "port", Output.of(ServerProEnvironment.Redis.DEFAULT_PORT)));
    }

    /** ElastiCache's parameter group family of a Redis engine version: redis6.x for 6.2, redis7 for 7.x. */
    static String parameterGroupFamily(String engineVersion) {
        String major = engineVersion.substring(0, engineVersion.indexOf('.'));
        return major.equals("6") ? "redis6.x" : "redis" + major;
    }

    /** The primary's address; it moves to a replica on failover, so nodes must use this name, never an IP. */
    public Output<String> endpoint() {
        return group.primaryEndpointAddress();
    }

    /**
     * The member clusters' ids, primary and replicas (ElastiCache names them {@code <group id>-001}, {@code -002}, ...
     * in a group without cluster mode): the CloudWatch dimension of Redis's metrics.
     */
    public List<Output<String>> memberClusterIds() {
        return IntStream.rangeClosed(1, nodes).mapToObj(i -> replicationGroupId().applyValue(id -> id + "-%03d".formatted(i)))
                .toList();
    }

    /**
     * The group's id: Pulumi names it in the provider's check (auto-naming), so a preview knows it, and a replacement
     * gets a new one (the engine checks a replacement anew). Nodes look the primary endpoint up by it at boot.
     */
    public Output<String> replicationGroupId() {
        return group.replicationGroupId();
    }

    public int port() {
        return ServerProEnvironment.Redis.DEFAULT_PORT;
    }

    public boolean tls() {
        return tls;
    }

    /** The AUTH token under both of Server Pro's variable names; empty without TLS, where there is no token. */
    public Map<String, Output<String>> secretEnvironment() {
        return Map.copyOf(secretEnvironment);
    }
}
