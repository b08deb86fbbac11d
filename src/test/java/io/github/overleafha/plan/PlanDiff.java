package io.github.overleafha.plan;


import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the engine would do to each resource going from one plan to another, by comparing the inputs each received
 * and classifying the changed ones with {@link ReplacementRules}.
 */
public final class PlanDiff {

    public enum Step {
        SAME, CREATE, DELETE, UPDATE, REPLACE,
        /** Inputs changed on a type {@link ReplacementRules} does not cover: nobody can say without the provider. */
        UNCLASSIFIED
    }

    /** One resource's step and the top-level inputs that changed. */
    public record Change(String type, String name, Step step, Set<String> changedInputs, PlannedResource after) {
    }

    private PlanDiff() {
    }

    /** Every resource of either plan, by type and name, with its step. */
    public static Map<String, Change> between(Plan before, Plan after) {
        Map<String, PlannedResource> old = index(before);
        Map<String, PlannedResource> now = index(after);
        Map<String, Change> changes = new LinkedHashMap<>();
        now.forEach((key, resource) -> {
            PlannedResource previous = old.get(key);
            if (previous == null) {
                changes.put(key, new Change(resource.type(), resource.name(), Step.CREATE, Set.of(), resource));
                return;
            }
            Set<String> changed = new TreeSet<>();
            Set<String> keys = new TreeSet<>();
            previous.inputs().fieldNames().forEachRemaining(keys::add);
            resource.inputs().fieldNames().forEachRemaining(keys::add);
            for (String input : keys) {
                if (!previous.inputs().path(input).equals(resource.inputs().path(input))) {
                    changed.add(input);
                }
            }
            changes.put(key, new Change(resource.type(), resource.name(), step(resource.type(), changed), changed, resource));
        });
        old.forEach((key, resource) -> {
            if (!now.containsKey(key)) {
                changes.put(key, new Change(resource.type(), resource.name(), Step.DELETE, Set.of(), null));
            }
        });
        return changes;
    }

    /** The key {@link #between} files a resource under. */
    public static String key(String type, String name) {
        return type + " " + name;
    }

    private static Step step(String type, Set<String> changed) {
        if (changed.isEmpty()) {
            return Step.SAME;
        }
        if (type.startsWith("overleaf-ha:")) {
            return Step.UPDATE; // a component: only its registered outputs, nothing the cloud sees
        }
        return ReplacementRules.replacingInputs(type)
                .map(replacing -> changed.stream().anyMatch(replacing::contains) ? Step.REPLACE : Step.UPDATE)
                .orElse(Step.UNCLASSIFIED);
    }

    private static Map<String, PlannedResource> index(Plan plan) {
        Map<String, PlannedResource> byKey = new LinkedHashMap<>();
        for (PlannedResource resource : plan.resources()) {
            byKey.put(key(resource.type(), resource.name()), resource);
        }
        return byKey;
    }
}
