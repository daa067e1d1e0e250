package io.agentwire.a2a.json;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.NullValue;
import com.google.protobuf.Value;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads ProtoJSON from a Jackson token stream (over bytes, text or an already parsed tree) into a builder, one pass,
 * no intermediate tree. Unknown fields are skipped whole; a field given twice (under both of its names), two members of
 * one oneof, or an unknown enum name is an error. Nesting is capped at {@link #MAX_DEPTH} so hostile input cannot
 * exhaust the stack.
 */
final class ProtoJsonReader {
    /** As JsonFormat and protobuf's binary parser. */
    static final int MAX_DEPTH = 100;

    private final JsonParser in;

    ProtoJsonReader(JsonParser in) {
        this.in = in;
    }

    /** Reads the value at the current token into {@code builder}. */
    void message(Message.Builder builder, int depth) {
        MessageSchema schema = MessageSchema.of(builder.getDescriptorForType());
        if (schema.wellKnown != WellKnownType.NONE) {
            WellKnownReader.read(this, schema.wellKnown, builder, depth);
            return;
        }
        expect(JsonToken.START_OBJECT, "Expect message object");
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            in.nextToken();
            FieldSchema field = schema.field(name);
            if (field == null) {
                // Newer peers add fields (specification section 5.7); skip the whole value, however nested.
                in.skipChildren();
            } else {
                field(field, builder, depth);
            }
        }
    }

    private void field(FieldSchema field, Message.Builder builder, int depth) {
        FieldDescriptor descriptor = field.descriptor;
        if (field.repeated ? builder.getRepeatedFieldCount(descriptor) > 0 : builder.hasField(descriptor)) {
            throw new JsonInputException("Field " + descriptor.getFullName() + " has already been set.");
        }
        if (field.repeated && in.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (field.map) {
            map(field, builder, depth);
        } else if (field.repeated) {
            list(descriptor, builder, depth);
        } else {
            Object value = value(descriptor, builder, depth);
            if (value != null) {
                oneofFree(descriptor, builder);
                builder.setField(descriptor, value);
            }
        }
    }

    private static void oneofFree(FieldDescriptor field, Message.Builder builder) {
        OneofDescriptor oneof = field.getContainingOneof();
        if (oneof != null && builder.getOneofFieldDescriptor(oneof) != null) {
            throw new JsonInputException("Cannot set field " + field.getFullName() + " because another field "
                    + builder.getOneofFieldDescriptor(oneof).getFullName()
                    + " belonging to the same oneof has already been set");
        }
    }

    private void list(FieldDescriptor field, Message.Builder builder, int depth) {
        expect(JsonToken.START_ARRAY, "Expected an array for " + field.getName());
        while (next() != JsonToken.END_ARRAY) {
            Object value = value(field, builder, depth);
            if (value == null) {
                throw new JsonInputException("Repeated field elements cannot be null in field: " + field.getFullName());
            }
            builder.addRepeatedField(field, value);
        }
    }

    private void map(FieldSchema field, Message.Builder builder, int depth) {
        expect(JsonToken.START_OBJECT, "Expect a map object");
        for (String key = in.nextName(); key != null; key = in.nextName()) {
            in.nextToken();
            Message.Builder entry = builder.newBuilderForField(field.descriptor);
            Object keyValue = Scalars.parse(field.mapKey, key);
            Object value = value(field.mapValue, entry, depth);
            if (value == null) {
                throw new JsonInputException("Map value cannot be null.");
            }
            entry.setField(field.mapKey, keyValue);
            entry.setField(field.mapValue, value);
            builder.addRepeatedField(field.descriptor, entry.build());
        }
    }

    /**
     * The value at the current token for {@code field} (one element, for a repeated field), or {@code null} for a JSON
     * null meaning "absent". For {@code google.protobuf.Value} null is a value of its own.
     */
    Object value(FieldDescriptor field, Message.Builder owner, int depth) {
        JsonToken token = in.currentToken();
        if (field.getJavaType() == JavaType.MESSAGE) {
            if (token == JsonToken.VALUE_NULL && !isValue(field)) {
                return null;
            }
            if (depth >= MAX_DEPTH) {
                throw new JsonInputException("Hit recursion limit.");
            }
            Message.Builder nested = owner.newBuilderForField(field);
            message(nested, depth + 1);
            return nested.build();
        }
        if (token == JsonToken.VALUE_NULL) {
            boolean nullValue = field.getJavaType() == JavaType.ENUM
                    && field.getEnumType().getFullName().equals(NullValue.getDescriptor().getFullName());
            return nullValue ? field.getEnumType().findValueByNumber(0) : null;
        }
        return Scalars.parse(field, scalarText(field.getType().name()));
    }

    private static boolean isValue(FieldDescriptor field) {
        return field.getMessageType().getFullName().equals(Value.getDescriptor().getFullName());
    }

    /**
     * The text of a scalar token, as JsonFormat reads any primitive as a string ({@code 5} fits a string field,
     * {@code "5"} an int32 field).
     */
    String scalarText(String expected) {
        JsonToken token = in.currentToken();
        switch (token) {
            case VALUE_STRING:
                return in.getString();
            case VALUE_NUMBER_INT:
                return in.getString();
            case VALUE_NUMBER_FLOAT:
                String number = in.getString();
                if (number.endsWith("Infinity") || number.equals("NaN")) {
                    // Only a tree can hold these as numbers (an overflowing literal); as text they are strings.
                    throw new JsonInputException("Out of range number for " + expected + ": " + number);
                }
                return number;
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            default:
                throw new JsonInputException("Invalid value: " + token + " for expected type: " + expected);
        }
    }

    /** Advances to the next token, which must exist (a truncated stream is an error, not an endless loop). */
    JsonToken next() {
        JsonToken token = in.nextToken();
        if (token == null) {
            throw new JsonInputException("Unexpected end of input");
        }
        return token;
    }

    void expect(JsonToken token, String what) {
        if (in.currentToken() != token) {
            throw new JsonInputException(what + " but got: " + in.currentToken());
        }
    }

    JsonParser in() {
        return in;
    }
}
