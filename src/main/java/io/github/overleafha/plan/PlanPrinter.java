package io.github.overleafha.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Prints a plan as one JSON document (for tools) or as an indented tree (for people reviewing a change). */
public final class PlanPrinter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private PlanPrinter() {
    }

    public static String json(Plan plan) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("project", plan.project());
        root.put("stack", plan.stack());
        ArrayNode resources = root.putArray("resources");
        for (PlannedResource resource : plan.resources()) {
            ObjectNode node = resources.addObject();
            node.put("type", resource.type());
            node.put("name", resource.name());
            if (resource.parent() == null) {
                node.putNull("parent");
            } else {
                node.put("parent", resource.parent());
            }
            node.put("protect", resource.protect());
            node.put("retainOnDelete", resource.retainOnDelete());
            node.set("inputs", resource.inputs());
        }
        ObjectNode outputs = root.putObject("outputs");
        plan.outputs().forEach(outputs::set);
        try {
            var printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan is plain JSON nodes", e);
        }
    }

    public static String text(Plan plan) {
        StringBuilder out = new StringBuilder();
        out.append(plan.project()).append(" / ").append(plan.stack()).append(": ")
                .append(plan.resources().size()).append(" resources\n");
        Map<String, Integer> depth = new HashMap<>();
        for (PlannedResource resource : plan.resources()) {
            int level = resource.parent() == null ? 0 : depth.getOrDefault(resource.parent(), 0) + 1;
            depth.putIfAbsent(resource.name(), level);
            String indent = "  ".repeat(level);
            out.append(indent).append("+ ").append(resource.name()).append("  (").append(resource.type()).append(")")
                    .append(resource.protect() ? "  [protected]" : "")
                    .append(resource.retainOnDelete() ? "  [retained on delete]" : "").append('\n');
            for (String line : flatten("", resource.inputs())) {
                out.append(indent).append("    ").append(line).append('\n');
            }
        }
        out.append("outputs:\n");
        plan.outputs().forEach((name, value) -> out.append("  ").append(name).append(": ").append(value).append('\n'));
        return out.toString();
    }

    /** Nested inputs as {@code path: value} lines, so every setting reads on its own line. */
    private static List<String> flatten(String prefix, JsonNode node) {
        List<String> lines = new ArrayList<>();
        if (node.isObject() && node.size() > 0) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                lines.addAll(flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue()));
            }
        } else if (node.isArray() && node.size() > 0 && !node.get(0).isValueNode()) {
            for (int i = 0; i < node.size(); i++) {
                lines.addAll(flatten(prefix + "[" + i + "]", node.get(i)));
            }
        } else {
            lines.add(prefix + ": " + node);
        }
        return lines;
    }
}
