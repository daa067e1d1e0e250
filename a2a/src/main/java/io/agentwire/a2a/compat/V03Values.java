package io.agentwire.a2a.compat;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import com.google.protobuf.util.Timestamps;
import io.agentwire.a2a.error.A2aException;
import java.text.ParseException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Free-form JSON (0.3 {@code metadata}, {@code data}, extension {@code params}) as protobuf {@link Struct}/{@link
 * Value} and back, and 0.3's ISO 8601 timestamps as {@link Timestamp}s.
 */
final class V03Values {
    /** Doubles up to 2^53 are exact integers; printing them without ".0" keeps {@code 42} a {@code 42}. */
    private static final double EXACT_INTEGER_LIMIT = 9007199254740992d;

    private V03Values() {
    }

    static Struct struct(JsonNode object, String path) {
        V03Json.requireObject(object, path);
        Struct.Builder struct = Struct.newBuilder();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            struct.putFields(field.getKey(), value(field.getValue()));
        }
        return struct.build();
    }

    /** The metadata object at {@code field}, or {@code null} when absent. */
    static Struct optStruct(JsonNode parent, String field, String path) {
        return V03Json.present(parent, field) ? struct(parent.get(field), path + "." + field) : null;
    }

    static Value value(JsonNode node) {
        Value.Builder value = Value.newBuilder();
        if (node == null || node.isNull()) {
            value.setNullValue(NullValue.NULL_VALUE);
        } else if (node.isBoolean()) {
            value.setBoolValue(node.booleanValue());
        } else if (node.isNumber()) {
            value.setNumberValue(node.doubleValue());
        } else if (node.isString()) {
            value.setStringValue(node.stringValue());
        } else if (node.isArray()) {
            ListValue.Builder list = ListValue.newBuilder();
            node.values().forEach(item -> list.addValues(value(item)));
            value.setListValue(list);
        } else {
            Struct.Builder struct = Struct.newBuilder();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                struct.putFields(field.getKey(), value(field.getValue()));
            }
            value.setStructValue(struct);
        }
        return value.build();
    }

    static ObjectNode json(Struct struct) {
        ObjectNode object = V03Json.object();
        struct.getFieldsMap().forEach((key, value) -> object.set(key, json(value)));
        return object;
    }

    static JsonNode json(Value value) {
        switch (value.getKindCase()) {
            case BOOL_VALUE:
                return V03Json.NODES.booleanNode(value.getBoolValue());
            case NUMBER_VALUE:
                double number = value.getNumberValue();
                if (number == Math.rint(number) && Math.abs(number) <= EXACT_INTEGER_LIMIT) {
                    return V03Json.NODES.numberNode((long) number);
                }
                return V03Json.NODES.numberNode(number);
            case STRING_VALUE:
                return V03Json.NODES.stringNode(value.getStringValue());
            case LIST_VALUE:
                ArrayNode array = V03Json.array();
                value.getListValue().getValuesList().forEach(item -> array.add(json(item)));
                return array;
            case STRUCT_VALUE:
                return json(value.getStructValue());
            default:
                return V03Json.NODES.nullNode();
        }
    }

    /** Puts a metadata object unless the struct is absent or empty. */
    static void putStruct(ObjectNode target, String field, boolean present, Struct struct) {
        if (present && struct.getFieldsCount() > 0) {
            target.set(field, json(struct));
        }
    }

    /**
     * An ISO 8601 timestamp. RFC 3339 with {@code Z} or an offset is what 0.3 servers send; a timestamp without a zone
     * (Python's {@code datetime.isoformat()} of a naive UTC time, seen from 0.3 SDKs) is read as UTC.
     */
    static Timestamp timestamp(String text, String path) {
        try {
            return Timestamps.parse(text);
        } catch (ParseException notRfc3339) {
            try {
                return Timestamps.fromMillis(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli());
            } catch (DateTimeParseException e) {
                throw A2aException.invalidParams(path + " is not an ISO 8601 timestamp: " + text);
            }
        }
    }

    static String timestamp(Timestamp timestamp) {
        return Timestamps.toString(timestamp);
    }
}
