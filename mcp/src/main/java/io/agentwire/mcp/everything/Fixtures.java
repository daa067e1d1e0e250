package io.agentwire.mcp.everything;

import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shared pieces of the conformance fixtures: the tiny media assets the suite expects, and helpers that build
 * JSON schemas and tool definitions from JSON text, so schemas read the way they appear on the wire.
 */
final class Fixtures {
    /** A 1x1 red PNG. */
    static final String PNG_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    /** A minimal, silent WAV file. */
    static final String WAV_BASE64 = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {
    }

    /** Parses JSON text (typically a text block); the fixtures are constants, so a typo is a programming error. */
    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** The schema of a tool without arguments. */
    static JsonNode noArguments() {
        return json("{\"type\":\"object\",\"properties\":{}}");
    }

    static Tool tool(String name, String description, JsonNode inputSchema) {
        return new Tool(name, null, description, inputSchema, null, null, null, null, null);
    }

    static Tool tool(String name, String description) {
        return tool(name, description, noArguments());
    }

    /** Pauses between notifications so clients can observe them arriving one by one, as the suite expects. */
    static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
