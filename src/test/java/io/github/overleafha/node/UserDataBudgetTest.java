package io.github.overleafha.node;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.TestPlans;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** User data that could pass EC2's 16 KB limit is refused before anything is declared, not halfway through. */
class UserDataBudgetTest {

    @Test
    void theWorstCaseIsNeverBelowWhatTheNodesReallyGet() {
        StackConfig config = TestStacks.dev();
        Plan plan = TestPlans.plan(config);
        int worst = worstCaseBytes(config);
        for (String role : List.of("leader", "follower")) {
            assertThat(TestStacks.userData(plan, role).getBytes(StandardCharsets.UTF_8).length).as(role).isLessThanOrEqualTo(worst);
        }
        assertThat(worst).isLessThanOrEqualTo(16384);
    }

    /**
     * The worst case names every secret a node's user data lists (SHARED_SECRET_NAMES), here those of a SAML stack
     * with a signing key, which is not a Server Pro variable but a file a node writes (SignIn.secretFiles). A name
     * left out would be bytes the budget never counts, which the byte comparison above cannot see: the worst case's
     * other slack is larger.
     */
    @Test
    void theWorstCaseNamesEverySecretANodeGets() {
        StackConfig config = TestStacks.samlWithKeys("dev", Map.of());
        Plan plan = TestPlans.plan(config);
        Set<String> worst = UserDataBudget.worstCaseFacts(config, TestStacks.aws(config)).sharedSecretNames();
        for (String role : List.of("leader", "follower")) {
            Matcher listed = Pattern.compile("SHARED_SECRET_NAMES='([^']*)'").matcher(TestStacks.userData(plan, role));
            assertThat(listed.find()).as(role).isTrue();
            List<String> names = List.of(listed.group(1).split(" "));
            assertThat(names).as(role).contains("OVERLEAF_HA_SAML_SIGNING_KEY", "OVERLEAF_SAML_DECRYPTION_PVK");
            assertThat(worst).as(role).containsAll(names);
        }
    }

    /** The secrets the nodes fetch are named in the worst case exactly as in the nodes' user data. */
    @Test
    void theWorstCaseNamesTheSecretsAsTheNodesDo() {
        StackConfig config = TestStacks.dev();
        BootSpecs.DeployedFacts worst = UserDataBudget.worstCaseFacts(config, TestStacks.aws(config));
        String userData = TestStacks.userData(TestPlans.plan(config), "leader");
        assertThat(userData).contains("SHARED_SECRETS_NAME='" + worst.sharedSecretName() + "'",
                "REGISTRY_CREDENTIALS_NAME='" + worst.registryCredentialsName().orElseThrow() + "'");
    }

    @Test
    void aLongAppNameIsRefusedNamingIt() {
        StackConfig config = TestStacks.dev(Map.of("appName", "x".repeat(3000)));
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> TestPlans.plan(config));
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("overleaf-ha:appName");
            assertThat(problem.why()).contains("over EC2's limit of 16384");
            assertThat(problem.fix()).startsWith("shorten it by");
        });
    }

    @Test
    void manyTexLiveImagesAreRefusedNamingThem() {
        String images = IntStream.range(2000, 2080).mapToObj(year -> "\"quay.io/sharelatex/texlive-full:" + year + ".1\"")
                .collect(Collectors.joining(",", "[", "]"));
        StackConfig config = TestStacks.dev(Map.of("texLiveImages", images));
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> TestPlans.plan(config));
        assertThat(error.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.key()).isEqualTo("overleaf-ha:texLiveImages"));
    }

    @Test
    void manyLongSettingsAreRefusedNamingThem() {
        String settings = "[{OVERLEAF_LOGIN_SUPPORT_TEXT: \"" + "x".repeat(7000) + "\"}, {OVERLEAF_RIGHT_FOOTER: \""
                + "y".repeat(2000) + "\"}]";
        StackConfig config = TestStacks.dev(Map.of("serverProSettings", settings));
        InvalidConfigException error = catchThrowableOfType(InvalidConfigException.class, () -> TestPlans.plan(config));
        assertThat(error.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.key()).isEqualTo("overleaf-ha:serverProSettings"));
    }

    @Test
    void theLocalStackHasNoUserData() {
        assertThat(TestPlans.plan(TestStacks.local(Map.of("appName", "x".repeat(3000)))).resources()).isNotEmpty();
    }

    private static int worstCaseBytes(StackConfig config) {
        return UserDataBudget.worstCaseBytes(config, TestStacks.aws(config));
    }
}
