package io.github.overleafha.node;

import io.github.overleafha.config.ConfigProblem;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.NetworkLayout;
import io.github.overleafha.core.SecretVariables;
import io.github.overleafha.core.ServerProEnvironment;
import io.github.overleafha.core.SignIn;
import io.github.overleafha.core.StackNames;
import io.github.overleafha.node.CloudConfigRenderer;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * EC2 refuses user data over 16 KB. Most of it follows from the configuration; what other resources give it (the
 * replication group's auto-name, an existing subnet's zone, the trusted proxies of an existing VPC) is only known
 * once the program runs. This renders it, before anything is declared, with the longest value each could take
 * (image digests are pinned in config), so a configuration that could not fit is rejected while nothing exists yet.
 */
public final class UserDataBudget {

    private static final String LONGEST_IP = "255.255.255.255";
    /** Replication group ids are at most 40 characters. */
    private static final String LONGEST_REDIS_GROUP = "x".repeat(40);
    private static final int LONGEST_PORT = 65535;
    /** A Wavelength zone's name, the longest kind. */
    private static final String LONGEST_ZONE = "us-east-1-wl1-bos-wlz-1";

    private UserDataBudget() {
    }

    /** Throws {@link InvalidConfigException} when a node's user data could pass EC2's limit. */
    public static void check(StackConfig config, StackConfig.Aws aws) {
        int worst = worstCaseBytes(config, aws);
        if (worst > CloudConfigRenderer.USER_DATA_LIMIT_BYTES) {
            Map.Entry<String, String> largest = largestContributor(config);
            int taken = largest.getValue().length() * (largest.getKey().equals("adminEmail") ? 1 : 2);
            throw new InvalidConfigException(List.of(new ConfigProblem(config.project() + ":" + largest.getKey(),
                    abbreviated(largest.getValue()),
                    "nodes' user data could reach " + worst + " bytes, over EC2's limit of "
                            + CloudConfigRenderer.USER_DATA_LIMIT_BYTES + "; this key takes about " + taken + " of them",
                    "shorten it by " + (worst - CloudConfigRenderer.USER_DATA_LIMIT_BYTES) + " bytes or more")));
        }
    }

    /** The most bytes any node's user data could take under this configuration. */
    public static int worstCaseBytes(StackConfig config, StackConfig.Aws aws) {
        var facts = worstCaseFacts(config, aws);
        return Math.max(CloudConfigRenderer.size(BootSpecs.leader(config, aws, facts,
                        BootSpecs.leaderResources(config, aws, LONGEST_ZONE))),
                CloudConfigRenderer.size(BootSpecs.follower(config, aws, facts)));
    }

    /** What the program learns only as it runs, each at its longest; the secret names: every one a node could get. */
    static BootSpecs.DeployedFacts worstCaseFacts(StackConfig config, StackConfig.Aws aws) {
        String sharedSecretName = StackNames.secretNamePrefix(config.names().sharedSecret());
        String registryCredentialsName = StackNames.secretNamePrefix(config.names().registryCredentials());
        List<String> proxies = aws.network().existing()
                .map(existing -> Collections.nCopies(existing.publicSubnetIds().size(), LONGEST_IP + "/32"))
                .orElseGet(() -> NetworkLayout.carve(aws.network().vpcCidr(), aws.network().availabilityZones().size())
                        .publicSubnets().stream().map(Object::toString).toList());
        ServerProEnvironment.Inputs environment = BootSpecs.environmentInputs(config, aws, LONGEST_PORT, true, proxies);
        var secretNames = new TreeSet<>(SecretVariables.all());
        secretNames.addAll(SignIn.secretFiles().keySet());
        secretNames.addAll(config.integrations().secretSettings().keySet());
        return new BootSpecs.DeployedFacts(environment, sharedSecretName, secretNames,
                config.registry().map(registry -> registryCredentialsName), LONGEST_REDIS_GROUP,
                config.serverPro().image(), config.serverPro().gitBridgeImage(),
                BootSpecs.logGroupName(config), BootSpecs.migrationParameterName(config));
    }

    /** The configurable value that takes the most room in the user data (most appear twice), and its text. */
    private static Map.Entry<String, String> largestContributor(StackConfig config) {
        var site = config.site();
        Map<String, String> candidates = new TreeMap<>(Map.of(
                "appName", site.appName(),
                "adminEmail", site.adminEmail(),
                "texLiveImages", String.join(",", config.serverPro().texLiveImages())));
        site.email().ifPresent(email -> candidates.put("smtpHost", email.smtpHost()));
        config.integrations().signIn().map(signIn -> signIn.environment(site.url().toString()).get("OVERLEAF_SAML_CERT"))
                .ifPresent(certificate -> candidates.put("samlIdpCertificate", certificate));
        candidates.put("serverProSettings", String.join("", config.integrations().settings().values()));
        return candidates.entrySet().stream()
                .max(Comparator.comparingInt(entry -> entry.getValue().length() * (entry.getKey().equals("adminEmail") ? 1 : 2)))
                .orElseThrow();
    }

    private static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "... (" + value.length() + " characters)";
    }
}
