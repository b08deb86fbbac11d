package io.github.overleafha.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One resource as the engine received it: its type token, name, parent's name (absent for top-level
 * components), inputs, with secret values replaced by {@code "[secret]"}, whether Pulumi refuses to delete it, and whether deleting it from the stack leaves it in the cloud.
 */
public record PlannedResource(String type, String name, String parent, ObjectNode inputs, boolean protect,
                              boolean retainOnDelete) {
}
