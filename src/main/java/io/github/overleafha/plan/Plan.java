package io.github.overleafha.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * What a stack declares, in a stable order: every resource with its inputs, and the stack outputs.
 * Secrets show as {@code "[secret]"}.
 */
public record Plan(String project, String stack, List<PlannedResource> resources, Map<String, JsonNode> outputs) {
}
