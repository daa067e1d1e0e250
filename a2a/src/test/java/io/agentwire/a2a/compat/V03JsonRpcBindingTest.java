package io.agentwire.a2a.compat;

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

/** The 0.3 JSON-RPC interface, driven as a 0.3 client would: no A2A-Version header, 0.3 method names and shapes. */
class V03JsonRpcBindingTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static A2aServer server;
    private static URI endpoint;

    @BeforeAll
    static void start() throws InterruptedException {
        server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofMillis(200)))
                .push(PushDispatcher.NONE, url -> { }).v03Interface(true).port(0).start();
        endpoint = URI.create(server.baseUrl() + A2aServer.V03_JSONRPC_PATH);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String body(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":\"req-1\",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    private static JsonNode call(String method, String params) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(method, params))).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonNode result(String method, String params) throws Exception {
        JsonNode response = call(method, params);
        assertFalse(response.has("error"), response.toString());
        return response.get("result");
    }

    private static String send(String prefix, String extraMessageFields) {
        return "{\"message\":{\"kind\":\"message\",\"messageId\":\"" + prefix + "-" + UUID.randomUUID() + "\",\"role\":\"user\","
                + "\"parts\":[{\"kind\":\"text\",\"text\":\"hi\"},{\"kind\":\"data\",\"data\":{\"a\":1}}]" + extraMessageFields + "}}";
    }

    @Test
    void cardListsTheInterfaceAfterThe10Ones() {
        var last = server.card().getSupportedInterfaces(server.card().getSupportedInterfacesCount() - 1);
        assertEquals("0.3", last.getProtocolVersion());
        assertEquals(endpoint.toString(), last.getUrl());
    }

    @Test
    void sendAnswersInThe03Shapes() throws Exception {
        JsonNode task = result("message/send", send("tck-complete-task", ""));
        assertEquals("task", task.path("kind").asString());
        assertEquals("completed", task.path("status").path("state").asString());
        assertEquals("agent", task.path("status").path("message").path("role").asString());
        assertEquals("message", task.path("history").get(0).path("kind").asString());
        assertEquals("user", task.path("history").get(0).path("role").asString());
        assertEquals("data", task.path("history").get(0).path("parts").get(1).path("kind").asString());

        JsonNode reply = result("message/send", send("tck-message-response", ""));
        assertEquals("message", reply.path("kind").asString());
        assertEquals("text", reply.path("parts").get(0).path("kind").asString());

        JsonNode file = result("message/send", send("tck-artifact-file", "")).path("artifacts").get(0).path("parts").get(0);
        assertEquals("file", file.path("kind").asString());
        assertEquals("text/plain", file.path("file").path("mimeType").asString());
        assertEquals("output.txt", file.path("file").path("name").asString());
        assertTrue(file.path("file").path("bytes").isString());
    }

    @Test
    void interruptedTasksResumeAndQueriesWork() throws Exception {
        JsonNode waiting = result("message/send", send("tck-input-required", ""));
        assertEquals("input-required", waiting.path("status").path("state").asString());
        String id = waiting.path("id").asString();
        assertEquals("completed", result("message/send", send("more", ",\"taskId\":\"" + id + "\"")).path("status").path("state").asString());
        assertEquals(1, result("tasks/get", "{\"id\":\"" + id + "\",\"historyLength\":1}").path("history").size());
        assertEquals(-32002, call("tasks/cancel", "{\"id\":\"" + id + "\"}").path("error").path("code").asInt());
        assertEquals(-32001, call("tasks/get", "{\"id\":\"missing\"}").path("error").path("code").asInt());
        assertEquals(-32601, call("message/nope", "{}").path("error").path("code").asInt());
        assertEquals(-32602, call("message/send", "{\"message\":{\"messageId\":\"m\",\"role\":\"robot\",\"parts\":[]}}")
                .path("error").path("code").asInt());
    }

    @Test
    void streamEventsCarryKindsAndFinal() throws Exception {
        HttpResponse<java.io.InputStream> response = HTTP.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body("message/stream", send("tck-stream-001", "")))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        List<JsonNode> events = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("data:")) {
                    events.add(JSON.readTree(line.substring(5).trim()).path("result"));
                }
            }
        }
        assertEquals(List.of("task", "status-update", "artifact-update", "status-update"),
                events.stream().map(e -> e.path("kind").asString()).toList());
        assertFalse(events.get(1).path("final").asBoolean());
        assertTrue(events.get(3).path("final").asBoolean());
        assertEquals("completed", events.get(3).path("status").path("state").asString());
    }

    @Test
    void pushConfigsUseThe03Nesting() throws Exception {
        String id = result("message/send", send("tck-input-required", "")).path("id").asString();
        JsonNode set = result("tasks/pushNotificationConfig/set", "{\"taskId\":\"" + id + "\",\"pushNotificationConfig\":{"
                + "\"url\":\"https://hooks.example/a\",\"authentication\":{\"schemes\":[\"Bearer\"],\"credentials\":\"c\"}}}");
        String configId = set.path("pushNotificationConfig").path("id").asString();
        assertEquals("Bearer", set.path("pushNotificationConfig").path("authentication").path("schemes").get(0).asString());
        assertEquals(configId, result("tasks/pushNotificationConfig/get", "{\"id\":\"" + id + "\",\"pushNotificationConfigId\":\""
                + configId + "\"}").path("pushNotificationConfig").path("id").asString());
        assertEquals(1, result("tasks/pushNotificationConfig/list", "{\"id\":\"" + id + "\"}").size());
        call("tasks/pushNotificationConfig/delete", "{\"id\":\"" + id + "\",\"pushNotificationConfigId\":\"" + configId + "\"}");
        assertEquals(0, result("tasks/pushNotificationConfig/list", "{\"id\":\"" + id + "\"}").size());
    }

    @Test
    void a10RequestIsRefusedHere() throws Exception {
        JsonNode refused = JSON.readTree(HTTP.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("A2A-Version", "1.0").POST(HttpRequest.BodyPublishers.ofString(body("tasks/get", "{\"id\":\"x\"}"))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(-32009, refused.path("error").path("code").asInt());
    }
}
