package io.agentwire.mcp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.mcp.client.transport.McpHttpHeaders;
import io.agentwire.mcp.model.Tool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The pure rules: header encoding and mirroring, x-mcp-header validity, elicitation defaults, caching. */
class ClientRulesTest {
    private final JsonMapper mapper = JsonRpcCodec.standard().mapper();

    private JsonNode json(String text) {
        return mapper.readTree(text);
    }

    @Test
    void headerValuesOutsidePrintableAsciiAreBase64EncodedWithPadding() {
        assertEquals("us-west1", McpHttpHeaders.encodeValue("us-west1"));
        assertEquals("us west 1", McpHttpHeaders.encodeValue("us west 1"));
        assertEquals("", McpHttpHeaders.encodeValue(""));
        assertEquals("=?base64?SGVsbG8sIOS4lueVjA==?=", McpHttpHeaders.encodeValue("Hello, 世界"));
        assertEquals("=?base64?IHBhZGRlZCA=?=", McpHttpHeaders.encodeValue(" padded "));
        assertEquals("=?base64?CWluZGVudGVk?=", McpHttpHeaders.encodeValue("\tindented"));
        assertEquals("=?base64?bGluZTENCmxpbmUy?=", McpHttpHeaders.encodeValue("line1\r\nline2"));
    }

    @Test
    void invalidHeaderAnnotationsAreDetected() {
        assertTrue(XMcpHeaderRules.problem(json("{\"properties\":{\"r\":{\"type\":\"string\",\"x-mcp-header\":\"Region\"}}}")).isEmpty());
        assertTrue(XMcpHeaderRules.problem(json("{\"properties\":{\"r\":{\"type\":\"integer\",\"x-mcp-header\":\"Pri-ority_1\"}}}")).isEmpty());
        List<String> invalid = List.of(
                "{\"properties\":{\"v\":{\"type\":\"string\",\"x-mcp-header\":\"\"}}}",
                "{\"properties\":{\"v\":{\"type\":\"object\",\"x-mcp-header\":\"Data\"}}}",
                "{\"properties\":{\"v\":{\"type\":\"array\",\"x-mcp-header\":\"Items\"}}}",
                "{\"properties\":{\"v\":{\"type\":\"null\",\"x-mcp-header\":\"Nil\"}}}",
                "{\"properties\":{\"v\":{\"type\":\"number\",\"x-mcp-header\":\"Score\"}}}",
                "{\"properties\":{\"a\":{\"type\":\"string\",\"x-mcp-header\":\"MyField\"},\"b\":{\"type\":\"string\",\"x-mcp-header\":\"myfield\"}}}",
                "{\"properties\":{\"v\":{\"type\":\"string\",\"x-mcp-header\":\"My Region\"}}}",
                "{\"properties\":{\"v\":{\"type\":\"string\",\"x-mcp-header\":\"Region:Primary\"}}}",
                "{\"properties\":{\"v\":{\"type\":\"string\",\"x-mcp-header\":\"Région\"}}}",
                "{\"properties\":{\"v\":{\"type\":\"string\",\"x-mcp-header\":\"Region\\t1\"}}}",
                "{\"properties\":{\"v\":{\"type\":\"string\",\"x-mcp-header\":42}}}");
        for (String schema : invalid) {
            assertTrue(XMcpHeaderRules.problem(json(schema)).isPresent(), schema);
        }
    }

    @Test
    void catalogDropsToolsWithInvalidAnnotationsOnlyWhenAsked() {
        Tool good = Tool.builder("good").inputSchema(json("{\"type\":\"object\",\"properties\":{\"r\":{\"type\":\"string\",\"x-mcp-header\":\"Region\"}}}")).build();
        Tool bad = Tool.builder("bad").inputSchema(json("{\"type\":\"object\",\"properties\":{\"r\":{\"type\":\"string\",\"x-mcp-header\":\"\"}}}")).build();
        assertEquals(List.of(good), new ToolCatalog().accept(List.of(good, bad), true));
        assertEquals(List.of(good, bad), new ToolCatalog().accept(List.of(good, bad), false));
    }

    @Test
    void modernRequestsMirrorMethodNameAndAnnotatedArguments() {
        ToolCatalog catalog = new ToolCatalog();
        catalog.accept(List.of(Tool.builder("t").inputSchema(json("""
                {"type":"object","properties":{
                  "region":{"type":"string","x-mcp-header":"Region"},
                  "priority":{"type":"integer","x-mcp-header":"Priority"},
                  "verbose":{"type":"boolean","x-mcp-header":"Verbose"},
                  "query":{"type":"string"}}}""")).build()), true);
        HeaderMirror mirror = new HeaderMirror(() -> "2026-07-28", catalog);
        ObjectNode params = (ObjectNode) json("{\"name\":\"t\",\"arguments\":{\"region\":\"Hello, 世界\",\"priority\":42,\"verbose\":null,\"query\":\"x\"}}");
        Map<String, String> headers = mirror.headersFor(new JsonRpcRequest(JsonRpcId.of(1), "tools/call", params));
        assertEquals(Map.of("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "t",
                "Mcp-Param-Region", "=?base64?SGVsbG8sIOS4lueVjA==?=", "Mcp-Param-Priority", "42"), headers);
        Map<String, String> read = mirror.headersFor(new JsonRpcRequest(JsonRpcId.of(2), "resources/read",
                json("{\"uri\":\"https://example.com/resource?id=123\"}")));
        assertEquals("https://example.com/resource?id=123", read.get("Mcp-Name"));
        assertEquals(Map.of(), new HeaderMirror(() -> null, catalog).headersFor(new JsonRpcRequest(JsonRpcId.of(3), "tools/list", null)));
    }

    @Test
    void elicitationDefaultsFillOnlyMissingFields() {
        JsonNode schema = json("""
                {"type":"object","properties":{
                  "name":{"type":"string","default":"John Doe"},
                  "age":{"type":"integer","default":30},
                  "status":{"type":"string","enum":["active","inactive"],"default":"active"},
                  "nickname":{"type":"string"}}}""");
        ObjectNode filled = ElicitationDefaults.apply(schema, json("{\"age\":41}"));
        assertEquals(json("{\"age\":41,\"name\":\"John Doe\",\"status\":\"active\"}"), filled);
        JsonNode urlMode = ElicitationDefaults.acceptWithDefaults(json("{\"mode\":\"url\",\"url\":\"https://x\"}"), null);
        assertFalse(urlMode.has("content"));
    }

    @Test
    void cacheKeepsResultsForTheirTtlAndIgnoresMeta() throws InterruptedException {
        ResultCache cache = new ResultCache();
        cache.put("tools/list", json("{\"_meta\":{\"a\":1}}"), json("{\"tools\":[],\"ttlMs\":60000}"));
        cache.put("prompts/list", json("{}"), json("{\"prompts\":[],\"ttlMs\":0}"));
        cache.put("resources/list", json("{}"), json("{\"resources\":[],\"ttlMs\":1}"));
        Thread.sleep(5);
        assertEquals(json("{\"tools\":[],\"ttlMs\":60000}"), cache.get("tools/list", json("{\"_meta\":{\"b\":2}}")));
        assertNull(cache.get("prompts/list", json("{}")));
        assertNull(cache.get("resources/list", json("{}")));
        cache.invalidate("tools/list");
        assertNull(cache.get("tools/list", json("{}")));
    }
}
