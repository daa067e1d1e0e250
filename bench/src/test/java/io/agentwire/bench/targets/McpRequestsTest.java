package io.agentwire.bench.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.bench.load.RequestProfile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class McpRequestsTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void modernCallIsSelfDescribing() {
        String request = text(McpRequests.modern("127.0.0.1", 1).callRequest(null));

        assertTrue(request.contains("\r\nMCP-Protocol-Version: 2026-07-28\r\n"));
        assertTrue(request.contains("\r\nMcp-Method: tools/call\r\n"));
        assertTrue(request.contains("\r\nMcp-Name: echo\r\n"));
        assertFalse(request.contains("Mcp-Session-Id"));
        JsonNode meta = body(request).get("params").get("_meta");
        assertEquals("2026-07-28", meta.get("io.modelcontextprotocol/protocolVersion").stringValue());
        assertTrue(meta.get("io.modelcontextprotocol/clientCapabilities").isObject());
    }

    @Test
    void legacyInitialisesThenCarriesTheSession() {
        RequestProfile legacy = McpRequests.legacy("127.0.0.1", 1);

        assertEquals(2, legacy.setupSteps());
        assertEquals("initialize", body(text(legacy.setupRequest(0, null))).get("method").stringValue());
        String initialized = text(legacy.setupRequest(1, "s-1"));
        assertTrue(initialized.contains("\r\nMcp-Session-Id: s-1\r\n"));
        assertEquals("notifications/initialized", body(initialized).get("method").stringValue());
        String call = text(legacy.callRequest("s-1"));
        assertTrue(call.contains("\r\nMcp-Session-Id: s-1\r\n"));
        assertTrue(call.contains("\r\nMCP-Protocol-Version: 2025-11-25\r\n"));
        assertEquals("echo", body(call).get("params").get("name").stringValue());
    }

    private JsonNode body(String request) {
        return mapper.readTree(request.substring(request.indexOf("\r\n\r\n") + 4));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
