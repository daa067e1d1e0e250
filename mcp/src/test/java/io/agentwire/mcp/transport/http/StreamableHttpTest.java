package io.agentwire.mcp.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.mcp.McpHttpServer;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Streamable HTTP over a real socket: both eras, sessions, header rules and bad input. */
class StreamableHttpTest {
    private static final String MODERN_META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

    private static McpHttpServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        McpServer definition = McpServer.builder("test", "1.0.0")
                .tool(new Tool("echo", null, "Echoes", JsonNodeFactory.instance.objectNode().put("type", "object"),
                        null, null, null, null, null), call -> CallToolResult.text("echo " + call.argument("text")))
                .build();
        server = McpHttpServer.builder(definition).port(0).maxBodyBytes(64 * 1024).start();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url()))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> jsonHeaders(String... more) {
        java.util.HashMap<String, String> headers = new java.util.HashMap<>(Map.of(
                "Content-Type", "application/json", "Accept", "application/json, text/event-stream"));
        for (int i = 0; i < more.length; i += 2) {
            headers.put(more[i], more[i + 1]);
        }
        return headers;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonRpcCodec.standard().mapper().readTree(response.body());
    }

    @Test
    void legacySessionLifecycle() throws Exception {
        HttpResponse<String> init = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}", jsonHeaders());
        assertEquals(200, init.statusCode());
        assertEquals("2025-06-18", json(init).path("result").path("protocolVersion").asString());
        String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertTrue(session.chars().allMatch(c -> c >= 0x21 && c <= 0x7e));

        HttpResponse<String> call = post("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}}}",
                jsonHeaders("Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-06-18"));
        assertEquals("echo hi", json(call).path("result").path("content").get(0).path("text").asString());
        assertEquals("x", json(call).path("id").asString());

        HttpResponse<String> noSession = post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", jsonHeaders());
        assertEquals(400, noSession.statusCode());

        HttpRequest delete = HttpRequest.newBuilder(URI.create(server.url())).header("Mcp-Session-Id", session).DELETE().build();
        assertEquals(200, client.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> afterDelete = post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}", jsonHeaders("Mcp-Session-Id", session));
        assertEquals(404, afterDelete.statusCode());
    }

    @Test
    void modernRequestNeedsMatchingHeaders() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"m\"}," + MODERN_META + "}}";
        HttpResponse<String> ok = post(body, jsonHeaders("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "echo"));
        assertEquals(200, ok.statusCode());
        assertEquals("complete", json(ok).path("result").path("resultType").asString());

        HttpResponse<String> wrongName = post(body, jsonHeaders("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "other"));
        assertEquals(400, wrongName.statusCode());
        assertEquals(-32020, json(wrongName).path("error").path("code").asInt());
        assertEquals(7, json(wrongName).path("id").asInt());

        String removed = "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\",\"params\":{" + MODERN_META + "}}";
        HttpResponse<String> ping = post(removed, jsonHeaders("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "ping"));
        assertEquals(404, ping.statusCode());
        assertEquals(-32601, json(ping).path("error").path("code").asInt());
    }

    @Test
    void unsupportedModernVersionListsSupported() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/list\",\"params\":{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"1900-01-01\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
        HttpResponse<String> response = post(body, jsonHeaders("MCP-Protocol-Version", "1900-01-01", "Mcp-Method", "tools/list"));
        assertEquals(400, response.statusCode());
        JsonNode error = json(response).path("error");
        assertEquals(-32022, error.path("code").asInt());
        assertEquals("1900-01-01", error.path("data").path("requested").asString());
        assertTrue(error.path("data").path("supported").isArray());
    }

    @Test
    void badInputGetsTheSpecifiedStatus() throws Exception {
        assertEquals(400, post("{not json", jsonHeaders()).statusCode());
        assertEquals(-32700, json(post("{not json", jsonHeaders())).path("error").path("code").asInt());
        assertEquals(415, post("{}", Map.of("Content-Type", "text/plain", "Accept", "application/json, text/event-stream")).statusCode());
        assertEquals(406, post("{}", Map.of("Content-Type", "application/json", "Accept", "text/html")).statusCode());
        assertEquals(400, post("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"x\"}", jsonHeaders()).statusCode());
        assertEquals(413, post("{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}", jsonHeaders()).statusCode());
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertEquals(-32700, json(post(deep, jsonHeaders())).path("error").path("code").asInt());
    }

    @Test
    void foreignOriginIsForbidden() throws Exception {
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}",
                jsonHeaders("Origin", "http://evil.example.com"));
        assertEquals(403, response.statusCode());
        assertNotNull(response.body());
    }
}
