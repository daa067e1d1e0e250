package io.agentwire.a2a.json;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.MessageOrBuilder;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes messages as ProtoJSON onto a Jackson generator, walking the cached {@link MessageSchema} instead of
 * {@code getAllFields()} maps. Every string goes through {@link JsonEscapes} and is handed over pre-encoded, so the
 * bytes match what JsonFormat printed; the generator only keeps the structure (commas, colons, nesting).
 */
final class ProtoJsonWriter {
    private final JsonGenerator out;

    ProtoJsonWriter(JsonGenerator out) {
        this.out = out;
    }

    void message(MessageOrBuilder message) {
        MessageSchema schema = MessageSchema.of(message.getDescriptorForType());
        if (schema.wellKnown != WellKnownType.NONE) {
            WellKnownWriter.write(this, schema.wellKnown, message);
            return;
        }
        out.writeStartObject();
        for (FieldSchema field : schema.fields) {
            FieldDescriptor descriptor = field.descriptor;
            if (field.repeated) {
                int count = message.getRepeatedFieldCount(descriptor);
                if (count > 0 || field.printDefault) {
                    out.writeName(field.jsonName);
                    if (field.map) {
                        map(field, message);
                    } else {
                        list(descriptor, message, count);
                    }
                }
            } else if (field.printDefault || message.hasField(descriptor)) {
                // hasField is "not the default" for fields without presence, so defaults are left out.
                out.writeName(field.jsonName);
                value(descriptor, message.getField(descriptor));
            }
        }
        out.writeEndObject();
    }

    private void list(FieldDescriptor field, MessageOrBuilder message, int count) {
        out.writeStartArray();
        for (int i = 0; i < count; i++) {
            value(field, message.getRepeatedField(field, i));
        }
        out.writeEndArray();
    }

    private void map(FieldSchema field, MessageOrBuilder message) {
        out.writeStartObject();
        // The entries in the map's own order, as JsonFormat reads them (getField gives the entry list).
        for (Object element : (List<?>) message.getField(field.descriptor)) {
            Message entry = (Message) element;
            name(mapKey(field.mapKey, entry.getField(field.mapKey)));
            value(field.mapValue, entry.getField(field.mapValue));
        }
        out.writeEndObject();
    }

    /** Map keys are always strings in JSON, whatever the key type. */
    private static String mapKey(FieldDescriptor key, Object value) {
        switch (key.getType()) {
            case UINT32:
            case FIXED32:
                return Integer.toUnsignedString((Integer) value);
            case UINT64:
            case FIXED64:
                return Long.toUnsignedString((Long) value);
            default:
                return value.toString();
        }
    }

    void value(FieldDescriptor field, Object value) {
        switch (field.getType()) {
            case INT32:
            case SINT32:
            case SFIXED32:
                out.writeNumber((int) (Integer) value);
                return;
            case UINT32:
            case FIXED32:
                out.writeNumber(Integer.toUnsignedLong((Integer) value));
                return;
            case INT64:
            case SINT64:
            case SFIXED64:
                // 64-bit integers are strings: JavaScript numbers lose precision beyond 2^53.
                string(Long.toString((Long) value));
                return;
            case UINT64:
            case FIXED64:
                string(Long.toUnsignedString((Long) value));
                return;
            case BOOL:
                out.writeBoolean((Boolean) value);
                return;
            case FLOAT:
                floating((Float) value, Float.toString((Float) value));
                return;
            case DOUBLE:
                floating((Double) value, Double.toString((Double) value));
                return;
            case STRING:
                string((String) value);
                return;
            case BYTES:
                // Standard alphabet with padding; '=' is not escaped here, unlike in strings.
                byte[] base64 = Base64.getEncoder().encode(((ByteString) value).toByteArray());
                out.writeRawUTF8String(base64, 0, base64.length);
                return;
            case ENUM:
                enumValue(field, (EnumValueDescriptor) value);
                return;
            default:
                message((MessageOrBuilder) value);
        }
    }

    private void enumValue(FieldDescriptor field, EnumValueDescriptor value) {
        if (field.getEnumType().getFullName().equals("google.protobuf.NullValue")) {
            out.writeNull();
        } else if (value.getIndex() == -1) {
            // A number this version does not know (open enum) can only be written as the number.
            out.writeNumber(value.getNumber());
        } else {
            string(value.getName());
        }
    }

    /** NaN and the infinities are strings; finite values in Java's shortest form ({@code 1.0}, {@code 1.0E10}). */
    private void floating(double value, String text) {
        if (Double.isNaN(value)) {
            string("NaN");
        } else if (Double.isInfinite(value)) {
            string(value < 0 ? "-Infinity" : "Infinity");
        } else {
            out.writeNumber(text);
        }
    }

    void string(String value) {
        byte[] utf8 = JsonEscapes.utf8(value);
        out.writeRawUTF8String(utf8, 0, utf8.length);
    }

    void name(String name) {
        out.writeName(new EscapedName(name));
    }

    JsonGenerator out() {
        return out;
    }
}
