package io.agentwire.a2a.json;

import com.google.protobuf.Any;
import com.google.protobuf.Duration;
import com.google.protobuf.FieldMask;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.ListValue;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import com.google.protobuf.util.Durations;
import com.google.protobuf.util.FieldMaskUtil;
import com.google.protobuf.util.Timestamps;
import java.util.Map;

/**
 * The special JSON forms of the well-known types: Timestamp and Duration as RFC 3339 / {@code "1.5s"} strings
 * (protobuf-java-util's formatting, which normalises nanos to 0, 3, 6 or 9 digits), Struct, Value and ListValue as
 * plain JSON, wrappers as their bare value, FieldMask as a comma-separated string.
 */
final class WellKnownWriter {
    private WellKnownWriter() {
    }

    static void write(ProtoJsonWriter writer, WellKnownType type, MessageOrBuilder message) {
        switch (type) {
            case TIMESTAMP:
                writer.string(Timestamps.toString(as(message, Timestamp.parser(), Timestamp.class)));
                return;
            case DURATION:
                writer.string(Durations.toString(as(message, Duration.parser(), Duration.class)));
                return;
            case FIELD_MASK:
                writer.string(FieldMaskUtil.toJsonString(as(message, FieldMask.parser(), FieldMask.class)));
                return;
            case STRUCT:
                struct(writer, as(message, Struct.parser(), Struct.class));
                return;
            case VALUE:
                value(writer, as(message, Value.parser(), Value.class));
                return;
            case LIST_VALUE:
                list(writer, as(message, ListValue.parser(), ListValue.class));
                return;
            case WRAPPER:
                com.google.protobuf.Descriptors.FieldDescriptor field =
                        message.getDescriptorForType().findFieldByName("value");
                writer.value(field, message.getField(field));
                return;
            default:
                any(writer, message);
        }
    }

    private static void struct(ProtoJsonWriter writer, Struct struct) {
        writer.out().writeStartObject();
        for (Map.Entry<String, Value> entry : struct.getFieldsMap().entrySet()) {
            writer.name(entry.getKey());
            value(writer, entry.getValue());
        }
        writer.out().writeEndObject();
    }

    private static void list(ProtoJsonWriter writer, ListValue list) {
        writer.out().writeStartArray();
        for (Value value : list.getValuesList()) {
            value(writer, value);
        }
        writer.out().writeEndArray();
    }

    private static void value(ProtoJsonWriter writer, Value value) {
        switch (value.getKindCase()) {
            case NUMBER_VALUE:
                double number = value.getNumberValue();
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    // As JsonFormat: a string "NaN" would read back as a string, not a number.
                    throw new IllegalArgumentException("google.protobuf.Value cannot encode double values for "
                            + "infinity or nan, because they would be parsed as a string.");
                }
                writer.out().writeNumber(Double.toString(number));
                return;
            case STRING_VALUE:
                writer.string(value.getStringValue());
                return;
            case BOOL_VALUE:
                writer.out().writeBoolean(value.getBoolValue());
                return;
            case STRUCT_VALUE:
                struct(writer, value.getStructValue());
                return;
            case LIST_VALUE:
                list(writer, value.getListValue());
                return;
            default:
                writer.out().writeNull();
        }
    }

    /** The model has no Any; printing one would need a type registry, as in JsonFormat without one. */
    private static void any(ProtoJsonWriter writer, MessageOrBuilder message) {
        if (!as(message, Any.parser(), Any.class).equals(Any.getDefaultInstance())) {
            throw new IllegalStateException("Cannot print google.protobuf.Any without a type registry");
        }
        writer.out().writeStartObject();
        writer.out().writeEndObject();
    }

    /** The generated class as is, or a dynamic message of the same type copied into it. */
    private static <T> T as(MessageOrBuilder message, com.google.protobuf.Parser<T> parser, Class<T> type) {
        if (type.isInstance(message)) {
            return type.cast(message);
        }
        try {
            com.google.protobuf.Message built = message instanceof com.google.protobuf.Message
                    ? (com.google.protobuf.Message) message : ((com.google.protobuf.Message.Builder) message).buildPartial();
            return parser.parseFrom(built.toByteString());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }
}
