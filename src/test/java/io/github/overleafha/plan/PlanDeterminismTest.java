package io.github.overleafha.plan;

import io.github.overleafha.App;
import io.github.overleafha.ExitStatus;
import io.github.overleafha.TestJvm;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Previews stay quiet: every stack in the repository, run twice with the same config, declares exactly the same
 * inputs, and nothing in them comes from the clock, randomness or map order.
 */
class PlanDeterminismTest {

    /** Every stack file beside Pulumi.yaml. */
    static List<String> stacks() throws IOException {
        try (Stream<Path> files = Files.list(TestStacks.PROJECT_DIR)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("Pulumi\\.[^.]+\\.yaml"))
                    .map(name -> name.substring("Pulumi.".length(), name.length() - ".yaml".length()))
                    .sorted().toList();
        }
    }

    /**
     * Each stack's first in-process plan, made once and compared with every other run (a second in-process run, the
     * child JVMs), and checked for parents: a plan takes a second of the suite, and a third run of the same config
     * in the same JVM would prove nothing the second does not.
     */
    private static final Map<String, Plan> FIRST_PLANS = new ConcurrentHashMap<>();

    private static Plan plan(String stack, Map<String, String> overrides) {
        return TestPlans.plan(StackConfigLoader.load(TestStacks.values(stack, overrides)));
    }

    private static Plan firstPlan(String stack) {
        return FIRST_PLANS.computeIfAbsent(stack, name -> plan(name, Map.of()));
    }

    private static String planJson(String stack, Map<String, String> overrides) {
        return PlanPrinter.json(plan(stack, overrides));
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void twoRunsOfTheSameStackDeclareIdenticalInputs(String stack) {
        assertThat(planJson(stack, Map.of())).isEqualTo(PlanPrinter.json(firstPlan(stack)));
    }

    /**
     * Separate JVMs: Set.of and Map.of iterate in a different order in each, so only this catches an unsorted
     * collection reaching an input; the clock and the process also differ. Two child JVMs, started at once with the
     * launcher's flags, each run the plan command for every stack (one JVM start per child, not per stack and child:
     * starting a JVM on the test class path costs more than a plan), and each stack's plan must match this JVM's.
     */
    @ParameterizedTest
    @MethodSource("stacks")
    void separateProcessesPrintTheSamePlan(String stack) throws Exception {
        List<Map<String, String>> children = childPlans();
        assertThat(children.get(1).get(stack)).isEqualTo(children.get(0).get(stack));
        assertThat(children.get(0).get(stack)).isEqualTo(PlanPrinter.json(firstPlan(stack)));
    }

    /** Each child JVM's plan of every stack, by stack name; both children run at once, the first time asked. */
    private static synchronized List<Map<String, String>> childPlans() throws Exception {
        if (childPlans == null) {
            String[] stacks = stacks().toArray(String[]::new);
            Process first = startPlans(stacks);
            Process second = startPlans(stacks);
            childPlans = List.of(plans(first, stacks), plans(second, stacks));
        }
        return childPlans;
    }

    private static List<Map<String, String>> childPlans;

    private static Process startPlans(String[] stacks) throws IOException {
        return TestJvm.process(EveryStacksPlan.class, stacks).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Map<String, String> plans(Process process, String[] stacks) throws IOException, InterruptedException {
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        String[] plans = out.split(EveryStacksPlan.END, -1);
        assertThat(plans).hasSize(stacks.length + 1);
        Map<String, String> byStack = new HashMap<>();
        for (int i = 0; i < stacks.length; i++) {
            byStack.put(stacks[i], plans[i]);
        }
        return byStack;
    }

    /**
     * A child JVM's main: {@code plan --stack <stack> --format json} through the command line, as bin/overleaf-ha
     * runs it, for each stack named, each plan followed by {@link #END}. Exits non-zero at the first failed plan.
     */
    public static final class EveryStacksPlan {
        static final String END = "\0";

        public static void main(String[] stacks) {
            for (String stack : stacks) {
                String[] args = {"plan", "--stack", stack, "--format", "json"};
                int status = App.commandLine().execute(args);
                if (status != 0) {
                    System.exit(status);
                }
                System.out.print(END);
            }
            System.out.flush();
        }
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void largeFleetsAreAsStable(String stack) {
        Map<String, String> big = Map.of("nodeCount", "30");
        assertThat(planJson(stack, big)).isEqualTo(planJson(stack, big));
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void everyResourceHasAParentComponentOrIsOne(String stack) {
        assertThat(firstPlan(stack).resources())
                .allSatisfy(resource -> {
                    if (resource.parent() == null) {
                        assertThat(resource.type()).startsWith("overleaf-ha:");
                    }
                });
    }

    @Test
    void bothTargetsHaveAStackInTheRepository() throws IOException {
        assertThat(stacks()).contains("dev", "local");
    }
}
