package io.agentwire.a2a.json;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One message type's fields, in the order ProtoJSON prints them (by field number, not declaration: JsonFormat sorts
 * by number), and the names it accepts for them (the camelCase {@code json_name} and the proto name).
 */
final class MessageSchema {
    private static final Map<Descriptor, MessageSchema> CACHE = new ConcurrentHashMap<>();

    final WellKnownType wellKnown;
    final FieldSchema[] fields;
    private final Map<String, FieldSchema> byName;

    private MessageSchema(Descriptor descriptor) {
        this.wellKnown = WellKnownType.of(descriptor);
        this.fields = descriptor.getFields().stream()
                .sorted(Comparator.comparingInt(FieldDescriptor::getNumber))
                .map(FieldSchema::new)
                .toArray(FieldSchema[]::new);
        Map<String, FieldSchema> names = new HashMap<>();
        for (FieldSchema field : fields) {
            names.put(field.descriptor.getName(), field);
            names.put(field.descriptor.getJsonName(), field);
        }
        this.byName = Map.copyOf(names);
    }

    static MessageSchema of(Descriptor descriptor) {
        MessageSchema schema = CACHE.get(descriptor);
        return schema != null ? schema : CACHE.computeIfAbsent(descriptor, MessageSchema::new);
    }

    /** The field called {@code name} in JSON, or {@code null} for a field this version does not know. */
    FieldSchema field(String name) {
        return byName.get(name);
    }
}
