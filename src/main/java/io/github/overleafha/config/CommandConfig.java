package io.github.overleafha.config;

import io.github.overleafha.ExitStatus;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A command's configuration load, the same for every command: when it fails, the message goes to standard error and
 * the command exits with {@link ExitStatus#INVALID_CONFIG} for an invalid configuration (every problem listed) or
 * {@link ExitStatus#MISSING_FILES} when the project or stack file cannot be read.
 *
 * @param <T> what the command loads: a {@link StackConfig}, or that with the raw values it came from
 */
public final class CommandConfig<T> {

    private final Optional<T> loaded;
    private final int exitStatus;

    private CommandConfig(Optional<T> loaded, int exitStatus) {
        this.loaded = loaded;
        this.exitStatus = exitStatus;
    }

    /** Runs {@code load}, printing its failure, if any, on {@code err}. */
    public static <T> CommandConfig<T> load(Supplier<T> load, PrintStream err) {
        try {
            return new CommandConfig<>(Optional.of(load.get()), 0);
        } catch (InvalidConfigException e) {
            err.println(e.getMessage());
            return new CommandConfig<>(Optional.empty(), ExitStatus.INVALID_CONFIG.code());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(e.getMessage());
            return new CommandConfig<>(Optional.empty(), ExitStatus.MISSING_FILES.code());
        }
    }

    public boolean failed() {
        return loaded.isEmpty();
    }

    /** The status the command exits with when the load {@link #failed}. */
    public int exitStatus() {
        return exitStatus;
    }

    /** What was loaded; only when the load did not fail. */
    public T value() {
        return loaded.orElseThrow(() -> new NoSuchElementException("the configuration failed to load (exit " + exitStatus + ")"));
    }
}
