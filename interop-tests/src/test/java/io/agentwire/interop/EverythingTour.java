package io.agentwire.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.mcp.client.ElicitationDefaults;
import io.agentwire.mcp.client.McpClient;
import io.agentwire.mcp.client.McpClientBuilder;
import io.agentwire.mcp.client.McpClientException;
import io.agentwire.mcp.client.ToolResult;
import io.agentwire.mcp.model.Prompt;
import io.agentwire.mcp.model.Resource;
import io.agentwire.mcp.model.ResourceTemplate;
import io.agentwire.mcp.model.Tool;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks our {@link McpClient} through everything {@code @modelcontextprotocol/server-everything} offers: every
 * tool it lists (each with a check of its result), every resource and template, every prompt, completion, logging,
 * subscriptions, progress, and the server-to-client requests (sampling, form and URL elicitation, roots, a task with
 * an elicitation in the middle). The set of tools must equal the set this class knows, so a tool the server adds
 * later cannot go unexercised.
 */
final class EverythingTour {
    static final String SAMPLED_TEXT = "sampled by the Agentwire interop client";
    static final String ROOT_URI = "file:///tmp/agentwire-interop-root";
    static final String ENV_MARKER = "AGENTWIRE_INTEROP_MARKER";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Duration NOTIFICATION_WAIT = Duration.ofSeconds(12);

    private final McpClient client;
    private final Map<String, Consumer<String>> toolChecks = new LinkedHashMap<>();

    EverythingTour(McpClient client) {
        this.client = client;
        toolChecks.put("echo", this::echo);
        toolChecks.put("get-annotated-message", this::annotatedMessage);
        toolChecks.put("get-env", this::env);
        toolChecks.put("get-resource-links", this::resourceLinks);
        toolChecks.put("get-resource-reference", this::resourceReference);
        toolChecks.put("get-structured-content", this::structuredContent);
        toolChecks.put("get-sum", this::sum);
        toolChecks.put("get-tiny-image", this::tinyImage);
        toolChecks.put("gzip-file-as-resource", this::gzip);
        toolChecks.put("toggle-simulated-logging", this::logging);
        toolChecks.put("toggle-subscriber-updates", this::subscriberUpdates);
        toolChecks.put("trigger-long-running-operation", this::longRunning);
        toolChecks.put("get-roots-list", this::roots);
        toolChecks.put("trigger-elicitation-request", this::formElicitation);
        toolChecks.put("trigger-url-elicitation", this::urlElicitation);
        toolChecks.put("trigger-sampling-request", this::sampling);
        toolChecks.put("simulate-research-query", this::researchTask);
    }

    /** A client builder with handlers for every server-to-client request the server makes. */
    static McpClientBuilder clientWithHandlers() {
        return McpClient.builder()
                .clientInfo("agentwire-interop", "1.0.0")
                .requestTimeout(Duration.ofSeconds(30))
                .sampling(params -> {
                    ObjectNode result = NODES.objectNode().put("role", "assistant").put("model", "interop-model")
                            .put("stopReason", "endTurn");
                    result.putObject("content").put("type", "text").put("text", SAMPLED_TEXT);
                    return result;
                })
                .elicitation(params -> {
                    if ("url".equals(params.path("mode").asString(""))) {
                        return NODES.objectNode().put("action", "accept"); // the user "opened" the link; we never fetch it
                    }
                    // Pick the first offered interpretation for the research task; take the schema defaults elsewhere.
                    ObjectNode entered = NODES.objectNode();
                    JsonNode choices = params.path("requestedSchema").path("properties").path("interpretation").path("oneOf");
                    if (choices.isArray() && !choices.isEmpty()) {
                        entered.put("interpretation", choices.get(0).path("const").asString());
                    }
                    return ElicitationDefaults.acceptWithDefaults(params, entered);
                })
                .roots(params -> {
                    ObjectNode result = NODES.objectNode();
                    result.putArray("roots").addObject().put("uri", ROOT_URI).put("name", "interop root");
                    return result;
                });
    }

    /** Runs every part of the tour. */
    void run() {
        tools();
        resources();
        prompts();
    }

    private void tools() {
        List<Tool> tools = client.listTools();
        TreeSet<String> listed = new TreeSet<>();
        tools.forEach(tool -> listed.add(tool.name()));
        assertEquals(new TreeSet<>(toolChecks.keySet()), listed, "the server's tools and the ones this tour checks");
        for (Map.Entry<String, Consumer<String>> check : toolChecks.entrySet()) {
            check.getValue().accept(check.getKey());
        }
    }

    private ToolResult call(String tool, Map<String, ?> arguments) {
        ToolResult result = client.callTool(tool, arguments);
        assertFalse(result.isError(), tool + " reported an error: " + result.raw());
        return result;
    }

