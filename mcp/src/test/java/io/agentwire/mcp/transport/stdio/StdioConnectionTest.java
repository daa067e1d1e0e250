package io.agentwire.mcp.transport.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.model.Tool;
import io.agentwire.mcp.server.ServerRuntime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Both eras on one stdio channel, cancellation and bad lines. */
class StdioConnectionTest {
    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final StdioConnection connection;

    StdioConnectionTest() {
        McpServer server = McpServer.builder("t", "1")
                .tool(new Tool("hello", null, "Says hello", JsonNodeFactory.instance.objectNode().put("type", "object"), null, null, null, null, null),
                        call -> CallToolResult.text("hello"))
                .tool(new Tool("forever", null, "Never ends", JsonNodeFactory.instance.objectNode().put("type", "object"), null, null, null, null, null),
                        call -> {
                            started.countDown();
                            Thread.sleep(60_000);
                            return CallToolResult.text("too late");
                        })
                .build();
        JsonRpcCodec codec = JsonRpcCodec.standard();
        connection = new StdioConnection(new ServerRuntime(server, codec.mapper()), codec, lines::add);
    }

    private void send(String json) {
        connection.onLine(json.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode awaitResponse(Object id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                JsonNode node = JsonRpcCodec.standard().mapper().readTree(line);
                if (node.path("id").toString().equals(id.toString()) && (node.has("result") || node.has("error"))) {
                    return node;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no response for id " + id + " in " + lines);
    }

    @Test
    void servesLegacyAndModernRequestsOnOneChannel() throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}");
        assertEquals("2025-11-25", awaitResponse(1).path("result").path("protocolVersion").asString());
        send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"hello\"}}");
        assertEquals("hello", awaitResponse(2).path("result").path("content").get(0).path("text").asString());
        send("{\"jsonrpc\":\"2.0\",\"id\":\"m\",\"method\":\"tools/call\",\"params\":{\"name\":\"hello\"," + META + "}}");
        assertEquals("complete", awaitResponse("\"m\"").path("result").path("resultType").asString());
        send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"server/discover\",\"params\":{" + META + "}}");
        assertTrue(awaitResponse(3).path("result").path("supportedVersions").isArray());
    }

    @Test
    void cancelledRequestsGetNoResponse() throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"forever\"," + META + "}}");
        assertTrue(started.await(5, TimeUnit.SECONDS));
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":9}}");
        send("{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"tools/call\",\"params\":{\"name\":\"hello\"," + META + "}}");
        awaitResponse(10);
        Thread.sleep(100);
        assertTrue(lines.stream().noneMatch(l -> l.contains("\"id\":9")), lines.toString());
    }

    @Test
    void badLinesGetJsonRpcErrors() throws Exception {
        send("{oops");
        send("[{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}]");
        connection.onFramingError("line longer than 16 bytes");
        Thread.sleep(50);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("-32700"));
        assertTrue(lines.get(1).contains("-32600"));
        assertTrue(lines.get(2).contains("-32700"));
    }
}
