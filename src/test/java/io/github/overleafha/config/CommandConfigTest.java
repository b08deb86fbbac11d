package io.github.overleafha.config;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one way plan, check and pin-images report a configuration that fails to load. */
class CommandConfigTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    @Test
    void aLoadedConfigurationIsHandedOnAndNothingIsPrinted() {
        CommandConfig<String> loaded = CommandConfig.load(() -> "config", errStream);
        assertThat(loaded.failed()).isFalse();
        assertThat(loaded.value()).isEqualTo("config");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anInvalidConfigurationExitsTwoWithEveryProblemOnStandardError() {
        var problem = new ConfigProblem("overleaf-ha:nodeCount", "1", "too few", "write 2");
        CommandConfig<String> loaded = CommandConfig.load(() -> {
            throw new InvalidConfigException(List.of(problem));
        }, errStream);
        assertThat(loaded.failed()).isTrue();
        assertThat(loaded.exitStatus()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(problem.describe());
        assertThatThrownBy(loaded::value).hasMessageContaining("exit 2");
    }

    @Test
    void anUnreadableProjectOrStackFileExitsOneWithItsMessage() {
        CommandConfig<String> missing = CommandConfig.load(() -> {
            throw new IllegalArgumentException("cannot read Pulumi.x.yaml");
        }, errStream);
        CommandConfig<String> unreadable = CommandConfig.load(() -> {
            throw new UncheckedIOException(new IOException("Pulumi.yaml: permission denied"));
        }, errStream);
        assertThat(missing.exitStatus()).isEqualTo(1);
        assertThat(unreadable.exitStatus()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read Pulumi.x.yaml", "Pulumi.yaml: permission denied");
    }
}
