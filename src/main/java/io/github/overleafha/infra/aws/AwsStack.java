package io.github.overleafha.infra.aws;

import com.pulumi.Context;
import com.pulumi.core.Output;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.BucketRole;
import io.github.overleafha.infra.SharedSecrets;
import io.github.overleafha.infra.StackTags;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The AWS reference architecture: network, firewall rules, object storage, MongoDB Atlas, ElastiCache Redis,
 * shared secrets and the nodes' identity, each a component of its own.
 */
public final class AwsStack {

    private AwsStack() {
    }

    public static void define(Context ctx, StackConfig config) {
        StackTags tags = StackTags.of(config);
        var network = new Network("network", config.network(), tags, null);
        var securityGroups = new SecurityGroups("security-groups", network.vpcId(),
                config.aws().loadBalancer().allowedIngressCidrs(), tags, null);
        var storage = new ObjectStorage("storage", config.storage(), tags, null);
        var mongo = new MongoAtlas("mongo", config, network, securityGroups.atlasEndpoint(), tags, null);
        var redis = new RedisCache("redis", config.aws().redis(), config.network(), network.privateSubnetIds(),
                securityGroups.redis(), tags, null);
        var secrets = new SharedSecrets("shared-secrets", null);
        // Everything secret a node needs, in one place: nodes fetch it at boot, so it never sits in user data.
        SortedMap<String, Output<String>> secretEnvironment = new TreeMap<>(secrets.environment());
        secretEnvironment.putAll(mongo.secretEnvironment());
        secretEnvironment.putAll(redis.secretEnvironment());
        var secretStore = new SecretStore("secret-store", config.project() + "/" + config.stack() + "/server-pro-environment",
                config.secrets().recoveryWindowDays(), secretEnvironment, tags, null);

        SortedMap<String, Output<String>> nodePolicies = new TreeMap<>();
        for (BucketRole role : BucketRole.values()) {
            nodePolicies.put(role.suffix() + "-access", storage.accessPolicyArn(role));
        }
        nodePolicies.put("read-secrets", secretStore.readPolicyArn());
        var nodeIdentity = new NodeIdentity("nodes", nodePolicies, tags, null);

        ctx.export("siteUrl", Output.of(config.site().url().toString()));
        ctx.export("vpcId", network.vpcId());
        ctx.export("publicSubnetIds", network.publicSubnetIds());
        ctx.export("privateSubnetIds", network.privateSubnetIds());
        ctx.export("bucketNames", Output.of(storage.bucketNames()));
        ctx.export("nodeRoleArn", nodeIdentity.roleArn());
        ctx.export("sharedSecretArn", secretStore.secretArn());
        ctx.export("sharedSecretVariables", Output.of(List.copyOf(secretEnvironment.keySet())));
        ctx.export("mongoProjectId", mongo.projectId());
        ctx.export("mongoClusterName", Output.of(mongo.clusterName()));
        // Secret already; said again here so no later change to the component can publish the password.
        ctx.export("mongoConnectionString", mongo.connectionString().asSecret());
        ctx.export("redisPrimaryEndpoint", redis.endpoint());
        ctx.export("redisPort", Output.of(redis.port()));
    }
}
