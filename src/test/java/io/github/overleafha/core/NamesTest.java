package io.github.overleafha.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stack's derived names and their rules, and the "did you mean" hint's nearest name. */
class NamesTest {

    private static final StackNames DEV = new StackNames("overleaf-ha", "dev");

    @Test
    void everyNameIsBuiltFromProjectAndStack() {
        StackNames dotted = new StackNames("Overleaf_HA", "prod.eu");
        assertThat(dotted.slug()).isEqualTo("overleaf-ha-prod-eu");
        assertThat(dotted.atlasName()).isEqualTo("overleaf-ha-prod-eu");
        assertThat(dotted.databaseUser()).isEqualTo("overleaf-ha-prod-eu");
        assertThat(dotted.snapshotPolicyDescription()).isEqualTo("overleaf-ha-prod-eu git-bridge daily snapshots");
        assertThat(DEV.logGroup()).isEqualTo("/overleaf-ha/dev/containers");
        assertThat(DEV.migrationParameter()).isEqualTo("/overleaf-ha/dev/migrated-version");
        assertThat(DEV.secret("shared")).isEqualTo("overleaf-ha/dev/shared");
        assertThat(DEV.gitBridgeBackupTag()).isEqualTo("overleaf-ha/dev/git-bridge");
        assertThat(dotted.leaderGroup()).isEqualTo("overleaf-ha-prod-eu-leader");
        assertThat(dotted.followerGroup()).isEqualTo("overleaf-ha-prod-eu-followers");
        assertThat(dotted.leaderTag()).isEqualTo("Overleaf_HA/prod.eu");
        assertThat(dotted.redisFinalSnapshot()).isEqualTo("overleaf-ha-prod-eu-redis-final");
        assertThat(dotted.dashboard()).isEqualTo("overleaf-ha-prod-eu");
        assertThat(DEV.sharedSecret()).isEqualTo("overleaf-ha/dev/server-pro-environment");
        assertThat(DEV.registryCredentials()).isEqualTo("overleaf-ha/dev/registry-credentials");
        assertThat(StackNames.secretNamePrefix(DEV.sharedSecret())).isEqualTo("overleaf-ha/dev/server-pro-environment-");
        assertThat(dotted.hostNetwork()).isEqualTo("overleaf-ha-prod-eu");
        assertThat(dotted.hostVolume("mongo")).isEqualTo("overleaf-ha-prod-eu-mongo");
        assertThat(StackNames.accessLogBucket("example-edu-overleaf")).isEqualTo("example-edu-overleaf-alb-logs");
        assertThat(StackNames.replicaBucket("example-edu-overleaf-chunks")).isEqualTo("example-edu-overleaf-chunks-replica");
    }

    @Test
    void goodNamesHaveNoProblems() {
        assertThat(DEV.awsProblems()).isEmpty();
        assertThat(new StackNames("ssm-overleaf", "dev").pulumiProblems()).isEmpty();
    }

