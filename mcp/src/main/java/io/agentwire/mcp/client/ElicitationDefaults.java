package io.agentwire.mcp.client;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Helpers for answering {@code elicitation/create}: filling the {@code default} values a form's
 * {@code requestedSchema} declares into the user's content (SEP-1034), and building accept/decline results.
 */
public final class ElicitationDefaults {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ElicitationDefaults() {
    }

    /**
     * A copy of {@code content} in which every property of {@code requestedSchema} that has a {@code default} and
     * no value yet gets its default. {@code content} may be {@code null} (nothing entered).
     */
    public static ObjectNode apply(JsonNode requestedSchema, JsonNode content) {
        ObjectNode result = content != null && content.isObject() ? ((ObjectNode) content).deepCopy() : NODES.objectNode();
        JsonNode properties = requestedSchema == null ? null : requestedSchema.get("properties");
        if (properties == null || !properties.isObject()) {
            return result;
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode defaultValue = property.getValue().get("default");
            JsonNode present = result.get(property.getKey());
            if (defaultValue != null && (present == null || present.isNull())) {
                result.set(property.getKey(), defaultValue.deepCopy());
            }
        }
        return result;
    }

    /** {@code {"action":"accept","content":...}} with the request schema's defaults applied (no content in URL mode). */
    public static ObjectNode acceptWithDefaults(JsonNode elicitParams, JsonNode content) {
        ObjectNode result = NODES.objectNode().put("action", "accept");
        if (!"url".equals(elicitParams.path("mode").asString(""))) {
            result.set("content", apply(elicitParams.get("requestedSchema"), content));
        }
        return result;
    }

    /** {@code {"action":"decline"}}. */
    public static ObjectNode decline() {
        return NODES.objectNode().put("action", "decline");
    }
}
