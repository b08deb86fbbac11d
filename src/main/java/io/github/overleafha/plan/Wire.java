package io.github.overleafha.plan;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's wire format: protobuf values with the SDK's markers for secrets, unknowns, resource references and
 * output values (see com.pulumi.core.internal.Constants), and their plain Java form for the stand-ins.
 */
final class Wire {

    static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
    static final String SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";
    static final String RESOURCE_SIGNATURE = "5cf8f73096256a8f31e491e813e4eb8e";
    static final String OUTPUT_SIGNATURE = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    /** What the engine sends, and the SDK sends, for a value not known until the resource exists. */
    static final String UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private Wire() {
    }

    /** Plain Java: maps, lists, strings, doubles, booleans; secrets unwrapped (a provider sees them in clear). */
    static Map<String, Object> toJava(Struct struct) {
        Map<String, Object> map = new TreeMap<>();
        struct.getFieldsMap().forEach((key, value) -> {
            Object plain = toJava(value);
            if (plain != null) {
                map.put(key, plain);
            }
        });
        return map;
    }

    private static Object toJava(Value value) {
        return switch (value.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> null;
            case BOOL_VALUE -> value.getBoolValue();
            case NUMBER_VALUE -> value.getNumberValue();
            case STRING_VALUE -> value.getStringValue();
            case LIST_VALUE -> {
                List<Object> list = new ArrayList<>();
                value.getListValue().getValuesList().forEach(item -> list.add(toJava(item)));
                yield list;
            }
            case STRUCT_VALUE -> {
                var fields = value.getStructValue().getFieldsMap();
                Value signature = fields.get(SIGNATURE_KEY);
                if (signature != null && (SECRET_SIGNATURE.equals(signature.getStringValue())
                        || OUTPUT_SIGNATURE.equals(signature.getStringValue()))) {
                    yield fields.containsKey("value") ? toJava(fields.get("value")) : UNKNOWN_VALUE;
                }
                yield toJava(value.getStructValue());
            }
        };
    }

    /**
     * Whether a value holds an unknown anywhere (the engine's ContainsUnknowns): the sentinel, or an output value
     * without a value, inside lists, objects and secrets alike.
     */
    static boolean containsUnknown(Value value) {
        return switch (value.getKindCase()) {
            case STRING_VALUE -> UNKNOWN_VALUE.equals(value.getStringValue());
            case LIST_VALUE -> value.getListValue().getValuesList().stream().anyMatch(Wire::containsUnknown);
            case STRUCT_VALUE -> {
                var fields = value.getStructValue().getFieldsMap();
                Value signature = fields.get(SIGNATURE_KEY);
                if (signature != null && OUTPUT_SIGNATURE.equals(signature.getStringValue()) && !fields.containsKey("value")) {
                    yield true;
                }
                yield fields.values().stream().anyMatch(Wire::containsUnknown);
            }
            default -> false;
        };
    }

    /** The wire form of a stand-in's answer to an invoke (plain values: invokes answer no secrets here). */
    static Value toValue(Object object) {
        var builder = Value.newBuilder();
        if (object == null) {
            return builder.setNullValue(NullValue.NULL_VALUE).build();
        }
        if (object instanceof Boolean bool) {
            return builder.setBoolValue(bool).build();
        }
        if (object instanceof Number number) {
            return builder.setNumberValue(number.doubleValue()).build();
        }
        if (object instanceof Map<?, ?> map) {
            return builder.setStructValue(toStruct(map)).build();
        }
        if (object instanceof Collection<?> items) {
            var list = ListValue.newBuilder();
            items.forEach(item -> list.addValues(toValue(item)));
            return builder.setListValue(list).build();
        }
        return builder.setStringValue(String.valueOf(object)).build();
    }

    static Struct toStruct(Map<?, ?> map) {
        var builder = Struct.newBuilder();
        new LinkedHashMap<>(map).forEach((key, value) -> builder.putFields(String.valueOf(key), toValue(value)));
        return builder.build();
    }
}
