package io.agentwire.mcp.auth.client;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Lenient readers for metadata fields: a field of the wrong type reads as absent. */
final class Json {
    private Json() {
    }

    static String string(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() ? v.stringValue() : null;
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = node.path(field);
        if (v.isArray()) {
            for (JsonNode e : v) {
                if (e.isString()) {
                    out.add(e.stringValue());
                }
            }
        }
        return out;
    }

    /** The list, or null when the field is absent (absence and emptiness mean different things in metadata). */
    static List<String> stringsOrNull(JsonNode node, String field) {
        return node.path(field).isArray() ? strings(node, field) : null;
    }

    static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isBoolean() ? v.booleanValue() : null;
    }

    /** ": error (description)" from an OAuth error body, for exception messages; "" when there is none. */
    static String errorSuffix(JsonNode json) {
        if (json == null) {
            return "";
        }
        String error = string(json, "error");
        String description = string(json, "error_description");
        return (error == null ? "" : ": " + error) + (description == null ? "" : " (" + description + ")");
    }
}
