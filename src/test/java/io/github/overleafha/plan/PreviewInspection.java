package io.github.overleafha.plan;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the tests read out of a {@link Preview} beyond what {@code plan --preview} prints: which inputs are unknown,
 * what shows in clear, how much of a first preview a reviewer reads in full.
 */
final class PreviewInspection {

    private PreviewInspection() {
    }

    static List<Preview.Registration> customResources(Preview preview) {
        return preview.registrations().stream().filter(Preview.Registration::custom).toList();
    }

    /** Custom resources whose every input is known, of all custom resources. */
    static String knownInputs(Preview preview) {
        List<Preview.Registration> custom = customResources(preview);
        long known = custom.stream().filter(PreviewInspection::inputsKnown).count();
        return known + " of " + custom.size() + " custom resources have every input known ("
                + Math.round(100.0 * known / Math.max(1, custom.size())) + "%)";
    }

    static double knownInputRatio(Preview preview) {
        List<Preview.Registration> custom = customResources(preview);
        return (double) custom.stream().filter(PreviewInspection::inputsKnown).count() / Math.max(1, custom.size());
    }

    /** Every input known: what a reviewer can read in full in the preview. */
    static boolean inputsKnown(Preview.Registration registration) {
        return registration.inputs().getFieldsMap().values().stream().noneMatch(PreviewInspection::hasUnknown);
    }

    /** The top-level inputs holding an unknown value (anywhere inside), by key. */
    static SortedSet<String> unknownInputs(Preview.Registration registration) {
        return registration.inputs().getFieldsMap().entrySet().stream().filter(input -> hasUnknown(input.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The package of the type token ({@code aws} of {@code aws:s3/bucketV2:BucketV2}; a provider's own). */
    static String packageName(Preview.Registration registration) {
        String[] parts = registration.type().split(":");
        return parts[0].equals("pulumi") && parts[1].equals("providers") ? parts[2] : parts[0];
    }

    /** Whether a value holds an unknown anywhere, as a plain sentinel or as an output value without a value. */
    static boolean hasUnknown(Value value) {
        return Wire.containsUnknown(value);
    }

    /** The value with every secret-wrapped part removed: what would show in clear. */
    static Value withoutSecrets(Value value) {
        return switch (value.getKindCase()) {
            case LIST_VALUE -> {
                var list = ListValue.newBuilder();
                value.getListValue().getValuesList().forEach(item -> list.addValues(withoutSecrets(item)));
                yield Value.newBuilder().setListValue(list).build();
            }
            case STRUCT_VALUE -> {
                var fields = value.getStructValue().getFieldsMap();
                Value signature = fields.get(Wire.SIGNATURE_KEY);
                boolean secret = signature != null && (Wire.SECRET_SIGNATURE.equals(signature.getStringValue())
                        || Wire.OUTPUT_SIGNATURE.equals(signature.getStringValue())
                        && fields.containsKey("secret") && fields.get("secret").getBoolValue());
                if (secret) {
                    yield Value.newBuilder().setStringValue("[secret]").build();
                }
                yield Value.newBuilder().setStructValue(withoutSecrets(value.getStructValue())).build();
            }
            default -> value;
        };
    }

    static Struct withoutSecrets(Struct struct) {
        var builder = Struct.newBuilder();
        struct.getFieldsMap().forEach((key, item) -> builder.putFields(key, withoutSecrets(item)));
        return builder.build();
    }
}
