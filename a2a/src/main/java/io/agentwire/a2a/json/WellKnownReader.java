package io.agentwire.a2a.json;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.ListValue;
import com.google.protobuf.Message;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.Durations;
import com.google.protobuf.util.FieldMaskUtil;
import com.google.protobuf.util.Timestamps;
import java.text.ParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Reads the special JSON forms of the well-known types (see {@link WellKnownWriter}). */
final class WellKnownReader {
    private WellKnownReader() {
    }

    static void read(ProtoJsonReader reader, WellKnownType type, Message.Builder builder, int depth) {
        switch (type) {
            case TIMESTAMP:
                builder.mergeFrom(parsed(reader, "google.protobuf.Timestamp", Timestamps::parse));
                return;
            case DURATION:
                builder.mergeFrom(parsed(reader, "google.protobuf.Duration", Durations::parse));
                return;
            case FIELD_MASK:
                builder.mergeFrom(FieldMaskUtil.fromJsonString(reader.scalarText("google.protobuf.FieldMask")));
                return;
            case STRUCT:
                builder.mergeFrom(struct(reader, depth));
                return;
            case VALUE:
                builder.mergeFrom(value(reader, depth));
                return;
            case LIST_VALUE:
                builder.mergeFrom(list(reader, depth));
                return;
            case WRAPPER:
                FieldDescriptor field = builder.getDescriptorForType().findFieldByName("value");
                Object value = reader.value(field, builder, depth);
                if (value == null) {
                    throw new JsonInputException("null is not a " + builder.getDescriptorForType().getFullName());
                }
                builder.setField(field, value);
                return;
            default:
                throw new JsonInputException("google.protobuf.Any is not supported");
        }
    }

    /** protobuf-java-util's RFC 3339 and {@code "1.5s"} parsers, which throw a checked exception. */
    private interface TextParser {
        Message parse(String text) throws ParseException;
    }

    private static Message parsed(ProtoJsonReader reader, String type, TextParser parser) {
        String text = reader.scalarText(type);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new JsonInputException("Failed to parse " + type + ": " + text, e);
        }
    }

    private static Struct struct(ProtoJsonReader reader, int depth) {
        reader.expect(JsonToken.START_OBJECT, "Expect a map object");
        Struct.Builder struct = Struct.newBuilder();
        JsonParser in = reader.in();
        for (String key = in.nextName(); key != null; key = in.nextName()) {
            in.nextToken();
            struct.putFields(key, value(reader, deeper(depth)));
        }
        return struct.build();
    }

    private static ListValue list(ProtoJsonReader reader, int depth) {
        reader.expect(JsonToken.START_ARRAY, "Expected an array");
        ListValue.Builder list = ListValue.newBuilder();
        while (reader.next() != JsonToken.END_ARRAY) {
            list.addValues(value(reader, deeper(depth)));
        }
        return list.build();
    }

    private static Value value(ProtoJsonReader reader, int depth) {
        JsonParser in = reader.in();
        switch (in.currentToken()) {
            case VALUE_STRING:
                return Value.newBuilder().setStringValue(in.getString()).build();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Value.newBuilder().setNumberValue(in.getDoubleValue()).build();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Value.newBuilder().setBoolValue(in.currentToken() == JsonToken.VALUE_TRUE).build();
            case VALUE_NULL:
                return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
            case START_OBJECT:
                return Value.newBuilder().setStructValue(struct(reader, depth)).build();
            case START_ARRAY:
                return Value.newBuilder().setListValue(list(reader, depth)).build();
            default:
                throw new JsonInputException("Unexpected token for google.protobuf.Value: " + in.currentToken());
        }
    }

    private static int deeper(int depth) {
        if (depth >= ProtoJsonReader.MAX_DEPTH) {
            throw new JsonInputException("Hit recursion limit.");
        }
        return depth + 1;
    }
}
