package io.agentwire.mcp.everything;

import static io.agentwire.mcp.everything.Fixtures.PNG_BASE64;
import static io.agentwire.mcp.everything.Fixtures.WAV_BASE64;
import static io.agentwire.mcp.everything.Fixtures.tool;

import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.model.Content;
import io.agentwire.mcp.model.ResourceContents;
import tools.jackson.databind.JsonNode;

/** Tools that return fixed content of every kind, an error result, and the JSON Schema 2020-12 fixtures. */
final class ContentTools {
    static final String SIMPLE_TEXT = "This is a simple text response for testing.";
    static final String ERROR_TEXT = "This tool intentionally returns an error for testing";
    static final String EMBEDDED_TEXT = "This is an embedded resource content.";

    private ContentTools() {
    }

    static void register(McpServer.Builder builder) {
        builder.tool(tool("test_simple_text", "Returns a simple text response"),
                call -> CallToolResult.text(SIMPLE_TEXT));
        builder.tool(tool("test_image_content", "Returns a 1x1 PNG image"),
                call -> CallToolResult.of(Content.image(PNG_BASE64, "image/png")));
        builder.tool(tool("test_audio_content", "Returns a short WAV clip"),
                call -> CallToolResult.of(Content.audio(WAV_BASE64, "audio/wav")));
        builder.tool(tool("test_embedded_resource", "Returns an embedded text resource"),
                call -> CallToolResult.of(Content.resource(
                        ResourceContents.text("test://embedded-resource", "text/plain", EMBEDDED_TEXT))));
        builder.tool(tool("test_multiple_content_types", "Returns text, an image and an embedded resource"),
                call -> CallToolResult.of(
                        Content.text("Multiple content types test:"),
                        Content.image(PNG_BASE64, "image/png"),
                        Content.resource(ResourceContents.text("test://mixed-content-resource", "application/json",
                                "{\"test\":\"data\",\"value\":123}"))));
        builder.tool(tool("test_error_handling", "Always returns a tool error"),
                call -> CallToolResult.error(ERROR_TEXT));
        builder.tool(tool("json_schema_2020_12_tool", "Tool with JSON Schema 2020-12 features", SCHEMA_2020_12),
                call -> CallToolResult.text("Received: " + call.arguments()));
        builder.tool(tool("json_schema_echo", "Echoes the schema argument back as JSON text", ECHO_SCHEMA),
                call -> CallToolResult.text(String.valueOf(call.arguments().get("schema"))));
        builder.tool(tool("test_custom_header", "Echoes a parameter that clients mirror into the Mcp-Param-Region header",
                        HEADER_PARAM_SCHEMA),
                call -> CallToolResult.text("Region: " + call.argument("region")));
    }

    /**
     * Must reach {@code tools/list} exactly as written: the suite checks that {@code $schema}, {@code $defs} (with
     * its {@code $anchor}), {@code allOf/anyOf}, {@code if/then/else} and {@code additionalProperties} survive.
     */
    static final JsonNode SCHEMA_2020_12 = Fixtures.json("""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "$defs": {
                "address": {
                  "$anchor": "addressDef",
                  "type": "object",
                  "properties": {
                    "street": {"type": "string"},
                    "city": {"type": "string"}
                  }
                }
              },
              "properties": {
                "name": {"type": "string"},
                "address": {"$ref": "#/$defs/address"},
                "contactMethod": {"type": "string", "enum": ["phone", "email"]},
                "phone": {"type": "string"},
                "email": {"type": "string"}
              },
              "allOf": [{"anyOf": [{"required": ["phone"]}, {"required": ["email"]}]}],
              "if": {"properties": {"contactMethod": {"const": "phone"}}, "required": ["contactMethod"]},
              "then": {"required": ["phone"]},
              "else": {"required": ["email"]},
              "additionalProperties": false
            }
            """);

    /**
     * SEP-2243: {@code x-mcp-header} makes 2026-07-28 clients send the value also as {@code Mcp-Param-Region}, which
     * the HTTP transport checks against the body (the suite's custom-header scenario needs one such tool).
     */
    static final JsonNode HEADER_PARAM_SCHEMA = Fixtures.json("""
            {
              "type": "object",
              "properties": {"region": {"type": "string", "description": "Region to echo", "x-mcp-header": "Region"}},
              "required": ["region"]
            }
            """);

    private static final JsonNode ECHO_SCHEMA = Fixtures.json("""
            {
              "type": "object",
              "properties": {"schema": {"type": "object", "description": "Any JSON Schema to echo back"}},
              "required": ["schema"]
            }
            """);
}
