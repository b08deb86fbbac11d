package io.github.overleafha.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns raw stack configuration into a {@link StackConfig}, checking everything in one pass: the common keys
 * ({@link CommonReader}, {@link IntegrationsReader}), then the target's ({@link AwsReader}, {@link LocalReader}).
 * Any problem, however many, ends in one {@link InvalidConfigException} that lists them all.
 */
public final class StackConfigLoader {

    private StackConfigLoader() {
    }

    public static StackConfig load(ConfigValues values) {
        return load(values, false);
    }

    /**
     * For {@code pin-images}, which writes the digests an AWS stack requires: everything else is checked as usual,
     * and the images' digests may still be missing.
     */
    public static StackConfig loadForImagePinning(ConfigValues values) {
        return load(values, true);
    }

    private static StackConfig load(ConfigValues values, boolean pinning) {
        ConfigReader in = new ConfigReader(values);
        TargetReader targetReader = TargetReader.of(in.choice("target"), pinning);
        StackConfig.Site site = CommonReader.readSite(in, targetReader);
        StackConfig.ServerPro serverPro = CommonReader.readServerPro(in, pinning);
        StackConfig.Fleet fleet = CommonReader.readFleet(in);
        StackConfig.Storage storage = CommonReader.readStorage(in);
        Optional<StackConfig.Registry> registry = CommonReader.readRegistry(in, serverPro.image());
        StackConfig.Integrations integrations = IntegrationsReader.read(in, targetReader);
        StackConfig.Target target = targetReader.read(in, site, serverPro, fleet, storage);
        in.checkUnreadKeys(targetReader.scope());
        in.reportUnknownKeys();
        if (!in.problems().isEmpty()) {
            throw new InvalidConfigException(in.problems());
        }
        return new StackConfig(values.project(), values.stack(), site, serverPro, fleet, storage, registry, integrations,
                target);
    }

    /**
     * For a deployment: {@link #load}, and refuse placeholders of the example stack files too, all problems at once,
     * so that {@code pulumi up} never creates half a stack before AWS refuses a fake AMI or zone.
     */
    public static StackConfig loadForDeployment(ConfigValues values) {
        List<ConfigProblem> placeholders = Placeholders.find(values);
        StackConfig config;
        try {
            config = load(values);
        } catch (InvalidConfigException e) {
            List<ConfigProblem> all = new ArrayList<>(placeholders);
            all.addAll(e.problems());
            throw new InvalidConfigException(all);
        }
        if (!placeholders.isEmpty()) {
            throw new InvalidConfigException(placeholders);
        }
        return config;
    }
}
