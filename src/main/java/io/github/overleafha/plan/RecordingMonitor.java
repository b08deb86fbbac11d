package io.github.overleafha.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.Log;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.internal.MockMonitor;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's mock monitor, also keeping every registration exactly as the engine would receive it: parent and
 * inputs with their secret markers intact (the mocks alone see neither).
 */
final class RecordingMonitor extends MockMonitor {

    private static final String ROOT_STACK_TYPE = "pulumi:pulumi:Stack";
    static final String SECRET_TEXT = "[secret]";
    static final String UNKNOWN_TEXT = "[unknown]";

    /** One registration as the engine received it, before ordering. */
    record Registration(String urn, String type, String name, String parentUrn, ObjectNode inputs, boolean protect,
                        boolean retainOnDelete) {
    }

    private final List<Registration> registrations = new ArrayList<>();

    RecordingMonitor(Mocks mocks) {
        super(mocks, Log.ignore());
    }

    @Override
    public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest request) {
        ObjectNode inputs = object(request.getObject());
        return super.registerResourceAsync(resource, request).thenApply(response -> {
            synchronized (registrations) {
                registrations.add(new Registration(response.getUrn(), request.getType(), request.getName(),
                        request.getParent(), inputs, request.getProtect(), request.getRetainOnDelete()));
            }
            return response;
        });
    }

    /** Every resource but the stack itself, each parent before its children, siblings by name then type. */
    List<PlannedResource> resources() {
        synchronized (registrations) {
            return ordered(registrations);
        }
    }

    /** Registrations as a plan lists them: each parent before its children, siblings by name then type. */
    static List<PlannedResource> ordered(List<Registration> registrations) {
        Map<String, Registration> byUrn = new TreeMap<>();
        Map<String, List<Registration>> children = new TreeMap<>();
        for (Registration registration : registrations) {
            byUrn.put(registration.urn(), registration);
        }
        for (Registration registration : registrations) {
            Registration parent = byUrn.get(registration.parentUrn());
            String parentKey = parent == null || parent.type().equals(ROOT_STACK_TYPE) ? "" : parent.urn();
            if (!registration.type().equals(ROOT_STACK_TYPE)) {
                children.computeIfAbsent(parentKey, k -> new ArrayList<>()).add(registration);
            }
        }
        List<PlannedResource> ordered = new ArrayList<>();
        addInOrder("", null, children, ordered);
        return ordered;
    }

    private static void addInOrder(String parentUrn, String parentName, Map<String, List<Registration>> children,
                                   List<PlannedResource> ordered) {
        List<Registration> siblings = new ArrayList<>(children.getOrDefault(parentUrn, List.of()));
        siblings.sort(Comparator.comparing(Registration::name).thenComparing(Registration::type));
        for (Registration registration : siblings) {
            ordered.add(new PlannedResource(registration.type(), registration.name(), parentName, registration.inputs(),
                    registration.protect(), registration.retainOnDelete()));
            addInOrder(registration.urn(), registration.name(), children, ordered);
        }
    }

    static ObjectNode object(Struct struct) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(struct.getFieldsMap()).forEach((key, value) -> node.set(key, json(value)));
        return node;
    }

    static JsonNode json(Value value) {
        var factory = JsonNodeFactory.instance;
        return switch (value.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> factory.nullNode();
            case BOOL_VALUE -> factory.booleanNode(value.getBoolValue());
            case NUMBER_VALUE -> number(value.getNumberValue());
            case STRING_VALUE -> factory.textNode(Wire.UNKNOWN_VALUE.equals(value.getStringValue()) ? UNKNOWN_TEXT : value.getStringValue());
            case LIST_VALUE -> {
                var array = factory.arrayNode();
                value.getListValue().getValuesList().forEach(item -> array.add(json(item)));
                yield array;
            }
            case STRUCT_VALUE -> special(value.getStructValue());
        };
    }

    private static JsonNode special(Struct struct) {
        var fields = struct.getFieldsMap();
        Value signature = fields.get(Wire.SIGNATURE_KEY);
        if (signature == null) {
            return object(struct);
        }
        var factory = JsonNodeFactory.instance;
        return switch (signature.getStringValue()) {
            case Wire.SECRET_SIGNATURE -> factory.textNode(SECRET_TEXT);
            case Wire.RESOURCE_SIGNATURE -> factory.textNode("[resource " + fields.get("urn").getStringValue() + "]");
            case Wire.OUTPUT_SIGNATURE -> {
                Value secret = fields.get("secret");
                if (secret != null && secret.getBoolValue()) {
                    yield factory.textNode(SECRET_TEXT);
                }
                Value inner = fields.get("value");
                yield inner == null ? factory.textNode(UNKNOWN_TEXT) : json(inner);
            }
            default -> object(struct);
        };
    }

    /** Whole numbers print without a fraction: the wire carries every number as a double. */
    static JsonNode number(double number) {
        var factory = JsonNodeFactory.instance;
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return factory.numberNode((long) number);
        }
        return factory.numberNode(number);
    }
}
