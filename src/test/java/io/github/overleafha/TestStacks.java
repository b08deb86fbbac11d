package io.github.overleafha;

import io.github.overleafha.config.ConfigSources;
import io.github.overleafha.config.ConfigValues;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.config.StackConfigLoader;
import io.github.overleafha.plan.Plan;
import io.github.overleafha.plan.PlanRunner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The repository's own stack files, with per-test overrides, as every test's starting point. */
public final class TestStacks {

    public static final Path PROJECT_DIR = Path.of("").toAbsolutePath();

    private TestStacks() {
    }

    /** The dev stack's raw config with {@code overrides} (project keys may omit the "overleaf-ha:" prefix). */
    public static ConfigValues devValues(Map<String, String> overrides) {
        return values("dev", overrides);
    }

    /** A stack file's raw config with {@code overrides}, keys as for {@link #devValues}. */
    public static ConfigValues values(String stack, Map<String, String> overrides) {
        Map<String, String> qualified = new LinkedHashMap<>();
        overrides.forEach((key, value) -> qualified.put(key.contains(":") ? key : "overleaf-ha:" + key, value));
        return ConfigSources.offline(PROJECT_DIR, stack, qualified);
    }

    /** The dev stack's settings under another stack name, as `pulumi stack init <stack>` with the same config. */
    public static ConfigValues devValuesAs(String stack, Map<String, String> overrides) {
        ConfigValues dev = devValues(overrides);
        return new ConfigValues(dev.project(), stack, dev.values(), dev.secretKeys());
    }

    public static StackConfig dev(Map<String, String> overrides) {
        return StackConfigLoader.load(devValues(overrides));
    }

    /** The AWS part of the dev stack with {@code overrides}. */
    public static StackConfig.Aws devAws(Map<String, String> overrides) {
        return aws(dev(overrides));
    }

    public static StackConfig.Aws devAws() {
        return devAws(Map.of());
    }

    /** The AWS part of an AWS stack's configuration. */
    public static StackConfig.Aws aws(StackConfig config) {
        if (config.target() instanceof StackConfig.Aws aws) {
            return aws;
        }
        throw new AssertionError("stack " + config.stack() + " is not an AWS stack");
    }

    public static StackConfig dev() {
        return dev(Map.of());
    }

    public static Plan devPlan(Map<String, String> overrides) {
        return PlanRunner.plan(dev(overrides));
    }

    public static Plan devPlan() {
        return devPlan(Map.of());
    }

    /** The user data a fleet role's launch template carries ({@code leader} or {@code follower}), decoded. */
    public static String userData(Plan plan, String role) {
        return new String(Base64.getDecoder().decode(
                plan.get("aws:ec2/launchTemplate:LaunchTemplate", "fleet-" + role).text("userData")), StandardCharsets.UTF_8);
    }

    /** The local (one Docker host) stack with {@code overrides}. */
    public static StackConfig local(Map<String, String> overrides) {
        return StackConfigLoader.load(values("local", overrides));
    }

    public static Plan localPlan(Map<String, String> overrides) {
        return PlanRunner.plan(local(overrides));
    }

    public static Plan localPlan() {
        return localPlan(Map.of());
    }
}
