package io.github.overleafha.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One resource as the engine received it: its type token, name, parent's name (absent for top-level
 * components), inputs, with secret values replaced by {@code "[secret]"}, whether Pulumi refuses to delete it, and whether deleting it from the stack leaves it in the cloud.
 */
public record PlannedResource(String type, String name, String parent, ObjectNode inputs, boolean protect,
                              boolean retainOnDelete) {

    /** An input by its property path, e.g. {@code versioningConfiguration.status}; a missing node if absent. */
    public JsonNode input(String path) {
        JsonNode node = inputs;
        for (String part : path.split("\\.")) {
            node = part.matches("\\d+") ? node.path(Integer.parseInt(part)) : node.path(part);
        }
        return node;
    }

    /** An input that is text, or null when absent. */
    public String text(String path) {
        JsonNode node = input(path);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
