package io.github.overleafha.plan;

import io.github.overleafha.build.BuildInfo;
import io.github.overleafha.config.ConfigSources;
import io.github.overleafha.config.ConfigValues;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The options naming a stack's configuration, shared by the offline commands. */
final class StackOptions {

    @Option(names = "--stack", required = true, description = "Stack name: reads Pulumi.<stack>.yaml.")
    String stack;

    @Option(names = "--set", paramLabel = "<key>=<value>",
            description = "Override one config value; a key without a namespace is the project's (nodeCount=5),"
                    + " as with pulumi config set. Repeatable.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--dir", defaultValue = ".", description = "Project directory holding Pulumi.yaml. Default: ${DEFAULT-VALUE}.")
    Path projectDir;

    /** The stack's raw config: Pulumi.yaml's defaults, the stack file, then the settings. */
    ConfigValues values() {
        return ConfigSources.offline(projectDir, stack, ConfigSources.settings(settings));
    }

    /** Why this build must not be trusted with the project's files (built from other sources), if it must not. */
    Optional<String> staleBuild() {
        return BuildInfo.embedded().flatMap(build -> build.staleAgainst(projectDir));
    }
}
