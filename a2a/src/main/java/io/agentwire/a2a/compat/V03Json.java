package io.agentwire.a2a.compat;

import io.agentwire.a2a.error.A2aException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed reads of 0.3 JSON trees. Every shape mistake becomes {@code INVALID_PARAMS} naming the field's path, so a
 * 0.3 client learns what to fix; fields the 0.3 schema does not know are never looked at (ignored, as both versions
 * ask of receivers). Absent and JSON {@code null} count the same.
 */
final class V03Json {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private V03Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (RuntimeException e) {
            throw A2aException.invalidParams("Invalid JSON: " + e.getMessage());
        }
    }

    static boolean present(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value != null && !value.isNull();
    }

    /** {@code node} itself, which must be a JSON object. */
    static JsonNode requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw A2aException.invalidParams(path + " must be an object");
        }
        return node;
    }

    static JsonNode object(JsonNode parent, String field, String path) {
        return requireObject(parent.get(field), path + "." + field);
    }

    /** The object at {@code field}, or {@code null} when absent. */
    static JsonNode optObject(JsonNode parent, String field, String path) {
        return present(parent, field) ? object(parent, field, path) : null;
    }

    static String string(JsonNode parent, String field, String path) {
        String value = optString(parent, field, path);
        if (value == null) {
            throw A2aException.invalidParams(path + "." + field + " is required");
        }
        return value;
    }

    /** The string at {@code field}, or {@code null} when absent. */
    static String optString(JsonNode parent, String field, String path) {
        if (!present(parent, field)) {
            return null;
        }
        JsonNode value = parent.get(field);
        if (!value.isString()) {
            throw A2aException.invalidParams(path + "." + field + " must be a string");
        }
        return value.stringValue();
    }

    /** The boolean at {@code field}, or {@code null} when absent. */
    static Boolean optBoolean(JsonNode parent, String field, String path) {
        if (!present(parent, field)) {
            return null;
        }
        JsonNode value = parent.get(field);
        if (!value.isBoolean()) {
            throw A2aException.invalidParams(path + "." + field + " must be true or false");
        }
        return value.booleanValue();
    }

    /** The integer at {@code field}, or {@code null} when absent. */
    static Integer optInt(JsonNode parent, String field, String path) {
        if (!present(parent, field)) {
            return null;
        }
        JsonNode value = parent.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw A2aException.invalidParams(path + "." + field + " must be an integer");
        }
        return value.intValue();
    }

    /** The elements of the array at {@code field}; empty when absent. */
    static List<JsonNode> array(JsonNode parent, String field, String path) {
        if (!present(parent, field)) {
            return List.of();
        }
        JsonNode value = parent.get(field);
        if (!value.isArray()) {
            throw A2aException.invalidParams(path + "." + field + " must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        value.values().forEach(items::add);
        return items;
    }

    static List<String> strings(JsonNode parent, String field, String path) {
        List<String> values = new ArrayList<>();
        List<JsonNode> items = array(parent, field, path);
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isString()) {
                throw A2aException.invalidParams(path + "." + field + "[" + i + "] must be a string");
            }
            values.add(items.get(i).stringValue());
        }
        return values;
    }

    /** Puts {@code value} unless it is empty: 0.3 marks these fields optional, and absent reads better than "". */
    static void putIfNotEmpty(ObjectNode target, String field, String value) {
        if (value != null && !value.isEmpty()) {
            target.put(field, value);
        }
    }

    static void putStrings(ObjectNode target, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = target.putArray(field);
            values.forEach(array::add);
        }
    }
}
