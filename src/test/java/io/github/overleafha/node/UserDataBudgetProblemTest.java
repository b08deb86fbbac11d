package io.github.overleafha.node;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.ConfigProblem;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfig;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The problem a too-large user data gets: which key it names (the value taking the most room), how that value is
 * shown, and the byte counts it gives. Dev's largest such value is its one TeX Live image (38 characters, twice).
 */
class UserDataBudgetProblemTest {

    /** Not a key the problem can name, but long enough to push every node's user data over EC2's limit. */
    private static final String LONG_SEARCH_BASE = "ou=" + "x".repeat(8000) + ",dc=example,dc=edu";

    private static StackConfig overLimit(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(overrides);
        values.put("ldapSearchBase", LONG_SEARCH_BASE);
        return TestStacks.dev(values);
    }

    private static ConfigProblem problem(StackConfig config) {
        InvalidConfigException refused = catchThrowableOfType(InvalidConfigException.class, () -> UserDataBudget.check(config, TestStacks.aws(config)));
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }

    @Test
    void aLongAppNameIsNamedAbbreviatedWithTheBytesItTakesAndTheBytesToCut() {
        StackConfig config = TestStacks.dev(Map.of("appName", "x".repeat(3000)));
        int worst = worstCaseBytes(config);
        assertThat(worst).isGreaterThan(16384);
        ConfigProblem problem = problem(config);
        assertThat(problem.key()).isEqualTo("overleaf-ha:appName");
        assertThat(problem.value()).isEqualTo("x".repeat(57) + "... (3000 characters)");
        assertThat(problem.why()).isEqualTo("nodes' user data could reach " + worst
                + " bytes, over EC2's limit of 16384; this key takes about 6000 of them");
        assertThat(problem.fix()).isEqualTo("shorten it by " + (worst - 16384) + " bytes or more");
    }

    @Test
    void aValueOfSixtyCharactersIsShownWholeAndOneOfSixtyOneIsAbbreviated() {
        String sixty = "y".repeat(60);
        assertThat(problem(overLimit(Map.of("appName", sixty))).value()).isEqualTo(sixty);
        assertThat(problem(overLimit(Map.of("appName", sixty + "y"))).value())
                .isEqualTo("y".repeat(57) + "... (61 characters)");
    }

    @Test
    void theAdminEmailCountsOnceAndTheOtherValuesTwice() {
        // 80 characters once outweigh the TeX Live image's 2 x 38.
        String eighty = "a".repeat(40) + "@" + "b".repeat(27) + ".example.edu";
        ConfigProblem email = problem(overLimit(Map.of("adminEmail", eighty)));
        assertThat(email.key()).isEqualTo("overleaf-ha:adminEmail");
        assertThat(email.why()).endsWith("this key takes about 80 of them");
        // 70 characters once do not.
        String seventy = "a".repeat(40) + "@" + "b".repeat(17) + ".example.edu";
        ConfigProblem image = problem(overLimit(Map.of("adminEmail", seventy)));
        assertThat(image.key()).isEqualTo("overleaf-ha:texLiveImages");
        assertThat(image.why()).endsWith("this key takes about 76 of them");
    }

    @Test
    void aLongSmtpHostIsNamed() {
        String host = "smtp." + "x".repeat(40) + ".example.edu";
        assertThat(problem(overLimit(Map.of("smtpHost", host))).key()).isEqualTo("overleaf-ha:smtpHost");
    }

    @Test
    void aLongSamlCertificateIsNamed() {
        Map<String, String> saml = new HashMap<>(Map.of("externalAuth", "saml",
                "samlEntryPoint", "https://idp.example.edu/idp/profile/SAML2/Redirect/SSO",
                "samlIssuer", "https://overleaf-dev.example.edu/saml/meta",
                "samlIdpCertificate", "MIIC" + "A".repeat(9000)));
        for (String key : new String[] {"ldapUrl", "ldapBindDn", "ldapSearchBase", "ldapFirstNameAttribute", "ldapLastNameAttribute", "ldapBindPassword"}) {
            saml.put(key, "");
        }
        ConfigProblem problem = problem(TestStacks.dev(saml));
        assertThat(problem.key()).isEqualTo("overleaf-ha:samlIdpCertificate");
        assertThat(problem.value()).endsWith("... (9004 characters)");
    }

    @Test
    void theWorstCaseCountsEveryPublicSubnetAsATrustedProxy() {
        int threeZones = worstCaseBytes(TestStacks.dev());
        int twoZones = worstCaseBytes(TestStacks.dev(Map.of("availabilityZones", "[\"eu-west-1a\",\"eu-west-1b\"]")));
        assertThat(threeZones).isGreaterThan(twoZones);

        int threeExisting = worstCaseBytes(TestStacks.dev(existingVpc(3)));
        int twoExisting = worstCaseBytes(TestStacks.dev(existingVpc(2)));
        // Each subnet may hold a load balancer address anywhere in it: budgeted as the longest /32.
        assertThat(threeExisting - twoExisting).isGreaterThanOrEqualTo("255.255.255.255/32".length());
    }

    @Test
    void theWorstCaseCountsTheRegistryCredentialsName() {
        int withRegistry = worstCaseBytes(TestStacks.dev());
        int withoutRegistry = worstCaseBytes(TestStacks.dev(Map.of("registryUsername", "", "registryPassword", "")));
        assertThat(withRegistry - withoutRegistry).isGreaterThanOrEqualTo("overleaf-ha/dev/registry-credentials-".length());
    }

    private static Map<String, String> existingVpc(int subnets) {
        StringBuilder publicIds = new StringBuilder("[");
        StringBuilder privateIds = new StringBuilder("[");
        for (int i = 0; i < subnets; i++) {
            publicIds.append(i == 0 ? "" : ",").append("\"subnet-0a00000000000000").append(i).append('"');
            privateIds.append(i == 0 ? "" : ",").append("\"subnet-0b00000000000000").append(i).append('"');
        }
        return Map.of("availabilityZones", "[]", "existingVpcId", "vpc-0123456789abcdef0",
                "existingPublicSubnetIds", publicIds.append(']').toString(),
                "existingPrivateSubnetIds", privateIds.append(']').toString());
    }

    private static int worstCaseBytes(StackConfig config) {
        return UserDataBudget.worstCaseBytes(config, TestStacks.aws(config));
    }
}
