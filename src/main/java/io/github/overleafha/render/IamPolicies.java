package io.github.overleafha.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.core.AwsAccount;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IAM and resource policy documents as JSON text. Key order is fixed, so the same ARNs always give the same bytes
 * and a preview never shows a policy change nobody made.
 */
public final class IamPolicies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IamPolicies() {
    }

    /**
     * The guide's bucket policy: list the buckets; get, put and delete their objects; nothing wider. Since Overleaf
     * moved uploads to {@code @aws-sdk/lib-storage} (object-persistor, 2025) an upload is multipart and must be able
     * to abort itself: the multipart actions are those Overleaf's own policies grant (overleaf/overleaf
     * services/history-v1/docker-compose.yml at f58949a4), listing uploads on the bucket, the rest on objects.
     */
    public static String bucketAccess(String... bucketArns) {
        List<String> buckets = List.of(bucketArns);
        return document(
                statement("ListBucket", "Allow", List.of("s3:ListBucket", "s3:ListBucketMultipartUploads"), buckets, null),
                statement("ReadWriteObjects", "Allow", List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject",
                                "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"),
                        buckets.stream().map(arn -> arn + "/*").toList(), null));
    }

    /** A bucket's ARN from its name, for S3-compatible stores that have no API to ask (MinIO takes AWS's form). */
    public static String bucketArn(String bucketName) {
        return "arn:aws:s3:::" + bucketName;
    }

    /** Bucket policy refusing any request not made over TLS. */
    public static String denyInsecureTransport(String bucketArn) {
        return document(insecureTransportDenied(bucketArn));
    }

    private static Map<String, Object> insecureTransportDenied(String bucketArn) {
        Map<String, Object> statement = statement("DenyInsecureTransport", "Deny", List.of("s3:*"),
                List.of(bucketArn, bucketArn + "/*"), Map.of("Bool", Map.of("aws:SecureTransport", "false")));
        statement.put("Principal", "*");
        return statement;
    }

    /**
     * The access-log bucket's policy: the region's log delivery principal may write under {@code AWSLogs/}, and
     * nothing may reach the bucket without TLS.
     */
    public static String accessLogDelivery(String bucketArn, Map<String, String> deliveryPrincipal) {
        Map<String, Object> deliver = statement("DeliverAccessLogs", "Allow", List.of("s3:PutObject"),
                List.of(bucketArn + "/AWSLogs/*"), null);
        deliver.put("Principal", deliveryPrincipal);
        return document(deliver, insecureTransportDenied(bucketArn));
    }

    /** What S3 replication needs: read the source's versions, write them (and delete markers) to the replica. */
    public static String replicate(String sourceArn, String replicaArn) {
        return document(
                statement("ReadReplicationConfiguration", "Allow",
                        List.of("s3:GetReplicationConfiguration", "s3:ListBucket"), List.of(sourceArn), null),
                statement("ReadSourceVersions", "Allow", List.of("s3:GetObjectVersionForReplication",
                        "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"), List.of(sourceArn + "/*"), null),
                statement("WriteReplica", "Allow", List.of("s3:ReplicateObject", "s3:ReplicateDelete",
                        "s3:ReplicateTags"), List.of(replicaArn + "/*"), null));
    }

    /** Read one secret's value, nothing else. */
    public static String readSecret(String secretArn) {
        return document(statement("ReadSharedSecrets", "Allow", List.of("secretsmanager:GetSecretValue"),
                List.of(secretArn), null));
    }

    /**
     * What a follower's boot scripts do besides reading secrets: ship its logs to the stack's log group, read the
     * parameter recording which version's migrations the leader finished (never write it), and publish its disks'
     * metrics in the stack's namespace.
     */
    public static String followerOperations(AwsAccount account, String logGroupName, String migrationParameterName,
                                            String redisReplicationGroupId, String metricNamespace) {
        return document(shipLogs(account.logGroup(logGroupName)),
                statement("ReadMigratedVersion", "Allow", List.of("ssm:GetParameter"),
                        List.of(account.ssmParameter(migrationParameterName)), null),
                findSecrets(), findRedis(account, redisReplicationGroupId), publishMetrics(metricNamespace));
    }

    /**
     * Every node finds its secrets by their name prefix as it boots (its user data, known before they exist, can only
     * name that). ListSecrets supports no resource-level permission; it returns metadata (names, ARNs), never a
     * secret's value, which GetSecretValue, scoped to the stack's secrets, guards.
     */
    private static Map<String, Object> findSecrets() {
        return statement("FindSecrets", "Allow", List.of("secretsmanager:ListSecrets"), List.of("*"), null);
    }

    /**
     * Every node looks Redis's primary endpoint up by the replication group's id as it boots. DescribeReplicationGroups
     * requires a replicationgroup resource (Service Authorization Reference, Amazon ElastiCache), so it is scoped to
     * the stack's group: the id is Pulumi's lowercase auto-name, known in a first preview, as ElastiCache's ARNs need.
     */
    private static Map<String, Object> findRedis(AwsAccount account, String replicationGroupId) {
        return statement("FindRedis", "Allow", List.of("elasticache:DescribeReplicationGroups"),
                List.of(account.elastiCacheReplicationGroup(replicationGroupId)), null);
    }

    /**
     * The leader's: ship its logs, read and record the migrated version, see whether followers still run before it
     * migrates, and take over node 1's network interface and git-bridge's volume: attach only what carries the
     * stack's leader tag (those two), and only to an instance of the leader's group (a tag AWS sets and nobody else
     * may); and publish its disks' metrics like a follower. Built from names only, so the document is known in a
     * first preview.
     */
    public static String leaderOperations(AwsAccount account, String logGroupName, String migrationParameterName,
                                          String leaderTagKey, String leaderTagValue, String leaderGroupName,
                                          String redisReplicationGroupId, String metricNamespace) {
        String ec2 = "arn:" + account.partition() + ":ec2:" + account.region() + ":" + account.accountId() + ":";
        Map<String, Object> tagged = Map.of("StringEquals", Map.of("aws:ResourceTag/" + leaderTagKey, leaderTagValue));
        return document(shipLogs(account.logGroup(logGroupName)),
                statement("RecordMigratedVersion", "Allow", List.of("ssm:GetParameter", "ssm:PutParameter"),
                        List.of(account.ssmParameter(migrationParameterName)), null),
                // No Describe action here supports resource-level permissions: they read, never change. The leader
                // finds node 1's interface and git-bridge's volume by the tag and zone its user data names.
                statement("SeeFollowersAndLeaderResources", "Allow", List.of("autoscaling:DescribeAutoScalingGroups",
                        "ec2:DescribeNetworkInterfaces", "ec2:DescribeVolumes"), List.of("*"), null),
                statement("AttachGitBridgeVolume", "Allow", List.of("ec2:AttachVolume"), List.of(ec2 + "volume/*"), tagged),
                statement("AttachLeaderNetworkInterface", "Allow", List.of("ec2:AttachNetworkInterface"),
                        List.of(ec2 + "network-interface/*"), tagged),
                statement("ToLeaderInstancesOnly", "Allow", List.of("ec2:AttachVolume", "ec2:AttachNetworkInterface"),
                        List.of(ec2 + "instance/*"),
                        Map.of("StringEquals", Map.of("aws:ResourceTag/aws:autoscaling:groupName", leaderGroupName))),
                findSecrets(), findRedis(account, redisReplicationGroupId), publishMetrics(metricNamespace));
    }

    /**
     * PutMetricData has no resources to name: the {@code cloudwatch:namespace} condition key keeps a node to the
     * stack's namespace (CloudWatch user guide, "Using condition keys to limit access to CloudWatch namespaces").
     */
    private static Map<String, Object> publishMetrics(String namespace) {
        return statement("PublishDiskMetrics", "Allow", List.of("cloudwatch:PutMetricData"), List.of("*"),
                Map.of("StringEquals", Map.of("cloudwatch:namespace", namespace)));
    }

    private static Map<String, Object> shipLogs(String logGroupArn) {
        return statement("ShipLogs", "Allow", List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"),
                List.of(logGroupArn + ":*"), null);
    }

    /** Trust policy letting a service (e.g. ec2.amazonaws.com) assume a role. */
    public static String assumeRoleBy(String servicePrincipal) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Principal", Map.of("Service", servicePrincipal));
        statement.put("Action", "sts:AssumeRole");
        return document(statement);
    }

    private static Map<String, Object> statement(String sid, String effect, List<String> actions, List<String> resources,
                                                 Map<String, Object> condition) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Sid", sid);
        statement.put("Effect", effect);
        statement.put("Action", actions);
        statement.put("Resource", resources);
        if (condition != null) {
            statement.put("Condition", condition);
        }
        return statement;
    }

    @SafeVarargs
    private static String document(Map<String, Object>... statements) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Statement", List.of(statements));
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("policy documents are plain maps and lists", e);
        }
    }
}
