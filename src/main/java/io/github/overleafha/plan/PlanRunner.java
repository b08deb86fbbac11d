package io.github.overleafha.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import io.github.overleafha.OverleafStack;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfig;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs the real program on the Pulumi SDK's mock engine, with no engine, CLI or cloud account, and returns what
 * it declared. The offline plan command and the tests both go through here.
 */
public final class PlanRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The SDK would print each failure of the program with its stack trace; the plan reports them itself. */
    private static final Logger SILENT = silentLogger();

    private PlanRunner() {
    }

    /**
     * The plan of a stack already deployed, whose SSM parameters (name to value) hold {@code deployedParameters}:
     * what the program reads from them at preview (the leader's migrated version) decides as it would then.
     *
     * @throws InvalidConfigException when the program refuses the configuration
     */
    public static Plan plan(StackConfig config, Map<String, String> deployedParameters) {
        return plan(config, deployedParameters, EngineLoop.awaiting());
    }

    /** The plan of a stack, its tasks driven by {@code loop}. */
    static Plan plan(StackConfig config, Map<String, String> deployedParameters, EngineLoop loop) {
        // Outside the mock engine too, so a rejected configuration is reported without the engine's stack trace.
        OverleafStack.preflight(config);
        return run(config.project(), config.stack(), new PlanMocks(mockedRegion(config), deployedParameters),
                ctx -> OverleafStack.define(ctx, config), loop);
    }

    /** The region the mocks answer AWS's data sources in: the stack's own; the local demo reads none. */
    static String mockedRegion(StackConfig config) {
        return config.target() instanceof StackConfig.Aws aws ? aws.network().region() : "";
    }

    /** The plan of any program: bench/EmptyProgram's floor (built against the jar alone), and tests of single components. */
    public static Plan run(String project, String stack, String region, Consumer<Context> program) {
        return run(project, stack, new PlanMocks(region), program, EngineLoop.awaiting());
    }

    /**
     * The plan of any program on {@code mocks}, its tasks driven by {@code loop}.
     *
     * @throws IllegalStateException naming, on its first line, the root cause of each exception the program failed
     *                               with; then what the engine was told
     */
    static Plan run(String project, String stack, Mocks mocks, Consumer<Context> program, EngineLoop loop) {
        var monitor = new RecordingMonitor(mocks);
        try {
            TestResult result = loop.run(PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(project).stackName(stack).preview(false).build())
                    .mocks(mocks)
                    .standardLogger(SILENT)
                    .monitorDecorator(ignored -> monitor), program);
            // A refused configuration is the user's to fix, not a defect: report it as such.
            result.exceptions().stream().map(PlanRunner::rootCause).filter(InvalidConfigException.class::isInstance)
                    .findFirst().ifPresent(refused -> {
                        throw (InvalidConfigException) refused;
                    });
            if (result.exitCode() != 0 || !result.exceptions().isEmpty() || !result.errors().isEmpty()) {
                throw new IllegalStateException("the program failed on the mock engine: "
                        + result.exceptions().stream().map(PlanRunner::describe).distinct().collect(Collectors.joining("; "))
                        + System.lineSeparator() + String.join(System.lineSeparator(), result.errors()));
            }
            Map<String, JsonNode> outputs = new TreeMap<>();
            result.outputs().forEach((name, output) -> outputs.put(name, outputValue(output)));
            return new Plan(project, stack, monitor.resources(), outputs);
        } finally {
            PulumiTest.cleanup();
        }
    }

    private static Logger silentLogger() {
        Logger logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.OFF);
        return logger;
    }

    private static JsonNode outputValue(Output<?> output) {
        var data = PulumiTestInternal.extractOutputData(output);
        if (data.isSecret()) {
            return JsonNodeFactory.instance.textNode(RecordingMonitor.SECRET_TEXT);
        }
        if (!data.isKnown()) {
            return JsonNodeFactory.instance.textNode(RecordingMonitor.UNKNOWN_TEXT);
        }
        return JSON.valueToTree(data.getValueNullable());
    }

    private static String describe(Throwable error) {
        Throwable root = rootCause(error);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
