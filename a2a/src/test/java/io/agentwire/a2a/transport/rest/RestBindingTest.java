package io.agentwire.a2a.transport.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import io.agentwire.a2a.server.PushDispatcher;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP+JSON binding end to end: routes, query parameters, tenants, errors and streams. */
class RestBindingTest {
    /** How long test-resubscribe tasks stay WORKING: long enough to subscribe to them even on a loaded machine. */
    private static final Duration SUBSCRIBE_HOLD = Duration.ofSeconds(3);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static A2aServer server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(SUBSCRIBE_HOLD))
                .push(PushDispatcher.NONE, url -> { }).port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> request(String method, String path, String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.restUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("A2A-Version", "1.0");
        if (body != null) {
            builder.header("Content-Type", "application/a2a+json");
        }
        return HTTP.send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(String method, String path, String body) throws Exception {
        HttpResponse<String> response = request(method, path, body);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/a2a+json", response.headers().firstValue("content-type").orElse(""));
        return JSON.readTree(response.body());
    }

    private static String send(String prefix) {
        return "{\"message\":{\"messageId\":\"" + prefix + "-" + UUID.randomUUID() + "\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"x\"}]}}";
    }

    private static List<JsonNode> stream(String method, String path, String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.restUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("A2A-Version", "1.0").header("Content-Type", "application/json");
        HttpResponse<java.io.InputStream> response = HTTP.send(builder.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        List<JsonNode> events = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("data:")) {
                    events.add(JSON.readTree(line.substring(5).trim()));
                }
            }
        }
        return events;
    }

    @Test
    void sendGetAndListThroughResourceRoutes() throws Exception {
        JsonNode task = ok("POST", "/message:send", send("tck-complete-task")).path("task");
        String id = task.path("id").asString();
        assertEquals("TASK_STATE_COMPLETED", task.path("status").path("state").asString());
        assertEquals(1, ok("GET", "/tasks/" + id + "?historyLength=1", null).path("history").size());
        JsonNode listed = ok("GET", "/tasks?status=TASK_STATE_COMPLETED&pageSize=1&includeArtifacts=false", null);
        assertEquals(1, listed.path("tasks").size());
        assertEquals("TASK_STATE_COMPLETED", listed.path("tasks").get(0).path("status").path("state").asString());
    }

    @Test
    void tenantSegmentIsAccepted() throws Exception {
        JsonNode task = ok("POST", "/acme/message:send", send("tck-complete-task")).path("task");
        assertEquals(task.path("id").asString(), ok("GET", "/acme/tasks/" + task.path("id").asString(), null).path("id").asString());
    }

    @Test
    void errorsUseStatusCodesAndGoogleRpcStatus() throws Exception {
        HttpResponse<String> missing = request("GET", "/tasks/no-such-task", null);
        assertEquals(404, missing.statusCode());
        JsonNode error = JSON.readTree(missing.body()).path("error");
        assertEquals(404, error.path("code").asInt());
        assertEquals("NOT_FOUND", error.path("status").asString());
        assertEquals("TASK_NOT_FOUND", error.path("details").get(0).path("reason").asString());
        assertEquals("a2a-protocol.org", error.path("details").get(0).path("domain").asString());

        String done = ok("POST", "/message:send", send("tck-complete-task")).path("task").path("id").asString();
        HttpResponse<String> notCancelable = request("POST", "/tasks/" + done + ":cancel", "{}");
        assertEquals(400, notCancelable.statusCode());
        assertEquals("TASK_NOT_CANCELABLE", JSON.readTree(notCancelable.body()).path("error").path("details").get(0).path("reason").asString());
        assertEquals(404, request("GET", "/nowhere/at/all", null).statusCode());
        assertEquals(400, request("POST", "/message:send", "{\"message\":").statusCode());
    }

    @Test
    void versionIsRequired() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.restUrl() + "/tasks")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertEquals("VERSION_NOT_SUPPORTED", JSON.readTree(response.body()).path("error").path("details").get(0).path("reason").asString());
        HttpResponse<String> byQuery = HTTP.send(HttpRequest.newBuilder(URI.create(server.restUrl() + "/tasks?A2A-Version=1.0")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, byQuery.statusCode(), byQuery.body());
    }

    @Test
    void streamsCarryBareStreamResponses() throws Exception {
        List<JsonNode> events = stream("POST", "/message:stream", send("tck-stream-003"));
        assertEquals(4, events.size(), events.toString());
        assertTrue(events.get(0).has("task"));
        assertTrue(events.get(2).has("artifactUpdate"));
        assertEquals("TASK_STATE_COMPLETED", events.get(3).path("statusUpdate").path("status").path("state").asString());
    }

    @Test
    void subscribeAcceptsGetAndPost() throws Exception {
        for (String method : List.of("GET", "POST")) {
            String body = "{\"message\":{\"messageId\":\"test-resubscribe-message-id-" + UUID.randomUUID()
                    + "\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"x\"}]},\"configuration\":{\"returnImmediately\":true}}";
            String id = ok("POST", "/message:send", body).path("task").path("id").asString();
            List<JsonNode> events = stream(method, "/tasks/" + id + ":subscribe", null);
            assertEquals(id, events.get(0).path("task").path("id").asString(), method);
            assertEquals("TASK_STATE_COMPLETED", events.get(events.size() - 1).path("statusUpdate").path("status").path("state").asString());
        }
    }

    @Test
    void pushConfigRoutes() throws Exception {
        String id = ok("POST", "/message:send", send("tck-input-required")).path("task").path("id").asString();
        JsonNode created = ok("POST", "/tasks/" + id + "/pushNotificationConfigs", "{\"url\":\"http://127.0.0.1:9/hook\"}");
        String configId = created.path("id").asString();
        assertEquals(id, created.path("taskId").asString());
        assertEquals("http://127.0.0.1:9/hook", ok("GET", "/tasks/" + id + "/pushNotificationConfigs/" + configId, null).path("url").asString());
        assertEquals(1, ok("GET", "/tasks/" + id + "/pushNotificationConfigs", null).path("configs").size());
        ok("DELETE", "/tasks/" + id + "/pushNotificationConfigs/" + configId, null);
        assertFalse(ok("GET", "/tasks/" + id + "/pushNotificationConfigs", null).has("configs"));
    }
}
