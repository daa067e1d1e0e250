package io.agentwire.mcp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.mcp.McpHttpServer;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.everything.EverythingServer;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Task-backed tool calls against the reference server: the 2025-11-25 task augmentation the client adds for
 * {@code taskSupport: required} tools, and the 2026-07-28 extension where the server answers with a task and the
 * client polls, answers input requests through {@code tasks/update}, and takes the inlined result.
 */
class ClientTasksTest {
    private static McpHttpServer server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = McpHttpServer.builder(EverythingServer.create()).port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static McpClient connected(Negotiation negotiation) {
        McpClient client = TestClients.withHandlers(TransportSpec.streamableHttp(URI.create(server.url())), negotiation).build();
        client.connect();
        client.listTools();
        return client;
    }

    @Test
    void legacyRequiredTaskToolRunsAsTaskAndAsksForInputOnTheResultStream() {
        try (McpClient client = connected(Negotiation.LEGACY)) {
            ToolResult result = client.callTool("test_tool_with_task", Map.of());
            assertEquals("Hello, Alice! (finished as a task)", result.text());
        }
    }

    @Test
    void legacyExplicitTaskCanBePolledAndAwaited() {
        try (McpClient client = connected(Negotiation.LEGACY)) {
            ToolTask task = client.startToolTask("slow_compute",
                    JsonNodeFactory.instance.objectNode().put("seconds", 0.2).put("label", "polled"));
            assertFalse(task.taskId().isEmpty());
            assertTrue(task.state().status().equals("working") || task.state().terminal(), task.state().toString());
            assertEquals(task.taskId(), task.refresh().taskId());
            assertEquals("slow_compute polled finished after 0.2 s", task.awaitResult().text());
            assertEquals("completed", task.refresh().status());
        }
    }

    @Test
    void legacyTaskCanBeCancelled() {
        try (McpClient client = connected(Negotiation.LEGACY)) {
            ToolTask task = client.startToolTask("slow_compute", JsonNodeFactory.instance.objectNode().put("seconds", 30));
            CompletableFuture<ToolResult> result = task.resultAsync();
            task.cancel();
            assertEquals("cancelled", task.refresh().status());
            assertThrows(McpClientException.class, () -> Await.result("task", result));
        }
    }

    @Test
    void modernTaskIsFollowedToItsResultAnsweringInputThroughTasksUpdate() {
        try (McpClient client = connected(Negotiation.pinned(ProtocolVersion.V2026_07_28))) {
            assertEquals("Hello, Alice! (finished as a task)", client.callTool("test_tool_with_task", Map.of()).text());
            assertEquals("slow_compute modern finished after 0.1 s",
                    client.callTool("slow_compute", Map.of("seconds", 0.1, "label", "modern")).text());
        }
    }

    @Test
    void modernFailedTaskEndsInAClearException() {
        try (McpClient client = connected(Negotiation.pinned(ProtocolVersion.V2026_07_28))) {
            McpClientException error = assertThrows(McpClientException.class,
                    () -> client.callTool("protocol_error_job", Map.of()));
            assertTrue(error.getMessage().contains("protocol_error_job crashed on purpose"), error.getMessage());
        }
    }

    @Test
    void legacyToolErrorInATaskIsAToolResultNotAnException() {
        try (McpClient client = connected(Negotiation.LEGACY)) {
            ToolResult result = client.callTool("failing_job", Map.of());
            assertTrue(result.isError());
            assertEquals("failing_job failed on purpose", result.text());
        }
    }

    @Test
    void explicitTasksAreForTheLegacyEra() {
        try (McpClient client = connected(Negotiation.pinned(ProtocolVersion.V2026_07_28))) {
            assertThrows(McpClientException.class, () -> client.startToolTask("slow_compute", null));
        }
    }
}
