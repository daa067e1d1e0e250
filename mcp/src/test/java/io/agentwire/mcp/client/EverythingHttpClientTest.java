package io.agentwire.mcp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.McpHttpServer;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.everything.EverythingServer;
import io.agentwire.mcp.model.Prompt;
import io.agentwire.mcp.model.Resource;
import io.agentwire.mcp.model.ResourceTemplate;
import io.agentwire.mcp.model.Tool;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The client against the reference server over Streamable HTTP and HTTP+SSE, in both eras. */
class EverythingHttpClientTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static McpHttpServer server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = McpHttpServer.builder(EverythingServer.create()).port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Negotiation> eras() {
        return Stream.of(Negotiation.LEGACY, Negotiation.pinned(ProtocolVersion.V2026_07_28), Negotiation.AUTO);
    }

    private static McpClient connected(Negotiation negotiation) {
        McpClient client = TestClients.withHandlers(TransportSpec.streamableHttp(URI.create(server.url())), negotiation).build();
        client.connect();
        return client;
    }

    @ParameterizedTest
    @MethodSource("eras")
    void listsAndCallsToolsResourcesPromptsAndCompletions(Negotiation negotiation) {
        try (McpClient client = connected(negotiation)) {
            ProtocolVersion expected = negotiation == Negotiation.LEGACY ? ProtocolVersion.V2025_11_25 : ProtocolVersion.V2026_07_28;
            assertEquals(expected, client.protocolVersion());
            assertEquals(EverythingServer.NAME, client.server().serverInfo().path("name").asString());
            assertTrue(client.server().supports("tools"));

            List<Tool> tools = client.listTools();
            assertTrue(tools.stream().anyMatch(t -> t.name().equals("test_simple_text")), "tools: " + tools);
            assertEquals("This is a simple text response for testing.", client.callTool("test_simple_text", Map.of()).text());
            assertEquals("image", client.callTool("test_image_content", Map.of()).content().get(0).path("type").asString());
            assertTrue(client.callTool("test_error_handling", Map.of()).isError());
            assertEquals("Region: eu-west", client.callTool("test_custom_header", Map.of("region", "eu-west")).text());

            List<Resource> resources = client.listResources();
            assertTrue(resources.stream().anyMatch(r -> r.uri().equals("test://static-text")));
            assertEquals("text/plain", client.readResource("test://static-text").path("contents").get(0).path("mimeType").asString());
            List<ResourceTemplate> templates = client.listResourceTemplates();
            assertTrue(templates.stream().anyMatch(t -> t.uriTemplate().equals("test://template/{id}/data")));
            assertTrue(client.readResource("test://template/123/data").path("contents").get(0).path("text").asString().contains("123"));

            List<Prompt> prompts = client.listPrompts();
            assertTrue(prompts.stream().anyMatch(p -> p.name().equals("test_prompt_with_arguments")));
            JsonNode prompt = client.getPrompt("test_prompt_with_arguments", Map.of("arg1", "a", "arg2", "b"));
            assertEquals("Prompt with arguments: arg1='a', arg2='b'", prompt.path("messages").get(0).path("content").path("text").asString());

            ObjectNode ref = NODES.objectNode().put("type", "ref/prompt").put("name", "test_prompt_with_arguments");
            JsonNode completion = client.complete(ref, "arg1", "par", null);
            assertEquals(List.of("paris", "park", "party"), completion.path("values").valueStream().map(JsonNode::asString).toList());
            client.ping();
            assertEquals(0, client.pendingRequests());
        }
    }

    @ParameterizedTest
    @MethodSource("eras")
    void serverRequestsAreAnsweredByTheHandlers(Negotiation negotiation) {
        try (McpClient client = connected(negotiation)) {
            assertTrue(client.callTool("test_sampling", Map.of("prompt", "hi")).text().contains(TestClients.SAMPLED_TEXT));
            assertTrue(client.callTool("test_elicitation", Map.of("message", "who?")).text().contains("alice"));
            String defaults = client.callTool("test_elicitation_sep1034_defaults", Map.of()).text();
            assertTrue(defaults.contains("\"age\":30") && defaults.contains("\"name\":\"Alice\""), defaults);
            assertTrue(client.callTool("test_input_required_result_list_roots", Map.of()).text().contains(TestClients.ROOT_URI));
            assertTrue(client.callTool("test_input_required_result_elicitation", Map.of()).text().startsWith("Hello, "));
            assertTrue(client.callTool("test_input_required_result_multiple_inputs", Map.of()).text().length() > 0);
            ToolResult multiRound = client.callTool("test_input_required_result_multi_round", Map.of());
            assertTrue(!multiRound.isError(), multiRound.toString());
            ToolResult state = client.callTool("test_input_required_result_request_state", Map.of());
            assertTrue(!state.isError(), state.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("eras")
    void progressAndLogMessagesReachTheirListeners(Negotiation negotiation) throws Exception {
        McpClient client = TestClients.withHandlers(TransportSpec.streamableHttp(URI.create(server.url())), negotiation)
                .logLevel(LoggingLevel.INFO).build();
        try (client) {
            client.connect();
            List<Double> progress = new CopyOnWriteArrayList<>();
            CountDownLatch threeSteps = new CountDownLatch(3);
            client.callToolAsync("test_tool_with_progress", NODES.objectNode(), params -> {
                progress.add(params.path("progress").asDouble());
                threeSteps.countDown();
            }).get(10, TimeUnit.SECONDS);
            assertTrue(threeSteps.await(5, TimeUnit.SECONDS), "progress seen: " + progress);
            assertEquals(List.of(0.0, 50.0, 100.0), progress);

            CountDownLatch logs = new CountDownLatch(3);
            client.onLogMessage(params -> logs.countDown());
            client.callTool("test_tool_with_logging", Map.of());
            assertTrue(logs.await(5, TimeUnit.SECONDS));
        }
    }

    @ParameterizedTest
    @MethodSource("eras")
    void cancellingACallStopsWaitingAndLeavesNothingPending(Negotiation negotiation) throws Exception {
        try (McpClient client = connected(negotiation)) {
            CompletableFuture<ToolResult> slow = client.callToolAsync("slow_compute", NODES.objectNode().put("seconds", 30), null);
            Thread.sleep(200);
            slow.cancel(true);
            assertThrows(CancellationException.class, slow::join);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (client.pendingRequests() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, client.pendingRequests());
            assertEquals("Hello, World!", client.callTool("greet", Map.of()).text()); // the connection still works
        }
    }

    @Test
    void modernListenStreamDeliversListChanges() throws Exception {
        try (McpClient client = connected(Negotiation.pinned(ProtocolVersion.V2026_07_28))) {
            CountDownLatch changed = new CountDownLatch(1);
            client.onToolsListChanged(changed::countDown);
            try (Subscription subscription = client.listen(NODES.objectNode().put("toolsListChanged", true))) {
                JsonNode agreed = subscription.acknowledged().get(5, TimeUnit.SECONDS);
                assertTrue(agreed.path("toolsListChanged").asBoolean());
                client.callTool("test_trigger_tool_change", Map.of());
                assertTrue(changed.await(5, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void legacyResponseStreamIsResumedAfterTheServerClosesIt() {
        try (McpClient client = connected(Negotiation.LEGACY)) {
            assertEquals("Reconnection test completed", client.callTool("test_reconnection", Map.of()).text());
        }
    }

    @Test
    void closingALegacyClientEndsItsSession() throws InterruptedException {
        int before = server.sessionCount();
        McpClient client = connected(Negotiation.LEGACY);
        assertEquals(before + 1, server.sessionCount());
        client.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.sessionCount() > before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(before, server.sessionCount());
    }

    @Test
    void autoFallsBackToHttpSseWhenThePostIsRefused() {
        URI sse = URI.create(server.url().replace("/mcp", "/sse"));
        try (McpClient client = TestClients.withHandlers(TransportSpec.streamableHttp(sse), Negotiation.AUTO).build()) {
            assertEquals(ProtocolVersion.V2025_11_25, client.connect().version());
            assertEquals("This is a simple text response for testing.", client.callTool("test_simple_text", Map.of()).text());
            assertTrue(client.callTool("test_sampling", Map.of("prompt", "hi")).text().contains(TestClients.SAMPLED_TEXT));
        }
    }

    @Test
    void httpSseTransportWorksDirectly() {
        URI sse = URI.create(server.url().replace("/mcp", "/sse"));
        try (McpClient client = TestClients.withHandlers(TransportSpec.httpSse(sse), Negotiation.LEGACY).build()) {
            client.connect();
            assertTrue(client.listTools().size() > 10);
        }
    }

    @Test
    void modernEraRefusesLegacyOnlyOperations() {
        try (McpClient client = connected(Negotiation.pinned(ProtocolVersion.V2026_07_28))) {
            assertThrows(McpClientException.class, () -> client.subscribe("test://static-text"));
            McpClientException unknown = assertThrows(McpClientException.class, () -> client.callTool("no_such_tool", Map.of()));
            assertTrue(unknown.getMessage().contains("no_such_tool"));
        }
    }
}
