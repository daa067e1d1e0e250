package io.agentwire.mcp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import tools.jackson.databind.JsonNode;

class ToolBuilderTest {
    @Test
    void buildsTheWireShapeWithDefaultsAndOmitsUnsetFields() {
        Tool tool = Tool.builder("greet").description("Says hello").taskSupport("optional").build();
        JsonNode json = JsonRpcCodec.standard().mapper().valueToTree(tool);
        assertEquals("greet", json.path("name").asString());
        assertEquals("object", json.path("inputSchema").path("type").asString());
        assertEquals("optional", json.path("execution").path("taskSupport").asString());
        assertFalse(json.has("outputSchema"));
        assertFalse(json.has("title"));
    }
}
