package io.github.overleafha.infra;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.ConfigProblem;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfigLoader;
import io.github.overleafha.core.StackNames;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlannedResource;
import io.github.overleafha.plan.TestPlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.input;
import static io.github.overleafha.plan.TestPlans.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every name a resource receives, for any stack name Pulumi allows, passes the rule of the service that receives
 * it, so a stack called {@code prod.eu} deploys (or is refused at validation, with the fix). One row per
 * name-bearing input, each with its source.
 */
class NameRulesTest {

    /** Where the name comes from: an input, or Pulumi's auto-naming (logical name, "-", 7 random hex digits). */
    private static final String AUTONAMED = "(auto-named)";
    private static final String RANDOM_SUFFIX = "-0a1b2c3";

    private record Rule(String type, String input, int maxLength, Pattern alphabet, Predicate<String> extra,
                        boolean lowercase, String source) {
        Rule(String type, String input, int maxLength, String alphabet, String source) {
            this(type, input, maxLength, Pattern.compile(alphabet), name -> true, false, source);
        }

        Rule with(Predicate<String> check) {
            return new Rule(type, input, maxLength, alphabet, check, lowercase, source);
        }

        Rule lowercasedByAws() {
            return new Rule(type, input, maxLength, alphabet, extra, true, source);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("aws:dlm/lifecyclePolicy:LifecyclePolicy", "description", 500, "[0-9A-Za-z _-]+",
                    "DLM API CreateLifecyclePolicy, Description; terraform-provider-aws internal/service/dlm/lifecycle_policy.go"),
            new Rule("aws:cloudwatch/logGroup:LogGroup", "name", 512, "[.\\-_/#A-Za-z0-9]+",
                    "CloudWatch Logs API CreateLogGroup, logGroupName"),
            new Rule("aws:ssm/parameter:Parameter", "name", 1011, "[a-zA-Z0-9_.\\-/]+",
                    "SSM API PutParameter, Name: a-zA-Z0-9_.- and /, not prefixed aws or ssm, 2048 with the ARN's 1037")
                    .with(name -> !name.replaceFirst("^/", "").toLowerCase().matches("(aws|ssm).*")),
            new Rule("aws:secretsmanager/secret:Secret", "namePrefix", 512 - 26, "[A-Za-z0-9/_+=.@-]+",
                    "Secrets Manager API CreateSecret, Name; pulumi-aws appends 26 characters to a prefix"),
            new Rule("aws:elasticache/replicationGroup:ReplicationGroup", "finalSnapshotIdentifier", 255, "[A-Za-z][A-Za-z0-9-]*",
                    "ElastiCache API CreateSnapshot, SnapshotName: a letter first, no two hyphens in a row, none last")
                    .with(name -> !name.contains("--") && !name.endsWith("-")),
            new Rule("aws:cloudwatch/dashboard:Dashboard", "dashboardName", 255, "[A-Za-z0-9_-]+",
                    "CloudWatch API PutDashboard, DashboardName"),
            new Rule("aws:s3/bucketV2:BucketV2", "bucket", 63, "[a-z0-9][a-z0-9.-]*[a-z0-9]",
                    "S3 User Guide, general purpose bucket naming rules")
                    .with(name -> name.length() >= 3 && !name.contains("..") && !name.startsWith("xn--")),
            new Rule("mongodbatlas:index/project:Project", "name", 64, "[\\p{L}\\p{N}\\-_.(),:&@+']+",
                    "Atlas Admin API createProject, name"),
            new Rule("mongodbatlas:index/advancedCluster:AdvancedCluster", "name", 64, "[A-Za-z0-9-]+",
                    "Atlas Admin API createCluster, name: ASCII letters, numbers and hyphens"),
            new Rule("mongodbatlas:index/databaseUser:DatabaseUser", "username", 1024, "[A-Za-z0-9._~-]+",
                    "RFC 3986 unreserved characters: the name sits unescaped in OVERLEAF_MONGO_URL's user info"),
            new Rule("mongodbatlas:index/databaseUser:DatabaseUser", "scopes.0.name", 64, "[A-Za-z0-9-]+",
                    "the cluster's name, as above"),
            new Rule("aws:route53/zone:Zone", "name", 255, "[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63})+",
                    "Route 53 API CreateHostedZone, Name: DNS labels of at most 63 octets (RFC 1035, 2.3.4)"),
            new Rule("aws:autoscaling/group:Group", "name", 255, "[!-9;-~]+",
                    "EC2 Auto Scaling API CreateAutoScalingGroup, AutoScalingGroupName: ASCII 33 to 126, no colon"),
            new Rule("aws:lb/loadBalancer:LoadBalancer", AUTONAMED, 32, "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?",
                    "ELBv2 API CreateLoadBalancer, Name; pulumi-aws auto-names it with maxlen 32")
                    .with(name -> !name.startsWith("internal-")),
            new Rule("aws:lb/targetGroup:TargetGroup", AUTONAMED, 32, "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?",
                    "ELBv2 API CreateTargetGroup, Name; pulumi-aws auto-names it with maxlen 32"),
            new Rule("aws:elasticache/replicationGroup:ReplicationGroup", AUTONAMED, 40, "[a-z][a-z0-9-]*[a-z0-9]",
                    "ElastiCache API CreateReplicationGroup, ReplicationGroupId (stored lowercase); pulumi-aws maxlen 40")
                    .with(name -> !name.contains("--")).lowercasedByAws(),
            new Rule("aws:elasticache/subnetGroup:SubnetGroup", AUTONAMED, 255, "[a-z0-9-]+",
                    "ElastiCache API CreateCacheSubnetGroup, CacheSubnetGroupName (stored lowercase)").lowercasedByAws(),
            new Rule("aws:elasticache/parameterGroup:ParameterGroup", AUTONAMED, 255, "[a-z][a-z0-9-]*",
                    "ElastiCache API CreateCacheParameterGroup, CacheParameterGroupName (stored lowercase)").lowercasedByAws(),
            new Rule("aws:iam/role:Role", AUTONAMED, 64, "[\\w+=,.@-]+", "IAM API CreateRole, RoleName"),
            new Rule("aws:iam/policy:Policy", AUTONAMED, 128, "[\\w+=,.@-]+", "IAM API CreatePolicy, PolicyName"),
            new Rule("aws:iam/instanceProfile:InstanceProfile", AUTONAMED, 128, "[\\w+=,.@-]+",
                    "IAM API CreateInstanceProfile, InstanceProfileName"),
            new Rule("aws:ec2/securityGroup:SecurityGroup", AUTONAMED, 255, "[A-Za-z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]+",
                    "EC2 API CreateSecurityGroup, GroupName (VPC)"),
            new Rule("aws:cloudwatch/metricAlarm:MetricAlarm", AUTONAMED, 255, "[^\\p{Cntrl}]+",
                    "CloudWatch API PutMetricAlarm, AlarmName"));

    /** Inputs that carry a name somewhere; each met in a plan needs a row above. */
    private static final Set<String> NAME_INPUTS = Set.of("name", "bucket", "username", "replicationGroupId", "namePrefix");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod.eu", "Prod_EU.2", "a.very-long_stack.name-of-fifty-two-characters.ok"})
    void everyNameOfAnyAllowedStackNamePassesItsRule(String stack) {
        assertThat(stack.length()).isLessThanOrEqualTo(StackNames.ATLAS_NAME_MAX - "overleaf-ha-".length());
        Plan plan = TestPlans.plan(StackConfigLoader.load(TestStacks.devValuesAs(stack, Map.of())));
        int checked = 0;
        for (Rule rule : RULES) {
            List<PlannedResource> resources = plan.resources().stream().filter(r -> r.type().equals(rule.type())).toList();
            assertThat(resources).as("a %s in the plan (else drop its row)", rule.type()).isNotEmpty();
            for (PlannedResource resource : resources) {
                String name = rule.input().equals(AUTONAMED) ? resource.name() + RANDOM_SUFFIX : text(resource, rule.input());
                if (rule.lowercase()) {
                    name = name.toLowerCase();
                }
                assertThat(name).as("%s %s of %s (%s)", rule.type(), rule.input(), resource.name(), rule.source())
                        .hasSizeBetween(1, rule.maxLength()).matches(rule.alphabet()).matches(rule.extra(), "the rule's other conditions");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void everyNameBearingInputHasItsRule() {
        Plan plan = TestStacks.devPlan();
        for (PlannedResource resource : plan.resources()) {
            resource.inputs().fieldNames().forEachRemaining(input -> {
                if (NAME_INPUTS.contains(input) && input(resource, input).isTextual() && !resource.type().startsWith("overleaf-ha:")) {
                    assertThat(RULES).as("a rule for %s %s", resource.type(), input).anyMatch(rule ->
                            rule.type().equals(resource.type()) && rule.input().equals(input)
                                    || isNotFromTheStackName(resource, input));
                }
            });
        }
    }

    /** Names taken from other config values, which the loader checks as such (the site's host, a bucket id). */
    private static boolean isNotFromTheStackName(PlannedResource resource, String input) {
        return resource.type().equals("aws:route53/record:Record") && input.equals("name")
                || resource.type().startsWith("aws:s3/") && input.equals("bucket");
    }

    @Test
    void prodEuIsMappedIntoTheDlmAlphabet() {
        Plan plan = TestPlans.plan(StackConfigLoader.load(TestStacks.devValuesAs("prod.eu", Map.of())));
        assertThat(text(get(plan, "aws:dlm/lifecyclePolicy:LifecyclePolicy", "fleet-snapshots"), "description"))
                .isEqualTo("overleaf-ha-prod-eu git-bridge daily snapshots");
    }

    @Test
    void aStackNameTooLongForAtlasIsRefusedWithTheFix() {
        String stack = "s".repeat(53);
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class,
                () -> StackConfigLoader.load(TestStacks.devValuesAs(stack, Map.of())));
        assertThat(error.problems()).extracting(ConfigProblem::key, ConfigProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StackNames.STACK, stack));
        assertThat(error.problems().get(0).fix()).contains("at most 52 characters");
    }

    @Test
    void namesPulumiOrParameterStoreRefuseAreProblems() {
        assertThat(new StackNames("overleaf-ha", "prod eu").pulumiProblems()).extracting(StackNames.Problem::subject)
                .containsExactly(StackNames.STACK);
        assertThat(new StackNames("ssm-overleaf", "dev").awsProblems()).extracting(StackNames.Problem::why)
                .singleElement().asString().contains("Parameter Store reserves");
        assertThat(new StackNames("ssm-overleaf", "dev").pulumiProblems()).isEmpty();
        assertThat(new StackNames("overleaf-ha", "prod.eu").awsProblems()).isEmpty();
    }
}