    @Test
    void namesOutsidePulumisAlphabetAreRefused() {
        assertThat(new StackNames("over leaf", "dev").pulumiProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.subject()).isEqualTo(StackNames.PROJECT);
            assertThat(problem.value()).isEqualTo("over leaf");
        });
        assertThat(new StackNames("overleaf-ha", "dev/eu").pulumiProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.subject()).isEqualTo(StackNames.STACK);
            assertThat(problem.fix()).isEqualTo("pick a stack name such as prod-eu");
        });
    }

    @Test
    void thePrivateZoneHasALabelForTheStackAndOneForTheProjectEachWithinDnsLimits() {
        assertThat(new StackNames("overleaf-ha", "prod.EU").privateZone()).isEqualTo("prod-eu.overleaf-ha.internal");
        assertThat(new StackNames("overleaf-ha", "prod.EU").gitBridgeHost()).isEqualTo("git-bridge.prod-eu.overleaf-ha.internal");
        // The longest names the Atlas rule allows: each label stays within DNS's 63.
        StackNames longest = new StackNames("p", "s".repeat(62));
        assertThat(longest.awsProblems()).isEmpty();
        assertThat(longest.privateZone().split("\\.")).allSatisfy(label -> assertThat(label).hasSizeLessThanOrEqualTo(63));
    }

    @Test
    void onAwsTheSlugFitsAtlassSixtyFourCharacters() {
        // "overleaf-ha-" is 12 characters: a 52-character stack makes 64, one more makes 65.
        assertThat(new StackNames("overleaf-ha", "s".repeat(52)).awsProblems()).isEmpty();
        assertThat(new StackNames("overleaf-ha", "s".repeat(53)).awsProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.subject()).isEqualTo(StackNames.STACK);
            assertThat(problem.why()).contains("(65 characters) and Atlas allows 64");
            assertThat(problem.fix()).isEqualTo("pick a stack name of at most 52 characters");
        });
        assertThat(new StackNames("overleaf-ha", "s".repeat(53)).pulumiProblems()).isEmpty();
    }

    @Test
    void onAwsAProjectStartingWithAwsOrSsmIsRefusedForTheParameterStore() {
        for (String project : List.of("AWS-overleaf", "ssm-overleaf")) {
            assertThat(new StackNames(project, "dev").awsProblems()).as(project).singleElement().satisfies(problem -> {
                assertThat(problem.subject()).isEqualTo(StackNames.PROJECT);
                assertThat(problem.why()).startsWith("SSM parameter /" + project + "/dev/migrated-version would start with aws or ssm");
            });
        }
    }

    @Test
    void theEditDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(NearestName.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestName.editDistance("flaw", "lawn")).isEqualTo(2);
        assertThat(NearestName.editDistance("", "abc")).isEqualTo(3);
        assertThat(NearestName.editDistance("abc", "")).isEqualTo(3);
        assertThat(NearestName.editDistance("abc", "abc")).isZero();
        assertThat(NearestName.editDistance("abcd", "abd")).isEqualTo(1);
        assertThat(NearestName.editDistance("ab", "ba")).isEqualTo(2);
    }

    @Test
    void theNearestNameIgnoresCaseAndTiesGoToTheFirst() {
        List<String> known = List.of("OVERLEAF_APP_NAME", "OVERLEAF_SITE_URL", "OVERLEAF_NAV_TITLE");
        assertThat(NearestName.in(known, "overleaf_site_ur")).contains("OVERLEAF_SITE_URL");
        assertThat(NearestName.in(known, "OVERLEAF_NAV_TITEL")).contains("OVERLEAF_NAV_TITLE");
        assertThat(NearestName.in(List.of("ab", "ba"), "aa")).contains("ab");
        assertThat(NearestName.in(List.of(), "x")).isEmpty();
    }

    @Test
    void serverProsVariablesAreKnownAndTheProgramsOwnAreNamedWithTheirKey() {
        assertThat(ServerProSettings.isKnown("OVERLEAF_SITE_URL")).isTrue();
        assertThat(ServerProSettings.isKnown("OVERLEAF_SITE_LANGUAGE")).isTrue();
        assertThat(ServerProSettings.isKnown("OVERLEAF_SITE_LANGUAGES")).isFalse();
        assertThat(ServerProSettings.nearest("OVERLEAF_SITE_LANGUAGES")).contains("OVERLEAF_SITE_LANGUAGE");
        assertThat(ServerProSettings.owner("OVERLEAF_SITE_URL")).contains("siteUrl");
        assertThat(ServerProSettings.owner("OVERLEAF_SITE_LANGUAGE")).isEmpty();
        assertThat(ServerProSettings.owned()).contains("OVERLEAF_SITE_URL", "OVERLEAF_SECURE_COOKIE")
                .doesNotContain("OVERLEAF_SITE_LANGUAGE");
    }

    @Test
    void accessLogsAreDeliveredByTheRegionsElbAccountInItsPartitionOrElseByTheService() {
        assertThat(ElbLogDelivery.principal(new AwsAccount("aws", "eu-north-1", "111122223333"))).containsExactly(java.util.Map.entry("AWS", "arn:aws:iam::897822967062:root"));
        assertThat(ElbLogDelivery.principal(new AwsAccount("aws-cn", "cn-north-1", "111122223333"))).containsExactly(java.util.Map.entry("AWS", "arn:aws-cn:iam::638102146993:root"));
        assertThat(ElbLogDelivery.principal(new AwsAccount("aws-us-gov", "us-gov-west-1", "111122223333"))).containsExactly(java.util.Map.entry("AWS", "arn:aws-us-gov:iam::048591011584:root"));
        assertThat(ElbLogDelivery.principal(new AwsAccount("aws", "eu-south-2", "111122223333"))).containsExactly(java.util.Map.entry("Service", ElbLogDelivery.SERVICE_PRINCIPAL));
    }
}
