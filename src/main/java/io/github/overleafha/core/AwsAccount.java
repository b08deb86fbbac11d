package io.github.overleafha.core;

/**
 * Where a stack's AWS resources live: partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}), region and account.
 * Every ARN the program writes into a policy is built here from a name the program chose, so policy documents are
 * known in a first preview, before the resources they name exist.
 */
public record AwsAccount(String partition, String region, String accountId) {

    public String s3Bucket(String bucketName) {
        return "arn:" + partition + ":s3:::" + bucketName;
    }

    /** Secrets Manager appends a hyphen and six random characters to a secret's name in its ARN. */
    public String secret(String secretName) {
        return "arn:" + partition + ":secretsmanager:" + region + ":" + accountId + ":secret:" + secretName + "-??????";
    }

    public String logGroup(String logGroupName) {
        return "arn:" + partition + ":logs:" + region + ":" + accountId + ":log-group:" + logGroupName;
    }

    /** A parameter named by a path ({@code /a/b}) keeps its leading slash after {@code parameter}. */
    public String ssmParameter(String parameterName) {
        return "arn:" + partition + ":ssm:" + region + ":" + accountId + ":parameter"
                + (parameterName.startsWith("/") ? "" : "/") + parameterName;
    }

    /** ElastiCache matches resource ARNs in lowercase, as it keeps replication group ids. */
    public String elastiCacheReplicationGroup(String replicationGroupId) {
        return "arn:" + partition + ":elasticache:" + region + ":" + accountId + ":replicationgroup:" + replicationGroupId;
    }

    public String snsTopic(String topicName) {
        return "arn:" + partition + ":sns:" + region + ":" + accountId + ":" + topicName;
    }

    /** A customer managed policy at the root path, by its name. */
    public String iamPolicy(String policyName) {
        return "arn:" + partition + ":iam::" + accountId + ":policy/" + policyName;
    }

    /** A role at the root path, by its name. */
    public String iamRole(String roleName) {
        return "arn:" + partition + ":iam::" + accountId + ":role/" + roleName;
    }
}
