package io.github.overleafha.config;

import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The recovery region, the alarms' settings, command-line settings and the example stack's placeholders: what a
 * value gets through the loader (or the command line), at the edges.
 */
class ConfigReadersTest {

    private static ConfigProblem onlyProblem(Runnable load) {
        InvalidConfigException refused = catchThrowableOfType(InvalidConfigException.class, load::run);
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }

    // recoveryRegion

    @Test
    void withoutRecoveryRegionThereIsNoRecoveryAndAnotherRegionIsKept() {
        assertThat(TestStacks.devAws().recovery().region()).isEmpty();
        assertThat(TestStacks.devAws(Map.of("recoveryRegion", "eu-central-1")).recovery().region()).contains("eu-central-1");
        assertThat(TestStacks.devAws(Map.of("recoveryRegion", "us-gov-west-1")).recovery().region()).contains("us-gov-west-1");
    }

    @Test
    void aRecoveryRegionThatIsNoRegionOrTheStacksOwnIsRefused() {
        ConfigProblem notARegion = onlyProblem(() -> TestStacks.dev(Map.of("recoveryRegion", "eu-central")));
        assertThat(notARegion.key()).isEqualTo("overleaf-ha:recoveryRegion");
        assertThat(notARegion.value()).isEqualTo("eu-central");
        assertThat(notARegion.why()).isEqualTo("it is not an AWS region code");

        ConfigProblem own = onlyProblem(() -> TestStacks.dev(Map.of("recoveryRegion", "eu-west-1")));
        assertThat(own.key()).isEqualTo("overleaf-ha:recoveryRegion");
        assertThat(own.why()).startsWith("it is the stack's own region");
        assertThat(own.fix()).isEqualTo("write another region, e.g. eu-central-1");

        // Changing aws:region upsets the zones and endpoints too: only the recovery region's problem matters here.
        InvalidConfigException central = catchThrowableOfType(InvalidConfigException.class, () -> TestStacks.dev(
                Map.of("aws:region", "eu-central-1", "recoveryRegion", "eu-central-1")));
        assertThat(central.problems()).filteredOn(problem -> problem.key().equals("overleaf-ha:recoveryRegion"))
                .singleElement().satisfies(problem -> assertThat(problem.fix()).isEqualTo("write another region, e.g. eu-west-1"));
    }

