package io.agentwire.mcp.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

/** The deprecated 2024-11-05 HTTP+SSE transport, and 2025-03-26 batches on Streamable HTTP. */
class LegacySseEndpointTest {
    private static McpHttpServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        McpServer definition = McpServer.builder("legacy", "1.0.0")
                .tool(new Tool("ping_tool", null, "Answers pong", JsonNodeFactory.instance.objectNode().put("type", "object"),
                        null, null, null, null, null), call -> CallToolResult.text("pong"))
                .build();
        server = McpHttpServer.builder(definition).port(0).start();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static String nextData(Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data:")) {
                return line.substring(5).trim();
            }
        }
        throw new AssertionError("stream ended");
    }

    private static int post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void messagesTravelOnTheSessionStream() throws Exception {
        HttpRequest open = HttpRequest.newBuilder(URI.create(base() + "/sse")).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> stream = client.sendAsync(open, HttpResponse.BodyHandlers.ofLines()).get(5, TimeUnit.SECONDS);
        assertEquals(200, stream.statusCode());
        Iterator<String> lines = stream.body().iterator();
        String endpoint = nextData(lines);
        assertTrue(endpoint.startsWith("/messages?sessionId="), endpoint);

        assertEquals(202, post(endpoint, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2024-11-05\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"old\",\"version\":\"1\"}}}"));
        JsonNode init = JsonRpcCodec.standard().mapper().readTree(nextData(lines));
        assertEquals("2024-11-05", init.path("result").path("protocolVersion").asString());
        assertEquals(202, post(endpoint, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
        assertEquals(202, post(endpoint, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"ping_tool\"}}"));
        JsonNode call = JsonRpcCodec.standard().mapper().readTree(nextData(lines));
        assertEquals("pong", call.path("result").path("content").get(0).path("text").asString());
        assertEquals(404, post("/messages?sessionId=unknown", "{}"));
        stream.body().close();
    }

    @Test
    void batchesOnlyWhereTheRevisionAllowsThem() throws Exception {
        String session = initialize("2025-03-26");
        HttpRequest batch = jsonPost("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}]", session);
        HttpResponse<String> answer = client.send(batch, HttpResponse.BodyHandlers.ofString());
        JsonNode array = JsonRpcCodec.standard().mapper().readTree(answer.body());
        assertTrue(array.isArray());
        assertEquals(2, array.size());

        String modern = initialize("2025-06-18");
        HttpResponse<String> refused = client.send(jsonPost("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]", modern), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode());
    }

    private static String initialize(String version) throws Exception {
        HttpResponse<String> init = client.send(jsonPost("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                + version + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"b\",\"version\":\"1\"}}}", null), HttpResponse.BodyHandlers.ofString());
        return init.headers().firstValue("Mcp-Session-Id").orElseThrow();
    }

    private static HttpRequest jsonPost(String body, String session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.url())).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            builder.header("Mcp-Session-Id", session);
        }
        return builder.build();
    }
}
