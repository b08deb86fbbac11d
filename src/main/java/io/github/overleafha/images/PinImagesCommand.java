package io.github.overleafha.images;

import io.github.overleafha.ExitStatus;
import io.github.overleafha.config.ConfigSources;
import io.github.overleafha.config.CommandConfig;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.config.StackConfigLoader;
import io.github.overleafha.core.ImageReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code pin-images}: asks the registry which digest the release's tag points at, for Server Pro and git-bridge, and
 * writes both into the stack file. Deploys then never ask a registry, and each new digest is a reviewed diff.
 */
@Command(name = "pin-images", mixinStandardHelpOptions = true,
        description = "Resolve the Server Pro and git-bridge tags to digests through the registry's HTTP API and write"
                + " them into Pulumi.<stack>.yaml (no Docker daemon).")
public final class PinImagesCommand implements Callable<Integer> {

    /** The registry password is read from this variable (the stack file's copy is encrypted). */
    public static final String PASSWORD_VARIABLE = "REGISTRY_PASSWORD";

    @Option(names = "--stack", required = true, description = "Stack name: rewrites Pulumi.<stack>.yaml.")
    String stack;

    @Option(names = "--dir", defaultValue = ".", description = "Project directory holding Pulumi.yaml. Default: ${DEFAULT-VALUE}.")
    Path projectDir;

    @Option(names = "--dry-run", description = "Print the digests without writing the stack file.")
    boolean dryRun;

    /** The process environment; tests hand in their own. */
    Function<String, String> environment = System::getenv;
    RegistryClient registry = new RegistryClient();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CommandConfig<StackConfig> loaded = CommandConfig.load(
                () -> StackConfigLoader.loadForImagePinning(ConfigSources.offline(projectDir, stack, Map.of())), System.err);
        if (loaded.failed()) {
            return loaded.exitStatus();
        }
        StackConfig config = loaded.value();
        Optional<RegistryClient.Login> login = config.registry().map(account -> new RegistryClient.Login(
                account.username(), Optional.ofNullable(environment.apply(PASSWORD_VARIABLE)).orElse("")));
        if (login.isPresent() && login.get().password().isEmpty()) {
            System.err.println("registryUsername is set: put the registry password in the " + PASSWORD_VARIABLE
                    + " environment variable (the stack file's copy is encrypted)");
            return ExitStatus.INVALID_CONFIG.code();
        }
        String project = config.project();
        List<StackFileDigests.Pin> pins = new ArrayList<>();
        try {
            pins.add(pin(project + ":serverProImageDigest", config.serverPro().image(), config, login));
            pins.add(pin(project + ":gitBridgeImageDigest", config.serverPro().gitBridgeImage(), config, login));
        } catch (RegistryClient.RegistryException e) {
            System.err.println(e.getMessage());
            return ExitStatus.REGISTRY_FAILED.code();
        }
        for (StackFileDigests.Pin pin : pins) {
            out.println(pin.key() + ": " + pin.image().digest().orElseThrow() + "  (" + pin.image().repository() + ":"
                    + pin.image().tag().orElseThrow() + ")");
        }
        if (!dryRun) {
            List<StackFileDigests.Entry> entries = new ArrayList<>(pins.stream().map(StackFileDigests.Pin::entry).toList());
            entries.add(new StackFileDigests.Entry(project + ":pinnedImagesVersion", config.serverPro().version().toString(),
                    Optional.empty()));
            StackFileDigests.write(projectDir.resolve("Pulumi." + stack + ".yaml"), project, entries);
        }
        return ExitStatus.OK.code();
    }

    /** The login goes only to the Server Pro image's registry, the one the configuration checked. */
    private StackFileDigests.Pin pin(String key, ImageReference configured, StackConfig config,
                                     Optional<RegistryClient.Login> login) throws RegistryClient.RegistryException {
        ImageReference tagged = configured.withDigest(Optional.empty());
        boolean ownRegistry = config.registry().map(StackConfig.Registry::server).filter(tagged.registry()::equals).isPresent();
        String digest = registry.digest(tagged, ownRegistry ? login : Optional.empty());
        return new StackFileDigests.Pin(key, tagged.withDigest(digest));
    }
}
