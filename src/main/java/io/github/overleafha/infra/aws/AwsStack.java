package io.github.overleafha.infra.aws;

import com.pulumi.Context;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.inputs.GetVpcPlainArgs;
import com.pulumi.aws.ssm.SsmFunctions;
import com.pulumi.aws.ssm.inputs.GetParametersByPathPlainArgs;
import com.pulumi.aws.ssm.outputs.GetParametersByPathResult;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.AwsAccount;
import io.github.overleafha.core.BucketRole;
import io.github.overleafha.core.DiskMetrics;
import io.github.overleafha.core.StackNames;
import io.github.overleafha.infra.ServerProInputs;
import io.github.overleafha.infra.SharedSecrets;
import io.github.overleafha.infra.StackTags;
import io.github.overleafha.node.BootSpecs;
import io.github.overleafha.node.UpgradeGuard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The AWS reference architecture: network, firewall rules, object storage, MongoDB Atlas, ElastiCache Redis,
 * shared secrets, the load balancer and the fleet of nodes, each a component of its own.
 */
public final class AwsStack {

    private AwsStack() {
    }

    public static void define(Context ctx, StackConfig config, StackConfig.Aws aws) {
        // Before anything is declared: a new Server Pro version beside nodes still running the old one is refused, and
        // an existing VPC that cannot resolve the stack's private zone.
        UpgradeGuard.check(config, aws, recordedMigratedVersion(config));
        aws.network().existing().ifPresent(existing -> Network.requireResolvingPrivateZones(config.project(),
                Ec2Functions.getVpcPlain(GetVpcPlainArgs.builder().id(existing.vpcId()).build()).join()));
        StackTags tags = StackTags.of(config);
        var network = new Network("network", aws.network(), tags, null);
        var securityGroups = new SecurityGroups("security-groups", new SecurityGroups.Args(network.vpcId(),
                aws.loadBalancer().allowedIngressCidrs(), tags), null);
        Output<AwsAccount> account = AwsAccounts.lookUp(aws.network().region());
        // Off by default: a provider for the recovery region exists only when one is configured.
        Optional<ObjectStorage.Replication> replication = aws.recovery().region().map(region -> new ObjectStorage.Replication(
                new Provider("recovery-region", ProviderArgs.builder().region(region).build())));
        var storage = new ObjectStorage("storage", new ObjectStorage.Args(config.storage().bucketNamePrefix(),
                aws.noncurrentVersionExpirationDays(), aws.retainDataOnDestroy(), account, replication, tags), null);
        var mongo = new MongoAtlas("mongo", new MongoAtlas.Args(config, aws, network.vpcId(), network.natPublicIps(),
                network.privateSubnetIds(), network.privateSubnetZones(), securityGroups.atlasEndpoint(), tags), null);
        var redis = new RedisCache("redis", new RedisCache.Args(aws.redis(), aws.network(), network.privateSubnetIds(),
                securityGroups.redis(), config.names().redisFinalSnapshot(), !aws.retainDataOnDestroy(), tags), null);
        var secrets = new SharedSecrets("shared-secrets", null);
        // Everything secret a node needs, in one place: nodes fetch it at boot, so it never sits in user data.
        SortedMap<String, Output<String>> secretEnvironment = new TreeMap<>(secrets.environment());
        secretEnvironment.putAll(mongo.secretEnvironment());
        secretEnvironment.putAll(redis.secretEnvironment());
        secretEnvironment.putAll(ServerProInputs.configuredSecrets(config));
        var secretStore = new SecretStore("secret-store", new SecretStore.Args(
                config.names().sharedSecret(),
                "Server Pro secret environment, identical on every node (managed by Pulumi)",
                aws.secrets().recoveryWindowDays(), aws.retainDataOnDestroy(), secretEnvironment, account, tags), null);
        Optional<SecretStore> registryCredentials = config.registry().map(registry -> new SecretStore(
                "registry-credentials", new SecretStore.Args(config.names().registryCredentials(),
                "Login of " + registry.server() + " for the Server Pro images (managed by Pulumi)",
                aws.secrets().recoveryWindowDays(), aws.retainDataOnDestroy(),
                Map.of("username", Output.of(registry.username()), "password", Output.ofSecret(registry.password().value())),
                account, tags), null));

        SortedMap<String, Output<String>> nodePolicies = new TreeMap<>();
        for (BucketRole role : BucketRole.values()) {
            nodePolicies.put(role.suffix() + "-access", storage.accessPolicyArn(role));
        }
        nodePolicies.put("read-secrets", secretStore.readPolicyArn());
        registryCredentials.ifPresent(store -> nodePolicies.put("read-registry-credentials", store.readPolicyArn()));

        List<Resource> bootPrerequisites = new ArrayList<>(List.of(secretStore.value(), mongo.databaseUser()));
        registryCredentials.ifPresent(store -> bootPrerequisites.add(store.value()));
        var accessLogs = new AccessLogs("access-logs", new AccessLogs.Args(StackNames.accessLogBucket(config.storage().bucketNamePrefix()),
                aws.monitoring().accessLogRetentionDays(), account, tags), null);
        var loadBalancer = new LoadBalancer("load-balancer", new LoadBalancer.Args(config, aws, network.vpcId(),
                network.publicSubnetIds(), securityGroups.loadBalancer(), accessLogs.bucketName(), accessLogs.writable(),
                tags), null);
        new AtlasAlerts("atlas-alerts", new AtlasAlerts.Args(mongo.projectId(), mongo.clusterName(),
                aws.monitoring().alarmEmails()), null);
        var fleet = new Fleet("fleet", new Fleet.Args(config, aws, network.vpcId(), network.privateSubnetIds(),
                network.privateSubnetZones(), network.publicSubnetCidrs(), securityGroups.nodes(), nodePolicies,
                secretStore.namePrefix(), new TreeSet<>(secretEnvironment.keySet()),
                registryCredentials.map(SecretStore::namePrefix), redis.replicationGroupId(), redis.port(), redis.tls(),
                // Pinned in the stack file: no registry is asked and no Docker daemon is needed to deploy.
                config.serverPro().image(), config.serverPro().gitBridgeImage(), bootPrerequisites,
                loadBalancer.nodesTargetGroupArn(), loadBalancer.gitTargetGroupArn(), account, tags), null);
        var monitoring = new Monitoring("monitoring", new Monitoring.Args(aws.network().region(), config.names().dashboard(),
                aws.monitoring(), aws.loadBalancer().alarmTopicArn(), new Monitoring.Watched(loadBalancer.arnSuffix(),
                loadBalancer.targetGroupArnSuffixes(), redis.memberClusterIds(),
                Map.of("leader", new Monitoring.NodeGroup(fleet.leaderGroupName(), DiskMetrics.disks(true)),
                        "followers", new Monitoring.NodeGroup(fleet.followerGroupName(), DiskMetrics.disks(false))),
                config.names().metricNamespace()), account, tags), null);

        ctx.export("siteUrl", Output.of(config.site().url().toString()));
        ctx.export("loadBalancerDnsName", loadBalancer.dnsName());
        ctx.export("loadBalancerZoneId", loadBalancer.zoneId());
        ctx.export("vpcId", network.vpcId());
        ctx.export("publicSubnetIds", network.publicSubnetIds());
        ctx.export("privateSubnetIds", network.privateSubnetIds());
        ctx.export("leaderGroupName", fleet.leaderGroupName());
        ctx.export("followerGroupName", fleet.followerGroupName());
        ctx.export("leaderNetworkInterfaceId", fleet.leaderNetworkInterfaceId());
        ctx.export("nodesTargetGroupArn", loadBalancer.nodesTargetGroupArn());
        ctx.export("gitTargetGroupArn", loadBalancer.gitTargetGroupArn());
        ctx.export("gitBridgeVolumeId", fleet.gitBridgeVolumeId());
        ctx.export("maintenance", Output.of(aws.maintenance()));
        ctx.export("serverProImage", Output.of(config.serverPro().image().toString()));
        ctx.export("imageRegistry", Output.of(config.serverPro().image().registry()));
        ctx.export("bucketNames", Output.of(storage.bucketNames()));
        ctx.export("leaderRoleArn", fleet.leaderRoleArn());
        ctx.export("followerRoleArn", fleet.followerRoleArn());
        ctx.export("sharedSecretArn", secretStore.secretArn());
        ctx.export("sharedSecretVariables", Output.of(List.copyOf(secretEnvironment.keySet())));
        ctx.export("mongoProjectId", mongo.projectId());
        ctx.export("mongoClusterName", Output.of(mongo.clusterName()));
        // Secret already; said again here so no later change to the component can publish the password.
        ctx.export("mongoConnectionString", mongo.connectionString().asSecret());
        ctx.export("redisPrimaryEndpoint", redis.endpoint());
        ctx.export("redisPort", Output.of(redis.port()));
        ctx.export("stackAlarmTopicArn", monitoring.alarmTopicArn());
        ctx.export("accessLogBucket", accessLogs.bucketName());
    }

    /**
     * The version whose migrations the leader last recorded, read at preview (an invoke) from the parameter it
     * writes; empty before the stack's first deploy (no parameter yet). By path, because a missing parameter is then
     * an empty answer, not an error.
     */
    private static Optional<String> recordedMigratedVersion(StackConfig config) {
        String name = BootSpecs.migrationParameterName(config);
        GetParametersByPathResult found = SsmFunctions.getParametersByPathPlain(GetParametersByPathPlainArgs.builder()
                .path(BootSpecs.parameterPath(config))
                .recursive(false)
                .withDecryption(false)
                .build()).join();
        for (int i = 0; i < found.names().size(); i++) {
            if (found.names().get(i).equals(name)) {
                return Optional.of(found.values().get(i));
            }
        }
        return Optional.empty();
    }
}
