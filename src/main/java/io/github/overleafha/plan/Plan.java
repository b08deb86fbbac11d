package io.github.overleafha.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a stack declares, in a stable order: every resource with its inputs, and the stack outputs.
 * Secrets show as {@code "[secret]"}.
 */
public record Plan(String project, String stack, List<PlannedResource> resources, Map<String, JsonNode> outputs) {

    public List<PlannedResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The one resource of a type and name; fails when there is none or several. */
    public PlannedResource get(String type, String name) {
        List<PlannedResource> found = resources.stream()
                .filter(r -> r.type().equals(type) && r.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.size() + " resources of type " + type + " named " + name);
        }
        return found.get(0);
    }

    public List<PlannedResource> where(Predicate<PlannedResource> predicate) {
        return resources.stream().filter(predicate).toList();
    }
}
