package io.agentwire.mcp.client;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The 2026-07-28 validity rules for {@code x-mcp-header} annotations in a tool's input schema: the name is a
 * non-empty HTTP token (no spaces, colons, control or non-ASCII characters), unique across the tool ignoring
 * case, and only on string, integer or boolean properties. Clients must not offer a tool that breaks them.
 */
final class XMcpHeaderRules {
    static final String KEYWORD = "x-mcp-header";
    private static final Set<String> ALLOWED_TYPES = Set.of("string", "integer", "boolean");
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private XMcpHeaderRules() {
    }

    /** Why the tool's annotations are invalid, or empty when they are fine (or absent). */
    static Optional<String> problem(JsonNode inputSchema) {
        JsonNode properties = inputSchema == null ? null : inputSchema.get("properties");
        if (properties == null || !properties.isObject()) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode annotation = property.getValue().get(KEYWORD);
            if (annotation == null) {
                continue;
            }
            String where = "property '" + property.getKey() + "'";
            if (!annotation.isString() || !isToken(annotation.stringValue())) {
                return Optional.of(where + " has an x-mcp-header that is not a valid header name: " + annotation);
            }
            if (!seen.add(annotation.stringValue().toLowerCase(Locale.ROOT))) {
                return Optional.of(where + " repeats the x-mcp-header " + annotation.stringValue());
            }
            if (!isPrimitive(property.getValue().get("type"))) {
                return Optional.of(where + " carries x-mcp-header but is not a string, integer or boolean");
            }
        }
        return Optional.empty();
    }

    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alphanumeric = c < 0x80 && Character.isLetterOrDigit(c);
            if (!alphanumeric && TOKEN_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** No declared type is accepted (the schema may constrain by enum or const); a type list must be primitive. */
    private static boolean isPrimitive(JsonNode type) {
        if (type == null) {
            return true;
        }
        if (type.isString()) {
            return ALLOWED_TYPES.contains(type.stringValue());
        }
        if (type.isArray()) {
            boolean any = false;
            for (JsonNode member : type) {
                if (member.isString() && ALLOWED_TYPES.contains(member.stringValue())) {
                    any = true;
                } else if (!(member.isString() && member.stringValue().equals("null"))) {
                    return false;
                }
            }
            return any;
        }
        return false;
    }
}
