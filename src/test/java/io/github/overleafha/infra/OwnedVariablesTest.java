package io.github.overleafha.infra;

import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.SecretVariables;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.core.ServerProSettings;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every variable the program sets belongs to a key, so the pass-through can never set it a second time: a variable
 * added to the environment without an owner fails here.
 */
class OwnedVariablesTest {

    private static Set<String> programVariables(StackConfig config) {
        Set<String> variables = new TreeSet<>();
        for (boolean minio : List.of(false, true)) {
            var inputs = ServerProInputs.of(config, ServerProEnvironment.ObjectStore.withBuckets("eu-west-1",
                            minio ? Optional.of("http://minio:9000") : Optional.empty(), minio, "prefix"),
                    new ServerProEnvironment.Redis("redis", 6379, true), List.of("10.0.0.0/24"), "git-bridge", "node-1");
            for (int index = 1; index <= 2; index++) {
                variables.addAll(ServerProEnvironment.node(inputs, index, "/data").keySet());
            }
        }
        variables.removeAll(config.integrations().settings().keySet());
        variables.addAll(SecretVariables.all());
        return variables;
    }

    @Test
    void everyVariableTheProgramSetsIsOwnedByAKeyAndIsOneServerProReads() {
        Map<String, String> saml = new HashMap<>(Map.of("externalAuth", "saml", "samlEntryPoint", "https://idp.example.edu/sso",
                "samlIssuer", "overleaf", "samlIdpCertificate", "MIICizCCAfQCCQCY8tKaMc0BMjANBgkqhkiG9w0BAQsFADCBiTELMAkG",
                "samlIdentityServiceName", "Example IdP"));
        for (String key : List.of("ldapUrl", "ldapBindDn", "ldapSearchBase", "ldapFirstNameAttribute", "ldapLastNameAttribute", "ldapBindPassword")) {
            saml.put(key, "");
        }
        List<StackConfig> configs = List.of(TestStacks.dev(), TestStacks.dev(saml),
                TestStacks.dev(Map.of("serverProVersion", "5.4.1", "pinnedImagesVersion", "5.4.1", "redisTls", "false", "emailFromAddress", "",
                        "smtpHost", "", "smtpUser", "", "smtpPassword", "")));
        for (StackConfig config : configs) {
            assertThat(ServerProSettings.owned()).containsAll(programVariables(config));
        }
        assertThat(ServerProSettings.owned()).allSatisfy(variable -> assertThat(ServerProSettings.isKnown(variable)).as(variable).isTrue());
    }
}
