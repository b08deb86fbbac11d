package io.github.overleafha.config;

import io.github.overleafha.TestStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The loader's guards one by one, through its public entry point: each bad value gets its own problem (and no
 * other), and each value just inside a limit loads. Mutation testing (scripts/mutation.sh) showed every one of
 * these guards could be deleted with the broader tests of {@link StackConfigLoaderTest} still green.
 */
class StackConfigGuardsTest {

    private static final String EXISTING_VPC = "vpc-0123456789abcdef0";
    private static final String PUBLIC_SUBNETS = "subnet-0123456789abcdef0,subnet-0123456789abcdef1";
    private static final String PRIVATE_SUBNETS = "subnet-0123456789abcdef2,subnet-0123456789abcdef3";

    /** The problems the dev stack with {@code overrides} gets; empty when it loads. */
    private static List<ConfigProblem> devProblems(Map<String, String> overrides) {
        return problems(TestStacks.devValues(overrides));
    }

    private static List<ConfigProblem> localProblems(Map<String, String> overrides) {
        return problems(TestStacks.values("local", overrides));
    }

    private static List<ConfigProblem> problems(ConfigValues values) {
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> StackConfigLoader.load(values));
        return error == null ? List.of() : error.problems();
    }

    /** The one problem of a configuration that has exactly one. */
    private static ConfigProblem onlyProblem(List<ConfigProblem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    /** {@code values} as the same stack of a project called {@code project}. */
    private static ConfigValues renamed(ConfigValues values, String project) {
        UnaryOperator<String> rename = key -> key.replaceFirst("^" + values.project() + ":", project + ":");
        Map<String, String> renamedValues = new HashMap<>();
        values.values().forEach((key, value) -> renamedValues.put(rename.apply(key), value));
        return new ConfigValues(project, values.stack(), renamedValues,
                values.secretKeys().stream().map(rename).collect(Collectors.toSet()));
    }

    /** Each target's reader checks the names with its own rules: Pulumi's everywhere, AWS's only on AWS. */
    @Test
    void eachTargetChecksTheNamesWithItsOwnRules() {
        ConfigValues dev = TestStacks.devValues(Map.of());
        ConfigValues local = TestStacks.values("local", Map.of());
        ConfigProblem badStack = onlyProblem(problems(new ConfigValues(dev.project(), "prod eu", dev.values(), dev.secretKeys())));
        assertThat(badStack.key()).isEqualTo("stack name");
        assertThat(badStack.value()).isEqualTo("prod eu");
        assertThat(onlyProblem(problems(new ConfigValues(local.project(), "prod eu", local.values(), local.secretKeys()))).key())
                .isEqualTo("stack name");
        // Parameter Store reserves names starting with ssm: only the AWS target stores one.
        assertThat(onlyProblem(problems(renamed(dev, "ssm-overleaf"))).why()).contains("Parameter Store reserves");
        assertThat(problems(renamed(local, "ssm-overleaf"))).isEmpty();
    }

    private static Map<String, String> existingVpc(String publicSubnets, String privateSubnets) {
        return Map.of("availabilityZones", "[]", "existingVpcId", EXISTING_VPC,
                "existingPublicSubnetIds", publicSubnets, "existingPrivateSubnetIds", privateSubnets);
    }

    /** The dev stack's raw values without {@code keys}, as if the stack file had never set them. */
    private static ConfigValues devWithout(String... keys) {
        ConfigValues dev = TestStacks.devValues(Map.of());
        Map<String, String> values = new HashMap<>(dev.values());
        Set<String> secretKeys = new HashSet<>(dev.secretKeys());
        for (String key : keys) {
            values.remove("overleaf-ha:" + key);
            secretKeys.remove("overleaf-ha:" + key);
        }
        return new ConfigValues(dev.project(), dev.stack(), values, secretKeys);
    }

    // Site and email

    @Test
    void aSiteUrlWithAnotherSchemeIsToldTheHttpsUrlOfItsOwnHost() {
        ConfigProblem problem = onlyProblem(devProblems(Map.of("siteUrl", "ftp://latex.example.org")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:siteUrl");
        assertThat(problem.fix()).contains("https://latex.example.org");
        assertThat(onlyProblem(devProblems(Map.of("siteUrl", "ftp://latex_example"))).fix())
                .contains("https://overleaf.example.edu");
    }

    @Test
    void aSiteUrlThatIsNotAUrlSaysSo() {
        ConfigProblem problem = onlyProblem(devProblems(Map.of("siteUrl", "https://over leaf.example.edu")));
        assertThat(problem.why()).contains("not a URL");
        assertThat(problem.value()).isEqualTo("https://over leaf.example.edu");
    }

    @Test
    void onAwsTheSiteIsServedOnTheDefaultPortAtTheRootOfItsHost() {
        ConfigProblem withPort = onlyProblem(devProblems(Map.of("siteUrl", "https://overleaf.example.edu:8443")));
        assertThat(withPort.why()).contains("on the default port");
        assertThat(withPort.fix()).isEqualTo("write only scheme, host: https://overleaf.example.edu");
        for (String url : List.of("https://admin@overleaf.example.edu", "https://overleaf.example.edu?x=1",
                "https://overleaf.example.edu#top")) {
            assertThat(onlyProblem(devProblems(Map.of("siteUrl", url))).why()).as(url).contains("root of its host");
        }
        assertThat(devProblems(Map.of("siteUrl", "https://overleaf.example.edu/"))).isEmpty();
    }

    @Test
    void locallyTheSiteKeepsItsPortButNotAPath() {
        ConfigProblem problem = onlyProblem(localProblems(Map.of("siteUrl", "http://localhost:8080/overleaf")));
        assertThat(problem.why()).isEqualTo("Server Pro must be served at the root of its host");
        assertThat(problem.fix()).isEqualTo("write only scheme, host and port: http://localhost:8080");
        assertThat(onlyProblem(localProblems(Map.of("siteUrl", "https://demo.example.edu/overleaf"))).fix())
                .isEqualTo("write only scheme, host and port: https://demo.example.edu");
    }

    @Test
    void aLocalSiteOnThisMachineMustUseThePublishedPortWhateverItsScheme() {
        assertThat(onlyProblem(localProblems(Map.of("siteUrl", "http://localhost"))).why()).endsWith("not 80");
        assertThat(onlyProblem(localProblems(Map.of("siteUrl", "https://127.0.0.1"))).why()).endsWith("not 443");
        assertThat(localProblems(Map.of("siteUrl", "http://localhost", "localHttpPort", "80"))).isEmpty();
        assertThat(localProblems(Map.of("siteUrl", "http://overleaf.example.edu"))).isEmpty();
        assertThat(TestStacks.local(Map.of("siteUrl", "http://LOCALHOST:8080")).site().url().toString())
                .isEqualTo("http://localhost:8080");
    }

    @Test
    void aSenderThatIsNotAnEmailAddressIsRejected() {
        ConfigProblem problem = onlyProblem(devProblems(Map.of("emailFromAddress", "overleaf at example.edu")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:emailFromAddress");
        assertThat(problem.why()).contains("not an email address");
    }

    @Test
    void anSmtpHostThatIsNotAHostNameIsRejected() {
        ConfigProblem problem = onlyProblem(devProblems(Map.of("smtpHost", "smtp_server")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:smtpHost");
        assertThat(problem.value()).isEqualTo("smtp_server");
    }

    @Test
    void smtpAuthenticationNeedsUserAndPasswordTogether() {
        ConfigProblem noPassword = onlyProblem(problems(devWithout("smtpPassword")));
        assertThat(noPassword.key()).isEqualTo("overleaf-ha:smtpPassword");
        assertThat(noPassword.fix()).isEqualTo("set smtpPassword with --secret, or remove the other");
        ConfigProblem noUser = onlyProblem(problems(devWithout("smtpUser")));
        assertThat(noUser.key()).isEqualTo("overleaf-ha:smtpUser");
        assertThat(noUser.fix()).isEqualTo("set smtpUser, or remove the other");
        assertThat(problems(devWithout("smtpUser", "smtpPassword"))).isEmpty();
    }

    @Test
    void theEmailSettingsReachTheConfig() {
        var email = TestStacks.dev(Map.of("smtpPort", "465")).site().email().orElseThrow();
        assertThat(email.fromAddress()).isEqualTo("overleaf-dev@example.edu");
        assertThat(email.smtpHost()).isEqualTo("email-smtp.eu-west-1.amazonaws.com");
        assertThat(email.smtpPort()).isEqualTo(465);
        assertThat(email.smtpUser()).contains("AKIAEXAMPLESMTPUSER");
    }

    @Test
    void registryLoginNeedsUserAndPasswordTogether() {
        ConfigProblem noPassword = onlyProblem(problems(devWithout("registryPassword")));
        assertThat(noPassword.key()).isEqualTo("overleaf-ha:registryPassword");
        assertThat(noPassword.fix()).isEqualTo("set registryPassword with --secret, or remove the other");
        assertThat(onlyProblem(problems(devWithout("registryUsername"))).fix())
                .isEqualTo("set registryUsername, or remove the other");
        assertThat(StackConfigLoader.load(devWithout("registryUsername", "registryPassword")).registry()).isEmpty();
    }

    // Server Pro and its images

    @Test
    void theOldestSupportedReleaseLoadsAndTheOneBeforeItDoesNot() {
        assertThat(devProblems(Map.of("serverProVersion", "5.0.3", "pinnedImagesVersion", "5.0.3", "redisTls", "false")))
                .isEmpty();
        assertThat(onlyProblem(devProblems(Map.of("serverProVersion", "5.0.2", "pinnedImagesVersion", "5.0.2",
                "redisTls", "false"))).key())
                .isEqualTo("overleaf-ha:serverProVersion");
    }

    @Test
    void redisTlsFollowsTheConfigWhereTheReleaseAllowsIt() {
        assertThat(TestStacks.devAws().redis().tls()).isTrue();
        var old = TestStacks.dev(Map.of("serverProVersion", "5.4.0", "pinnedImagesVersion", "5.4.0", "redisTls", "false"));
        assertThat(TestStacks.aws(old).redis().tls()).isFalse();
        assertThat(old.serverPro().version().toString()).isEqualTo("5.4.0");
    }

    @Test
    void aMongoVersionEqualToTheReleasesMinimumLoads() {
        assertThat(TestStacks.devAws(Map.of("mongoVersion", "8.0")).atlas().mongoVersion()).isEqualTo("8.0");
        assertThat(TestStacks.devAws(Map.of("mongoVersion", "8.2")).atlas().mongoVersion()).isEqualTo("8.2");
        assertThat(onlyProblem(devProblems(Map.of("serverProVersion", "5.5.4", "pinnedImagesVersion", "5.5.4",
                "mongoVersion", "5.0"))).why())
                .contains("Atlas offers");
    }

    @Test
    void aTexLiveImageListedTwiceIsRejected() {
        ConfigProblem problem = onlyProblem(devProblems(Map.of("texLiveImages",
                "[quay.io/sharelatex/texlive-full:2025.1, quay.io/sharelatex/texlive-full:2025.1]")));
        assertThat(problem.why()).isEqualTo("it is listed twice");
        assertThat(problem.value()).isEqualTo("quay.io/sharelatex/texlive-full:2025.1");
    }

    @Test
    void anImageGivenWithADigestOrTagIsToldTheTagIsTheRelease() {
        String digest = "@sha256:" + "a".repeat(64);
        assertThat(onlyProblem(devProblems(Map.of("serverProImage", "quay.io/sharelatex/sharelatex-pro" + digest))).why())
                .contains("tag is always serverProVersion");
        assertThat(onlyProblem(devProblems(Map.of("serverProImage", "SharelatexPro"))).why())
                .startsWith("it is not a container image repository");
        assertThat(onlyProblem(devProblems(Map.of("gitBridgeImage", "registry.example.edu:5000/Git-Bridge"))).why())
                .startsWith("it is not a container image repository");
    }

    // Fleet and timeouts

    @ParameterizedTest
    @ValueSource(strings = {"2", "50"})
    void theNodeCountsAtTheLimitsLoad(String nodes) {
        assertThat(TestStacks.dev(Map.of("nodeCount", nodes)).fleet().nodeCount()).isEqualTo(Integer.parseInt(nodes));
    }

    @Test
    void anIdleTimeoutEqualToTheCompileTimeoutLoads() {
        var edge = TestStacks.dev(Map.of("compileTimeoutSeconds", "600", "loadBalancerIdleTimeoutSeconds", "600"))
                .fleet().edge();
        assertThat(edge.idleTimeout()).isEqualTo(edge.compileTimeout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5000", "soon", ""})
    void aWrongIdleTimeoutIsOneProblemNotTwo(String idle) {
        assertThat(onlyProblem(devProblems(Map.of("loadBalancerIdleTimeoutSeconds", idle))).key())
                .isEqualTo("overleaf-ha:loadBalancerIdleTimeoutSeconds");
    }

    // Network

    @Test
    void vpcPrefixesAtTheLimitsLoad() {
        assertThat(TestStacks.devAws(Map.of("vpcCidr", "10.40.0.0/20")).network().vpcCidr().prefix()).isEqualTo(20);
        assertThat(TestStacks.devAws(Map.of("vpcCidr", "10.40.0.0/16")).network().vpcCidr().prefix()).isEqualTo(16);
        assertThat(onlyProblem(devProblems(Map.of("vpcCidr", "10.40.0.0/21"))).why()).contains("between /16 and /20");
        assertThat(onlyProblem(devProblems(Map.of("vpcCidr", "10.40.0.0/15"))).why()).contains("between /16 and /20");
    }

    @Test
    void sixZonesLoadAndSevenDoNot() {
        String six = "[eu-west-1a, eu-west-1b, eu-west-1c, eu-west-1d, eu-west-1e, eu-west-1f]";
        assertThat(TestStacks.devAws(Map.of("availabilityZones", six)).network().availabilityZones()).hasSize(6);
        ConfigProblem seven = onlyProblem(devProblems(Map.of("availabilityZones", six.replace("]", ", eu-west-1g]"))));
        assertThat(seven.why()).contains("2 to 6 zones");
    }

    @Test
    void aNewVpcWithoutZonesIsToldTheZonesOfItsRegion() {
        ConfigProblem problem = onlyProblem(devProblems(Map.of("aws:region", "us-east-2", "availabilityZones", "[]",
                "smtpHost", "email-smtp.us-east-2.amazonaws.com", "alarmTopicArn", "arn:aws:sns:us-east-2:111122223333:alarms")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:availabilityZones");
        assertThat(problem.value()).isNull();
        assertThat(problem.fix()).isEqualTo("list 2 or more zones of us-east-2, e.g. [us-east-2a, us-east-2b]");
    }

    @Test
    void listsIgnoreEmptyItems() {
        assertThat(TestStacks.devAws(Map.of("availabilityZones", "eu-west-1a,, eu-west-1b,")).network().availabilityZones())
                .containsExactly("eu-west-1a", "eu-west-1b");
        assertThat(onlyProblem(devProblems(Map.of("existingPublicSubnetIds", "[subnet-0123456789abcdef0, [x]]"))).why())
                .isEqualTo("it is not a list of strings");
    }

    @Test
    void theNatGatewayChoiceReachesTheConfig() {
        assertThat(TestStacks.devAws(Map.of("natGateways", "perAz")).network().natGateways()).isEqualTo(StackConfig.NatGateways.PER_AZ);
        assertThat(TestStacks.devAws().network().natGateways()).isEqualTo(StackConfig.NatGateways.SINGLE);
    }

    @Test
    void anExistingVpcsSubnetsMustBeSubnetIdsListedOnce() {
        ConfigProblem badId = onlyProblem(devProblems(existingVpc(PUBLIC_SUBNETS, "subnet-xyz,subnet-0123456789abcdef3")));
        assertThat(badId.key()).isEqualTo("overleaf-ha:existingPrivateSubnetIds");
        assertThat(badId.value()).isEqualTo("subnet-xyz");
        ConfigProblem twice = onlyProblem(devProblems(existingVpc(PUBLIC_SUBNETS,
                "subnet-0123456789abcdef2,subnet-0123456789abcdef2")));
        assertThat(twice.key()).isEqualTo("overleaf-ha:existingPrivateSubnetIds");
        assertThat(twice.why()).isEqualTo("it is listed twice");
    }

    @Test
    void anExistingVpcWithoutSubnetsIsToldToListThem() {
        List<ConfigProblem> problems = devProblems(existingVpc("", ""));
        assertThat(problems).extracting(ConfigProblem::key)
                .containsExactly("overleaf-ha:existingPublicSubnetIds", "overleaf-ha:existingPrivateSubnetIds");
        assertThat(problems).allSatisfy(problem -> assertThat(problem.value()).isNull());
        assertThat(onlyProblem(devProblems(existingVpc("subnet-0123456789abcdef0", PRIVATE_SUBNETS))).value())
                .isEqualTo("subnet-0123456789abcdef0");
    }

    @Test
    void aSubnetCannotBeBothPublicAndPrivate() {
        ConfigProblem problem = onlyProblem(devProblems(existingVpc(PUBLIC_SUBNETS,
                "subnet-0123456789abcdef1,subnet-0123456789abcdef3")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:existingPrivateSubnetIds");
        assertThat(problem.value()).isEqualTo("subnet-0123456789abcdef1");
        assertThat(problem.why()).contains("also listed as public");
    }

    @Test
    void anExistingVpcTakesItsZonesFromItsSubnets() {
        Map<String, String> withZones = new HashMap<>(existingVpc(PUBLIC_SUBNETS, PRIVATE_SUBNETS));
        withZones.put("availabilityZones", "[eu-west-1a, eu-west-1b]");
        ConfigProblem problem = onlyProblem(devProblems(withZones));
        assertThat(problem.key()).isEqualTo("overleaf-ha:availabilityZones");
        assertThat(problem.value()).isEqualTo("eu-west-1a,eu-west-1b");
        var existing = TestStacks.devAws(existingVpc(PUBLIC_SUBNETS, PRIVATE_SUBNETS)).network().existing().orElseThrow();
        assertThat(existing.vpcId()).isEqualTo(EXISTING_VPC);
        assertThat(existing.publicSubnetIds()).containsExactly("subnet-0123456789abcdef0", "subnet-0123456789abcdef1");
    }

    @Test
    void publicSubnetsWithoutAnExistingVpcAreRejected() {
        ConfigProblem problem = onlyProblem(devProblems(Map.of("existingPublicSubnetIds", PUBLIC_SUBNETS)));
        assertThat(problem.key()).isEqualTo("overleaf-ha:existingPublicSubnetIds");
        assertThat(problem.value()).isEqualTo(PUBLIC_SUBNETS);
        assertThat(problem.why()).contains("all or none");
    }

    // AWS settings

    @Test
    void anAwsStackWithoutClientNetworksIsRejectedButTheLocalStackNeedsNone() {
        ConfigProblem problem = onlyProblem(devProblems(Map.of("allowedIngressCidrs", "[]")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:allowedIngressCidrs");
        assertThat(problem.value()).isNull();
        assertThat(problem.why()).isEqualTo("nobody could reach the site");
        assertThat(localProblems(Map.of("allowedIngressCidrs", "[]"))).isEmpty();
    }

    @Test
    void twentyFiveClientNetworksLoad() {
        List<String> cidrs = IntStream.range(0, 25).mapToObj(i -> "10." + i + ".0.0/16").toList();
        assertThat(TestStacks.devAws(Map.of("allowedIngressCidrs", String.join(",", cidrs))).loadBalancer()
                .allowedIngressCidrs()).isEqualTo(cidrs);
    }

    @Test
    void aMissingAmiHasNoValueAndAMalformedOneShowsIt() {
        ConfigProblem missing = onlyProblem(devProblems(Map.of("nodeAmiId", "")));
        assertThat(missing.value()).isNull();
        assertThat(missing.why()).contains("pinned per stack");
        ConfigProblem malformed = onlyProblem(devProblems(Map.of("nodeAmiId", "ami-12")));
        assertThat(malformed.value()).isEqualTo("ami-12");
        assertThat(malformed.why()).isEqualTo("it is not an AMI id");
    }

    @Test
    void aMalformedCertificateArnIsShownOneOfTheStacksRegion() {
        ConfigProblem problem = onlyProblem(devProblems(Map.of("aws:region", "us-east-2",
                "availabilityZones", "[us-east-2a, us-east-2b]", "smtpHost", "email-smtp.us-east-2.amazonaws.com",
                "alarmTopicArn", "arn:aws:sns:us-east-2:111122223333:alarms", "certificateArn", "my-certificate")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:certificateArn");
        assertThat(problem.fix()).contains("arn:aws:acm:us-east-2:111122223333:certificate/");
    }

    @Test
    void theAwsSettingsReachTheConfig() {
        var aws = TestStacks.devAws(Map.of("mongoConnectivity", "ipAccessList", "redisReplicas", "2",
                "nodeAmiId", "ami-0123456789abcdef0", "atlasInstanceSize", "M20", "redisNodeType", "cache.m7g.large",
                "route53ZoneId", "Z0123456789ABCDEFGHIJ"));
        assertThat(aws.nodes().amiId()).isEqualTo("ami-0123456789abcdef0");
        assertThat(aws.atlas().connectivity()).isEqualTo(StackConfig.MongoConnectivity.IP_ACCESS_LIST);
        assertThat(aws.atlas().instanceSize()).isEqualTo("M20");
        assertThat(aws.redis().replicas()).isEqualTo(2);
        assertThat(aws.redis().nodeType()).isEqualTo("cache.m7g.large");
        assertThat(aws.loadBalancer().route53ZoneId()).contains("Z0123456789ABCDEFGHIJ");
        assertThat(TestStacks.devAws().atlas().connectivity()).isEqualTo(StackConfig.MongoConnectivity.PRIVATE_LINK);
    }

    // Secrets

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 30})
    void recoveryWindowsSecretsManagerAllowsLoad(int days) {
        assertThat(TestStacks.devAws(Map.of("secretRecoveryWindowDays", Integer.toString(days))).secrets().recoveryWindowDays())
                .isEqualTo(days);
    }

    @Test
    void aRecoveryWindowJustBelowSevenDaysIsRejected() {
        assertThat(onlyProblem(devProblems(Map.of("secretRecoveryWindowDays", "6"))).value()).isEqualTo("6");
        assertThat(onlyProblem(devProblems(Map.of("secretRecoveryWindowDays", "1"))).value()).isEqualTo("1");
    }

    // Where values come from

    @ParameterizedTest
    @CsvSource({"loadBalancerIdleTimeout,loadBalancerIdleTimeoutSeconds", "smtpUer,smtpUser", "smtprt,smtpPort"})
    void anUnknownKeyIsToldTheClosestKnownOne(String typo, String meant) {
        ConfigProblem problem = onlyProblem(devProblems(Map.of(typo, "1")));
        assertThat(problem.key()).isEqualTo("overleaf-ha:" + typo);
        assertThat(problem.fix()).startsWith("did you mean " + meant + "?");
    }

    @Test
    void aRedisTlsThatIsNotABooleanIsOneProblemNotTwo() {
        assertThat(onlyProblem(devProblems(Map.of("redisTls", "yes"))).why()).isEqualTo("it is not a boolean");
    }

    @Test
    void theStackSlugNamesProjectAndStack() {
        assertThat(TestStacks.dev().slug()).isEqualTo("overleaf-ha-dev");
    }

    @Test
    void underTheEngineWithoutPassedConfigTheProjectDefaultsApply() {
        ConfigValues values = ConfigSources.engine("overleaf-ha", "dev", TestStacks.PROJECT_DIR);
        assertThat(values.get("overleaf-ha:vpcCidr")).contains("10.40.0.0/16");
        assertThat(values.get("overleaf-ha:target")).contains("aws");
        assertThat(values.secretKeys()).isEmpty();
    }

    @Test
    void underTheEngineWithoutAProjectFileNothingIsSet(@TempDir Path empty) {
        ConfigValues values = ConfigSources.engine("overleaf-ha", "dev", empty);
        assertThat(values.values()).isEmpty();
        assertThat(values.project()).isEqualTo("overleaf-ha");
    }
}
