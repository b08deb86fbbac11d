package io.github.overleafha.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Struct;
import pulumirpc.Resource.RegisterResourceRequest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the program sent the preview engine in one run, in arrival order: registrations, the URNs refused as
 * duplicates, logs (debug logs excluded), invokes and registered outputs; and how the process ended.
 */
public record Preview(String project, String stack, int exitCode, List<Registration> registrations,
                      List<String> duplicateUrns, List<LogEntry> logs, List<InvokeCall> invokes,
                      Map<String, Struct> registeredOutputs, String stdout, String stderr) {

    /** How {@code pulumi preview} shows a value nobody knows before the resource exists. */
    public static final String KNOWN_AFTER_APPLY = "(known after apply)";

    /** A RegisterResource request; {@code provider} is the provider reference ({@code urn::id}) or empty. */
    public record Registration(String urn, String type, String name, boolean custom, String parent,
                               List<String> dependencies, String provider, Map<String, List<String>> propertyDependencies,
                               String version, Struct inputs, boolean protect, boolean retainOnDelete) {

        static Registration of(String urn, RegisterResourceRequest request) {
            Map<String, List<String>> propertyDependencies = new TreeMap<>();
            request.getPropertyDependenciesMap().forEach((key, urns) -> propertyDependencies.put(key, List.copyOf(urns.getUrnsList())));
            return new Registration(urn, request.getType(), request.getName(), request.getCustom(), request.getParent(),
                    List.copyOf(request.getDependenciesList()), request.getProvider(), propertyDependencies,
                    request.getVersion(), request.getObject(), request.getProtect(), request.getRetainOnDelete());
        }
    }

    public record LogEntry(String severity, String message) {
    }

    public record InvokeCall(String token, String version, Struct args) {
    }

    public List<LogEntry> errors() {
        return logs.stream().filter(log -> log.severity().equals("ERROR")).toList();
    }

    /** The declared resources as the plan lists them, unknowns shown as {@value #KNOWN_AFTER_APPLY}. */
    public Plan asPlan() {
        List<RecordingMonitor.Registration> declared = registrations.stream()
                .map(r -> new RecordingMonitor.Registration(r.urn(), r.type(), r.name(), r.parent(),
                        (ObjectNode) knownAfterApply(RecordingMonitor.object(r.inputs())), r.protect(), r.retainOnDelete()))
                .toList();
        Map<String, JsonNode> outputs = new TreeMap<>();
        registrations.stream().filter(r -> r.type().equals("pulumi:pulumi:Stack")).findFirst()
                .map(stackResource -> registeredOutputs.getOrDefault(stackResource.urn(), Struct.getDefaultInstance()))
                .ifPresent(struct -> RecordingMonitor.object(struct).fields()
                        .forEachRemaining(field -> outputs.put(field.getKey(), knownAfterApply(field.getValue()))));
        return new Plan(project, stack, RecordingMonitor.ordered(declared), outputs);
    }

    private static JsonNode knownAfterApply(JsonNode node) {
        if (node.isTextual() && node.asText().equals(RecordingMonitor.UNKNOWN_TEXT)) {
            return JsonNodeFactory.instance.textNode(KNOWN_AFTER_APPLY);
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), knownAfterApply(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(knownAfterApply(item)));
            return copy;
        }
        return node;
    }

    /** The non-debug log, one line each, for failure messages. */
    public String logText() {
        return logs.stream().map(log -> log.severity() + " " + log.message()).collect(Collectors.joining("\n"));
    }
}
