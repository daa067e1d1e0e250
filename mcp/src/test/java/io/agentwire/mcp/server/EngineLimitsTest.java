package io.agentwire.mcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.model.JsonRpcResult;
import io.agentwire.mcp.InputRequest;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The engine's load bound, and URL-mode elicitation in the legacy era. */
class EngineLimitsTest {
    private static final JsonMapper MAPPER = JsonRpcCodec.standard().mapper();

    /** Collects what one request produced. */
    private static final class Sink implements ResponseSink {
        final List<JsonRpcMessage> messages = new CopyOnWriteArrayList<>();
        final CountDownLatch responded = new CountDownLatch(1);

        @Override
        public void notify(JsonRpcNotification notification) {
            messages.add(notification);
        }

        @Override
        public void request(JsonRpcRequest request) {
            messages.add(request);
        }

        @Override
        public void respond(JsonRpcResponse response) {
            messages.add(response);
            responded.countDown();
        }

        JsonRpcResponse response() throws InterruptedException {
            assertTrue(responded.await(5, TimeUnit.SECONDS), "no response");
            return (JsonRpcResponse) messages.stream().filter(m -> m instanceof JsonRpcResponse).findFirst().orElseThrow();
        }
    }

    private static Tool tool(String name) {
        return new Tool(name, null, name, JsonNodeFactory.instance.objectNode().put("type", "object"), null, null, null, null, null);
    }

    private static JsonRpcRequest call(long id, String tool) {
        return new JsonRpcRequest(JsonRpcId.of(id), "tools/call", MAPPER.createObjectNode().put("name", tool));
    }

    private static LegacySession initialized(ServerRuntime runtime, String capabilities) throws InterruptedException {
        LegacySession session = runtime.openSession("s");
        Sink sink = new Sink();
        runtime.handle(new JsonRpcRequest(JsonRpcId.of(0), "initialize", MAPPER.readTree(
                "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":" + capabilities + ",\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}")), session, sink);
        sink.response();
        return session;
    }

    @Test
    void refusesRequestsBeyondTheInFlightBound() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        McpServer server = McpServer.builder("t", "1").maxInFlightRequests(1)
                .tool(tool("block"), call -> {
                    release.await(5, TimeUnit.SECONDS);
                    return CallToolResult.text("done");
                })
                .build();
        ServerRuntime runtime = new ServerRuntime(server, MAPPER);
        LegacySession session = initialized(runtime, "{}");
        Sink first = new Sink();
        runtime.handle(call(1, "block"), session, first);
        Sink second = new Sink();
        runtime.handle(call(2, "block"), session, second);
        JsonRpcErrorResponse refused = (JsonRpcErrorResponse) second.response();
        assertEquals(ServerRuntime.SERVER_OVERLOADED, refused.error().code());
        release.countDown();
        assertTrue(first.response() instanceof JsonRpcResult);
        Sink third = new Sink();
        runtime.handle(call(3, "block"), session, third);
        assertTrue(third.response() instanceof JsonRpcResult, "the slot is free again");
    }

    @Test
    void urlElicitationAsksTheClientAndReportsCompletion() throws Exception {
        McpServer server = McpServer.builder("t", "1")
                .tool(tool("connect"), call -> {
                    var answer = call.requestInput("login", InputRequest.urlElicitation("Sign in", "https://example.invalid/login", "e-1"));
                    call.elicitationComplete("e-1");
                    return CallToolResult.text("action=" + answer.path("action").asString());
                })
                .build();
        ServerRuntime runtime = new ServerRuntime(server, MAPPER);
        LegacySession session = initialized(runtime, "{\"elicitation\":{\"url\":{}}}");
        List<JsonRpcMessage> unsolicited = new CopyOnWriteArrayList<>();
        session.setOutlet(unsolicited::add);
        Sink sink = new Sink();
        runtime.handle(call(5, "connect"), session, sink);
        JsonRpcRequest ask = awaitRequest(sink);
        assertEquals("elicitation/create", ask.method());
        assertEquals("url", ask.params().path("mode").asString());
        session.deliver(new JsonRpcResult(ask.id(), MAPPER.createObjectNode().put("action", "accept")));
        JsonRpcResult result = (JsonRpcResult) sink.response();
        assertEquals("action=accept", result.result().path("content").get(0).path("text").asString());
        assertEquals("notifications/elicitation/complete", ((JsonRpcNotification) unsolicited.get(0)).method());
    }

    private static JsonRpcRequest awaitRequest(Sink sink) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            for (JsonRpcMessage m : sink.messages) {
                if (m instanceof JsonRpcRequest r) {
                    return r;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no server-to-client request");
    }
}
