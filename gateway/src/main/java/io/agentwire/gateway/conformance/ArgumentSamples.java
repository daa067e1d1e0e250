package io.agentwire.gateway.conformance;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Plausible arguments for a tool nobody told us how to call: one value of the declared type per required property. */
final class ArgumentSamples {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, JsonNode> BY_TYPE = Map.of("string", NODES.stringNode("test"),
            "integer", NODES.numberNode(1), "number", NODES.numberNode(1), "boolean", NODES.booleanNode(true),
            "object", NODES.objectNode(), "array", NODES.arrayNode(), "null", NODES.nullNode());

    private ArgumentSamples() {
    }

    static ObjectNode forSchema(JsonNode inputSchema) {
        ObjectNode arguments = NODES.objectNode();
        JsonNode properties = inputSchema == null ? null : inputSchema.get("properties");
        if (properties == null || !properties.isObject()) {
            return arguments;
        }
        for (JsonNode required : inputSchema.path("required")) {
            JsonNode property = properties.get(required.asString(""));
            if (property != null) {
                arguments.set(required.asString(), sample(property));
            }
        }
        return arguments;
    }

    private static JsonNode sample(JsonNode property) {
        if (property.has("default")) {
            return property.get("default");
        }
        if (property.path("enum").isArray() && !property.path("enum").isEmpty()) {
            return property.path("enum").get(0);
        }
        return BY_TYPE.getOrDefault(property.path("type").asString("string"), NODES.stringNode("test")).deepCopy();
    }
}
