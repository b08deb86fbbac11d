package io.github.overleafha.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.overleafha.config.StackConfig;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The tests' way into a stack's plan (its first deploy, on PlanRunner) and the queries the tests ask of a plan and
 * its resources.
 */
public final class TestPlans {

    private TestPlans() {
    }

    /** The plan of a validated stack configuration, as its first deploy (no SSM parameter exists yet). */
    public static Plan plan(StackConfig config) {
        return PlanRunner.plan(config, Map.of());
    }

    public static List<PlannedResource> ofType(Plan plan, String type) {
        return plan.resources().stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The one resource of a type and name; fails when there is none or several. */
    public static PlannedResource get(Plan plan, String type, String name) {
        List<PlannedResource> found = plan.resources().stream()
                .filter(r -> r.type().equals(type) && r.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.size() + " resources of type " + type + " named " + name);
        }
        return found.get(0);
    }

    public static List<PlannedResource> where(Plan plan, Predicate<PlannedResource> predicate) {
        return plan.resources().stream().filter(predicate).toList();
    }

    /** An input by its property path, e.g. {@code versioningConfiguration.status}; a missing node if absent. */
    public static JsonNode input(PlannedResource resource, String path) {
        JsonNode node = resource.inputs();
        for (String part : path.split("\\.")) {
            node = part.matches("\\d+") ? node.path(Integer.parseInt(part)) : node.path(part);
        }
        return node;
    }

    /** An input that is text, or null when absent. */
    public static String text(PlannedResource resource, String path) {
        JsonNode node = input(resource, path);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