    private void echo(String tool) {
        assertEquals("Echo: hello from Java", call(tool, Map.of("message", "hello from Java")).text());
    }

    private void annotatedMessage(String tool) {
        JsonNode content = call(tool, Map.of("messageType", "error", "includeImage", true)).content();
        assertEquals("Error: Operation failed", content.get(0).path("text").asString());
        assertEquals(1.0, content.get(0).path("annotations").path("priority").asDouble(), 1e-9);
        assertEquals("image", content.get(1).path("type").asString());
    }

    private void env(String tool) {
        JsonNode env = JSON.readTree(call(tool, Map.of()).text());
        assertEquals("present", env.path(ENV_MARKER).asString(), "the server's environment as the launcher set it");
    }

    private void resourceLinks(String tool) {
        JsonNode content = call(tool, Map.of("count", 3)).content();
        assertEquals(4, content.size(), content.toString());
        for (int i = 1; i < content.size(); i++) {
            assertEquals("resource_link", content.get(i).path("type").asString());
            JsonNode read = client.readResource(content.get(i).path("uri").asString());
            assertEquals(content.get(i).path("uri").asString(), read.path("contents").get(0).path("uri").asString());
        }
    }

    private void resourceReference(String tool) {
        JsonNode content = call(tool, Map.of("resourceType", "Text", "resourceId", 2)).content();
        JsonNode resource = content.get(1).path("resource");
        assertEquals("demo://resource/dynamic/text/2", resource.path("uri").asString());
        assertTrue(resource.path("text").asString().startsWith("Resource 2: This is a plaintext resource"), resource.toString());
    }

    private void structuredContent(String tool) {
        // The client has validated structuredContent against the tool's outputSchema by now.
        JsonNode weather = call(tool, Map.of("location", "Chicago")).structuredContent();
        assertEquals(36, weather.path("temperature").asInt());
        assertEquals("Light rain / drizzle", weather.path("conditions").asString());
    }

    private void sum(String tool) {
        assertEquals("The sum of 2 and 3 is 5.", call(tool, Map.of("a", 2, "b", 3)).text().trim());
    }

    private void tinyImage(String tool) {
        JsonNode image = call(tool, Map.of()).content().get(1);
        assertEquals("image/png", image.path("mimeType").asString());
        byte[] png = Base64.getDecoder().decode(image.path("data").asString());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    }

    private void gzip(String tool) {
        String original = "Agentwire interop payload, compressed by the reference server.";
        String dataUri = "data:text/plain;base64," + Base64.getEncoder().encodeToString(original.getBytes(StandardCharsets.UTF_8));
        JsonNode inline = call(tool, Map.of("name", "inline.txt.gz", "data", dataUri, "outputType", "resource"))
                .content().get(0).path("resource");
        assertEquals(original, gunzip(inline.path("blob").asString()));
        JsonNode link = call(tool, Map.of("name", "linked.txt.gz", "data", dataUri, "outputType", "resourceLink"))
                .content().get(0);
        assertEquals("resource_link", link.path("type").asString());
        JsonNode read = client.readResource(link.path("uri").asString()).path("contents").get(0);
        assertEquals(original, gunzip(read.path("blob").asString()));
    }

    private void logging(String tool) {
        CountDownLatch logged = new CountDownLatch(1);
        List<JsonNode> messages = new CopyOnWriteArrayList<>();
        try (var registration = client.onLogMessage(message -> {
            messages.add(message);
            logged.countDown();
        })) {
            call(tool, Map.of());
            await(logged, "a simulated log message");
            call(tool, Map.of()); // toggles it off again
        }
        assertTrue(messages.get(0).has("level"), messages.toString());
    }

    private void subscriberUpdates(String tool) {
        String uri = "demo://resource/dynamic/text/1";
        CountDownLatch updated = new CountDownLatch(1);
        List<String> uris = new CopyOnWriteArrayList<>();
        try (var registration = client.onResourceUpdated(updatedUri -> {
            uris.add(updatedUri);
            updated.countDown();
        })) {
            client.subscribe(uri);
            call(tool, Map.of());
            await(updated, "a resource update");
            call(tool, Map.of());
            client.unsubscribe(uri);
        }
        assertEquals(uri, uris.get(0));
    }

    private void longRunning(String tool) {
        List<Double> progress = new CopyOnWriteArrayList<>();
        ObjectNode arguments = NODES.objectNode().put("duration", 1).put("steps", 2);
        ToolResult result = client.callToolAsync(tool, arguments, params -> progress.add(params.path("progress").asDouble())).join();
        assertEquals("Long running operation completed. Duration: 1 seconds, Steps: 2.", result.text());
        // Progress callbacks run on the client's handler threads, so the last one may still be on its way when the
        // result has arrived; wait for it briefly rather than race it.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (progress.size() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        assertEquals(List.of(1.0, 2.0), progress);
    }

