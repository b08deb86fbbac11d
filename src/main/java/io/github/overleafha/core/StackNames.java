package io.github.overleafha.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every cloud name built from the project and stack names (and the buckets' from the configured prefix), in one place,
 * and the rules those names must pass.
 * Where a rule's alphabet is narrower than Pulumi's names ({@code [A-Za-z0-9_.-]}) the name is mapped into it
 * ({@link #slug}); where a length cannot be met by mapping, {@link #problems} says so before anything is declared.
 * Sources of each rule: see NameRulesTest.
 */
public record StackNames(String project, String stack) {

    /** Pulumi's rule for project and stack names (pulumi/pulumi sdk/go/common/tokens, ValidateProjectName/StackName). */
    public static final Pattern PULUMI_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    /** Atlas project and cluster names are at most 64 characters (Atlas Admin API, createProject, createCluster). */
    public static final int ATLAS_NAME_MAX = 64;


    public static final String STACK = "stack name";
    public static final String PROJECT = "project name (Pulumi.yaml)";

    /** A rule a name broke: which name, and why. */
    public record Problem(String subject, String value, String why, String fix) {
    }

    /**
     * "project-stack" in lowercase letters, digits and hyphens: inside every rule's alphabet here (S3, Atlas
     * clusters, DLM descriptions, URL user info), so {@code prod.eu} becomes {@code overleaf-ha-prod-eu}.
     */
    public String slug() {
        return (project + "-" + stack).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /** The stack's hierarchy of CloudWatch Logs groups and SSM parameters. */
    public String path() {
        return "/" + project + "/" + stack;
    }

    /**
     * CloudWatch namespace of the metrics the nodes' agent publishes (their disks): one per stack, which the nodes'
     * policy is scoped to. Never "AWS/...", which CloudWatch reserves, whatever the project is called.
     */
    public String metricNamespace() {
        return "CWAgent" + path();
    }

    /** CloudWatch Logs group of the nodes' containers. */
    public String logGroup() {
        return path() + "/containers";
    }

    /** SSM parameter holding the Server Pro version whose migrations ran. */
    public String migrationParameter() {
        return path() + "/migrated-version";
    }

    /** A Secrets Manager secret of this stack. */
    public String secret(String name) {
        return project + "/" + stack + "/" + name;
    }

    /**
     * The stack's private DNS zone (Route 53, in its VPC): the names it holds are known before anything exists, where
     * addresses are not. One label per name, each in the slug's alphabet: the slug's 64 characters bound both below
     * DNS's 63 per label. {@code .internal} is reserved for private use (ICANN, 2024).
     */
    public String privateZone() {
        return dnsLabel(stack) + "." + dnsLabel(project) + ".internal";
    }

    private static String dnsLabel(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /** git-bridge's name in the private zone: node 1's fixed interface, whichever instance holds it. */
    public String gitBridgeHost() {
        return "git-bridge." + privateZone();
    }

    /** The tag value DLM selects git-bridge's volume by. */
    public String gitBridgeBackupTag() {
        return project + "/" + stack + "/git-bridge";
    }

    /** DLM policy description: only {@code [0-9A-Za-z _-]}, so built from the slug. */
    public String snapshotPolicyDescription() {
        return slug() + " git-bridge daily snapshots";
    }

    /** The Auto Scaling groups' names are fixed: the leader's policy and boot name them before the groups exist. */
    public String leaderGroup() {
        return slug() + "-leader";
    }

    public String followerGroup() {
        return slug() + "-followers";
    }

    /** The leader tag's value: unique to this stack, so no other stack's leader may attach node 1's interface and volume. */
    public String leaderTag() {
        return project + "/" + stack;
    }

    /** The snapshot ElastiCache takes when the stack's Redis is deleted. */
    public String redisFinalSnapshot() {
        return slug() + "-redis-final";
    }

    /** The CloudWatch dashboard: unique in the account and region (dashboards have no generated names). */
    public String dashboard() {
        return slug();
    }

    /** The secret holding Server Pro's secret environment, identical on every node. */
    public String sharedSecret() {
        return secret("server-pro-environment");
    }

    /** The secret holding the login of the registry the Server Pro images come from. */
    public String registryCredentials() {
        return secret("registry-credentials");
    }

    /**
     * What the secret named {@code secretName} is created with as its name prefix (Secrets Manager completes it), and
     * what nodes find it by.
     */
    public static String secretNamePrefix(String secretName) {
        return secretName + "-";
    }

    /** The local stack's Docker network: a host-wide name, which the stack's name keeps apart from anything else. */
    public String hostNetwork() {
        return slug();
    }

    /** A data volume of the local stack's {@code service}, host-wide likewise. */
    public String hostVolume(String service) {
        return slug() + "-" + service;
    }

    /** The load balancer's access-log bucket, named from the buckets' configured prefix like the guide's four. */
    public static String accessLogBucket(String bucketNamePrefix) {
        return bucketNamePrefix + "-alb-logs";
    }

    /** A bucket's copy in the recovery region. */
    public static String replicaBucket(String bucketName) {
        return bucketName + "-replica";
    }

    /** The Atlas project (when created) and cluster. */
    public String atlasName() {
        return slug();
    }

    /**
     * The Atlas database user: database users belong to the Atlas project, so two stacks sharing one project need
     * different names. The slug needs no escaping in the connection string's user info.
     */
    public String databaseUser() {
        return slug();
    }

    /** Pulumi's rules the names break (every target's): mapping cannot mend them. */
    public List<Problem> pulumiProblems() {
        List<Problem> problems = new ArrayList<>();
        if (!PULUMI_NAME.matcher(project).matches()) {
            problems.add(new Problem(PROJECT, project, "Pulumi project names are 1-100 letters, digits, _, . or -",
                    "rename the project in Pulumi.yaml"));
        }
        if (!PULUMI_NAME.matcher(stack).matches()) {
            problems.add(new Problem(STACK, stack, "Pulumi stack names are 1-100 letters, digits, _, . or -",
                    "pick a stack name such as prod-eu"));
        }
        return problems;
    }

    /** Pulumi's rules and those of the AWS target's resources that the names break and mapping cannot mend. */
    public List<Problem> awsProblems() {
        List<Problem> problems = pulumiProblems();
        if (slug().length() > ATLAS_NAME_MAX) {
            problems.add(new Problem(STACK, stack, "the Atlas project and cluster are named " + slug() + " ("
                    + slug().length() + " characters) and Atlas allows " + ATLAS_NAME_MAX,
                    "pick a stack name of at most " + (ATLAS_NAME_MAX - project.length() - 1) + " characters"));
        }
        String firstSegment = project.toLowerCase(Locale.ROOT);
        if ((firstSegment.startsWith("aws") || firstSegment.startsWith("ssm"))) {
            problems.add(new Problem(PROJECT, project, "SSM parameter " + migrationParameter()
                    + " would start with aws or ssm, which Parameter Store reserves", "rename the project in Pulumi.yaml"));
        }
        return problems;
    }
}