    @Test
    void theLocalStackHasNoRecoveryRegion() {
        ConfigProblem problem = onlyProblem(() -> TestStacks.local(Map.of("recoveryRegion", "eu-central-1")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:recoveryRegion");
        assertThat(problem.why()).isEqualTo("the local stack has no second region");
    }

    @Test
    void withRecoveryTheBucketPrefixLeavesRoomForTheReplicaSuffix() {
        String forty = "b".repeat(40);
        assertThat(TestStacks.devAws(Map.of("recoveryRegion", "eu-central-1", "bucketNamePrefix", forty)).recovery().region())
                .isPresent();
        ConfigProblem problem = onlyProblem(() -> TestStacks.dev(Map.of("recoveryRegion", "eu-central-1",
                "bucketNamePrefix", forty + "b")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:bucketNamePrefix");
        assertThat(problem.why()).contains(forty + "b-template-files-replica");
        assertThat(problem.fix()).isEqualTo("shorten it to 40 characters or fewer");
        // Without replicas the same prefix is fine.
        assertThat(TestStacks.devAws(Map.of("bucketNamePrefix", forty + "b")).recovery().region()).isEmpty();
    }

    // Monitoring

    @Test
    void theAlarmSettingsAreRead() {
        StackConfig.Monitoring monitoring = TestStacks.devAws(Map.of("alarmEmails", "[\"oncall@example.edu\"]",
                "alarmMinHealthyNodes", "3", "alarmTarget5xxPercent", "7", "alarmRedisConnections", "6000",
                "accessLogRetentionDays", "30")).monitoring();
        assertThat(monitoring.alarmEmails()).containsExactly("oncall@example.edu");
        assertThat(monitoring.minHealthyNodes()).isEqualTo(3);
        assertThat(monitoring.target5xxPercent()).isEqualTo(7);
        assertThat(monitoring.redisConnections()).isEqualTo(6000);
    }

    @Test
    void anAlarmTopicOfAnotherRegionIsRefusedAndOneOfTheStacksRegionIsNot() {
        ConfigProblem problem = onlyProblem(() -> TestStacks.dev(Map.of("alarmTopicArn",
                "arn:aws:sns:eu-central-1:123456789012:oncall")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:alarmTopicArn");
        assertThat(problem.why()).isEqualTo("CloudWatch alarms in eu-west-1 can only notify an SNS topic of that region");
        assertThat(TestStacks.devAws(Map.of("alarmTopicArn", "arn:aws:sns:eu-west-1:123456789012:oncall")).monitoring())
                .isNotNull();
    }

    @Test
    void anAlarmEmailThatIsNoAddressOrIsListedTwiceIsRefused() {
        ConfigProblem bad = onlyProblem(() -> TestStacks.dev(Map.of("alarmEmails", "[\"oncall\"]")));
        assertThat(bad.key()).isEqualTo("overleaf-ha:alarmEmails");
        assertThat(bad.why()).isEqualTo("it is not an email address");
        ConfigProblem twice = onlyProblem(() -> TestStacks.dev(Map.of("alarmEmails",
                "[\"oncall@example.edu\",\"oncall@example.edu\"]")));
        assertThat(twice.value()).isEqualTo("oncall@example.edu");
        assertThat(twice.why()).isEqualTo("it is listed twice");
    }

    @Test
    void theMinimumHealthyNodesCannotPassTheNodeCount() {
        assertThat(TestStacks.devAws(Map.of("nodeCount", "3", "alarmMinHealthyNodes", "3")).monitoring().minHealthyNodes()).isEqualTo(3);
        ConfigProblem problem = onlyProblem(() -> TestStacks.dev(Map.of("nodeCount", "3", "alarmMinHealthyNodes", "4")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:alarmMinHealthyNodes");
        assertThat(problem.value()).isEqualTo("4");
        assertThat(problem.fix()).isEqualTo("write 3 or less");
    }

    // --set key=value

    @Test
    void commandLineSettingsSplitAtTheFirstEquals() {
        assertThat(ConfigSources.settings(List.of("nodeCount=5", "aws:region=eu-central-1", "appName=a=b", "appName2=")))
                .containsExactly(Map.entry("nodeCount", "5"), Map.entry("aws:region", "eu-central-1"),
                        Map.entry("appName", "a=b"), Map.entry("appName2", ""));
    }

    @Test
    void aSettingWithoutValueOrKeyIsRefusedAllAtOnce() {
        InvalidConfigException refused = catchThrowableOfType(InvalidConfigException.class,
                () -> ConfigSources.settings(List.of("nodeCount", "=5", "node count=5", "ok=1")));
        assertThat(refused.problems()).hasSize(3);
        ConfigProblem noValue = refused.problems().get(0);
        assertThat(noValue.key()).isEqualTo("nodeCount");
        assertThat(noValue.value()).isNull();
        assertThat(noValue.why()).isEqualTo("a setting needs a value after =");
        ConfigProblem noKey = refused.problems().get(1);
        assertThat(noKey.key()).isEmpty();
        assertThat(noKey.value()).isEqualTo("5");
        assertThat(noKey.why()).isEqualTo("a setting needs a key before =, without blanks");
        assertThat(refused.problems().get(2).key()).isEqualTo("node count");
        assertThat(refused.problems().get(2).value()).isEqualTo("5");
    }

    @Test
    void aDeploymentRefusesTheExampleStacksPlaceholdersWithItsOtherProblemsAllAtOnce() {
        InvalidConfigException placeholders = catchThrowableOfType(InvalidConfigException.class,
                () -> StackConfigLoader.loadForDeployment(TestStacks.devValues(Map.of())));
        assertThat(placeholders.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.why())
                .isEqualTo("it is a placeholder of the example stack file, not a value of yours"));
        InvalidConfigException both = catchThrowableOfType(InvalidConfigException.class,
                () -> StackConfigLoader.loadForDeployment(TestStacks.devValues(Map.of("recoveryRegion", "eu-central"))));
        assertThat(both.problems()).hasSize(placeholders.problems().size() + 1)
                .anySatisfy(problem -> assertThat(problem.why()).isEqualTo("it is not an AWS region code"));
    }

    @Test
    void aDeploymentWithoutPlaceholdersLoads() {
        ConfigValues values = TestStacks.values("local",
                Map.of("registryUsername", "university+overleaf", "registryPassword", "s3cret-of-the-university"));
        var secretKeys = new java.util.HashSet<>(values.secretKeys());
        secretKeys.add("overleaf-ha:registryPassword");
        StackConfig local = StackConfigLoader.loadForDeployment(
                new ConfigValues(values.project(), values.stack(), values.values(), secretKeys));
        assertThat(local.stack()).isEqualTo("local");
    }

    // Placeholders

    @Test
    void placeholdersAreExampleValuesTheDocumentationAccountAndZeroIds() {
        assertThat(Placeholders.isPlaceholder("overleaf-admins@EXAMPLE.edu")).isTrue();
        assertThat(Placeholders.isPlaceholder("arn:aws:iam::111122223333:role/x")).isTrue();
        assertThat(Placeholders.isPlaceholder("vpc-00000000")).isTrue();
        assertThat(Placeholders.isPlaceholder("sha256:" + "0".repeat(64))).isTrue();
        assertThat(Placeholders.isPlaceholder("Z00000000")).isTrue();
        assertThat(Placeholders.isPlaceholder("vpc-0000000")).isFalse();
        assertThat(Placeholders.isPlaceholder("vpc-0123456789abcdef0")).isFalse();
        assertThat(Placeholders.isPlaceholder("overleaf.university.edu")).isFalse();
    }

    @Test
    void eachPlaceholderKeyIsReportedInKeyOrderWithItsCommandAndSecretsHidden() {
        ConfigValues values = new ConfigValues("overleaf-ha", "prod", Map.of(
                "overleaf-ha:siteUrl", "https://overleaf.example.edu",
                "overleaf-ha:smtpPassword", "EXAMPLE-secret",
                "aws:region", "eu-west-1",
                "overleaf-ha:appName", "Overleaf"), java.util.Set.of("overleaf-ha:smtpPassword"));
        List<ConfigProblem> problems = Placeholders.find(values);
        assertThat(problems).extracting(ConfigProblem::key).containsExactly("overleaf-ha:siteUrl", "overleaf-ha:smtpPassword");
        assertThat(problems.get(0).value()).isEqualTo("https://overleaf.example.edu");
        assertThat(problems.get(0).why()).isEqualTo("it is a placeholder of the example stack file, not a value of yours");
        assertThat(problems.get(0).fix()).isEqualTo("replace it before pulumi up: pulumi config set --stack prod siteUrl '<your value>'");
        assertThat(problems.get(1).value()).isEqualTo("[secret]");
        assertThat(problems.get(1).fix()).isEqualTo("replace it before pulumi up: pulumi config set --stack prod --secret smtpPassword '<your value>'");
        assertThat(Placeholders.find(new ConfigValues("overleaf-ha", "prod", Map.of("aws:accountId", "111122223333"), java.util.Set.of())))
                .singleElement().satisfies(problem -> assertThat(problem.fix()).contains(" aws:accountId '"));
    }
}
