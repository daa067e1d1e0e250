package io.agentwire.mcp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.everything.EverythingServer;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.JsonNodeFactory;

/** The client against the reference server over stdio (served in-process through pipes), in both eras. */
class EverythingStdioClientTest {
    static Stream<Negotiation> eras() {
        return Stream.of(Negotiation.LEGACY, Negotiation.pinned(ProtocolVersion.V2026_07_28), Negotiation.AUTO);
    }

    @ParameterizedTest
    @MethodSource("eras")
    void toolsResourcesPromptsAndServerRequests(Negotiation negotiation) throws Exception {
        try (InProcessStdioServer server = new InProcessStdioServer(EverythingServer.create());
             McpClient client = TestClients.withHandlers(server.transport(), negotiation).build()) {
            ProtocolVersion version = client.connect().version();
            assertEquals(negotiation == Negotiation.LEGACY ? ProtocolVersion.V2025_11_25 : ProtocolVersion.V2026_07_28, version);
            assertTrue(client.listTools().size() > 20);
            assertEquals("This is a simple text response for testing.", client.callTool("test_simple_text", Map.of()).text());
            assertTrue(client.callTool("test_sampling", Map.of("prompt", "hi")).text().contains(TestClients.SAMPLED_TEXT));
            assertTrue(client.callTool("test_input_required_result_list_roots", Map.of()).text().contains(TestClients.ROOT_URI));
            assertEquals("blob", client.readResource("test://static-binary").path("contents").get(0).has("blob") ? "blob" : "none");
            assertTrue(client.getPrompt("test_simple_prompt", Map.of()).path("messages").size() > 0);
        }
    }

    @ParameterizedTest
    @MethodSource("eras")
    void cancellationIsSentAsNotificationOnStdio(Negotiation negotiation) throws Exception {
        try (InProcessStdioServer server = new InProcessStdioServer(EverythingServer.create());
             McpClient client = TestClients.withHandlers(server.transport(), negotiation).build()) {
            client.connect();
            CompletableFuture<ToolResult> slow = client.callToolAsync("slow_compute",
                    JsonNodeFactory.instance.objectNode().put("seconds", 30), null);
            Thread.sleep(200);
            slow.cancel(true);
            assertThrows(CancellationException.class, slow::join);
            assertEquals("Hello, World!", client.callTool("greet", Map.of()).text());
            assertEquals(0, client.pendingRequests());
        }
    }

    @ParameterizedTest
    @MethodSource("eras")
    void closingTheClientEndsTheServersInput(Negotiation negotiation) throws Exception {
        try (InProcessStdioServer server = new InProcessStdioServer(EverythingServer.create())) {
            McpClient client = TestClients.withHandlers(server.transport(), negotiation).build();
            client.connect();
            client.close();
            assertTrue(server.awaitStopped(15), "server still running after the client closed");
            assertThrows(McpClientException.class, () -> client.listTools());
        }
    }

    @ParameterizedTest
    @MethodSource("eras")
    void aCallAfterTheServerWentAwayFailsAtOnce(Negotiation negotiation) throws Exception {
        InProcessStdioServer server = new InProcessStdioServer(EverythingServer.create());
        try (McpClient client = TestClients.withHandlers(server.transport(), negotiation).build()) {
            client.connect();
            server.close();
            long start = System.nanoTime();
            assertThrows(McpClientException.class, () -> client.callTool("test_simple_text", Map.of()));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(8));
        }
    }
}