    private void roots(String tool) {
        assertTrue(call(tool, Map.of()).text().contains(ROOT_URI));
    }

    private void formElicitation(String tool) {
        String text = call(tool, Map.of()).text();
        assertTrue(text.contains("User provided the requested information"), text);
        assertTrue(text.contains("It was a dark and stormy night."), "schema defaults applied: " + text);
    }

    private void urlElicitation(String tool) {
        String url = "https://example.invalid/authorize";
        assertTrue(call(tool, Map.of("url", url)).text().contains("User completed the URL elicitation flow"));
        // The error path: -32042 names a prerequisite URL elicitation; once it is handled, the retry succeeds.
        McpClientException required = assertThrows(McpClientException.class,
                () -> client.callTool(tool, Map.of("url", url, "errorPath", true)));
        assertEquals(-32042, required.code(), required.getMessage());
        assertEquals("url", required.error().data().path("elicitations").get(0).path("mode").asString());
        assertTrue(call(tool, Map.of("url", url, "errorPath", true)).text().contains("User completed"));
    }

    private void sampling(String tool) {
        String text = call(tool, Map.of("prompt", "Say hello", "maxTokens", 20)).text();
        assertTrue(text.contains(SAMPLED_TEXT), text);
    }

    private void researchTask(String tool) {
        // taskSupport "required": the client runs it as a task; the ambiguity triggers an elicitation on the way.
        String report = call(tool, Map.of("topic", "python", "ambiguous", true)).text();
        assertTrue(report.startsWith("# Research Report: python (programming)"), report);
    }

    private void resources() {
        List<Resource> resources = client.listResources();
        assertFalse(resources.isEmpty(), "the server lists its static documents");
        for (Resource resource : resources) {
            JsonNode contents = client.readResource(resource.uri()).path("contents");
            assertEquals(resource.uri(), contents.get(0).path("uri").asString());
            assertTrue(contents.get(0).has("text") || contents.get(0).has("blob"), contents.toString());
        }
        List<ResourceTemplate> templates = client.listResourceTemplates();
        List<String> patterns = new ArrayList<>();
        templates.forEach(template -> patterns.add(template.uriTemplate()));
        assertTrue(patterns.contains("demo://resource/dynamic/text/{resourceId}"), patterns.toString());
        assertTrue(patterns.contains("demo://resource/dynamic/blob/{resourceId}"), patterns.toString());
        assertTrue(client.readResource("demo://resource/dynamic/text/7").path("contents").get(0).path("text").asString()
                .startsWith("Resource 7: This is a plaintext resource"));
        String blob = client.readResource("demo://resource/dynamic/blob/3").path("contents").get(0).path("blob").asString();
        assertTrue(new String(Base64.getDecoder().decode(blob), StandardCharsets.UTF_8).startsWith("Resource 3: This is a base64 blob"));
        JsonNode ref = NODES.objectNode().put("type", "ref/resource").put("uri", "demo://resource/dynamic/text/{resourceId}");
        assertEquals("[\"5\"]", client.complete(ref, "resourceId", "5", Map.of()).path("values").toString());
    }

    private void prompts() {
        List<String> names = client.listPrompts().stream().map(Prompt::name).sorted().toList();
        assertEquals(List.of("args-prompt", "completable-prompt", "resource-prompt", "simple-prompt"), names);
        assertEquals("This is a simple prompt without arguments.", promptText("simple-prompt", Map.of(), 0));
        assertTrue(promptText("args-prompt", Map.of("city", "Paris", "state", "Texas"), 0).contains("Paris"));
        assertEquals("Please promote Alice to the head of the Engineering team.",
                promptText("completable-prompt", Map.of("department", "Engineering", "name", "Alice"), 0));
        JsonNode embedded = client.getPrompt("resource-prompt", Map.of("resourceType", "Text", "resourceId", "4"))
                .path("messages").get(1).path("content").path("resource");
        assertEquals("demo://resource/dynamic/text/4", embedded.path("uri").asString());

        JsonNode ref = NODES.objectNode().put("type", "ref/prompt").put("name", "completable-prompt");
        assertEquals("[\"Engineering\"]", client.complete(ref, "department", "E", Map.of())
                .path("values").toString());
        assertEquals("[\"Alice\"]", client.complete(ref, "name", "A", Map.of("department", "Engineering"))
                .path("values").toString());
    }

    private String promptText(String name, Map<String, String> arguments, int message) {
        return client.getPrompt(name, arguments).path("messages").get(message).path("content").path("text").asString();
    }

    private static String gunzip(String base64) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            assertTrue(latch.await(NOTIFICATION_WAIT.toMillis(), TimeUnit.MILLISECONDS), "no " + what + " within " + NOTIFICATION_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }
}
