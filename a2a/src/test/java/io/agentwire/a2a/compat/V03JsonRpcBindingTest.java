package io.agentwire.a2a.compat;

import io.agentwire.a2a.testing.JsonRpcTestClient;

import static io.agentwire.a2a.compat.V03TestClient.followUp;
import static io.agentwire.a2a.compat.V03TestClient.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import io.agentwire.a2a.server.PushDispatcher;
import io.agentwire.a2a.server.TaskEngine;
import io.agentwire.a2a.store.InMemoryTaskStore;
import io.agentwire.a2a.transport.CallerResolver;
import io.agentwire.jsonrpc.peer.PeerExecutors;
import io.agentwire.jsonrpc.transport.http.HttpHandler;
import io.agentwire.jsonrpc.transport.http.NettyHttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The 0.3 JSON-RPC interface end to end: the 1.0 engine with the reference agent behind {@link V03JsonRpcBinding}
 * on a loopback Netty server, driven with 0.3 requests over the JDK HTTP client. Responses are also checked against
 * the 0.3 JSON Schema when the shared spec data is present.
 */
class V03JsonRpcBindingTest {
    /** How long test-resubscribe tasks stay WORKING: long enough to subscribe to them even on a loaded machine. */
    private static final Duration SUBSCRIBE_HOLD = Duration.ofSeconds(3);

    private static NettyHttpServer server;
    private static String url;
    private static JsonRpcTestClient client;
    private static final Optional<V03Schema> SCHEMA = V03Schema.load();
    private static final String BROKEN_PATH = "/broken";

    /** "Authorization: Bearer NAME" authenticates NAME; anything else is anonymous. */
    private static final CallerResolver BEARER_NAMES = exchange -> {
        String authorization = exchange.header("Authorization");
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
    };

    @BeforeAll
    static void start() throws InterruptedException {
        AtomicReference<HttpHandler> binding = new AtomicReference<>();
        // An interface whose engine fails on every call, for the last-resort error path.
        V03JsonRpcBinding broken = new V03JsonRpcBinding(() -> {
            throw new IllegalStateException("engine exploded");
        }, CallerResolver.ANONYMOUS, "http://127.0.0.1" + BROKEN_PATH);
        server = NettyHttpServer.builder().host("127.0.0.1").port(0)
                .handler(exchange -> (exchange.path().equals(BROKEN_PATH) ? broken : binding.get()).handle(exchange))
                .build().start();
        url = "http://127.0.0.1:" + server.port() + "/a2a/v03";
        AgentCard extended = ReferenceCard.template().toBuilder().setDescription("The extended card").build();
        TaskEngine engine = new TaskEngine(ReferenceCard.template(), extended, new TckAgent(SUBSCRIBE_HOLD),
                new InMemoryTaskStore(), PeerExecutors.defaultHandlerExecutor(), PushDispatcher.NONE, hook -> { });
        binding.set(new V03JsonRpcBinding(() -> engine, BEARER_NAMES, url));
        client = V03TestClient.at(url);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static void assertValid(String definition, JsonNode response) {
        SCHEMA.ifPresent(schema -> assertEquals(List.of(), schema.validate(definition, response), response.toString()));
    }

    private static void assertError(JsonNode response, int code) {
        assertEquals(code, response.path("error").path("code").asInt(), response.toString());
        assertFalse(response.path("error").path("message").asString().isEmpty());
        assertFalse(response.path("error").has("data"), "0.3 errors carry no 1.0 ErrorInfo: " + response);
        assertValid("JSONRPCErrorResponse", response);
    }

    private static JsonNode send(String params) throws Exception {
        JsonNode response = client.call("message/send", params);
        assertFalse(response.has("error"), response.toString());
        assertValid("SendMessageSuccessResponse", response);
        return response.get("result");
    }

    // ---- message/send ------------------------------------------------------------------------------------

    @Test
    void completesATaskInThe03Shape() throws Exception {
        JsonNode task = send(message(id("tck-complete-task"), "hi"));
        assertEquals("task", task.path("kind").asString());
        assertEquals("completed", task.path("status").path("state").asString());
        JsonNode reply = task.path("status").path("message");
        assertEquals("message", reply.path("kind").asString());
        assertEquals("agent", reply.path("role").asString());
        assertEquals(json("{\"kind\":\"text\",\"text\":\"Hello from TCK\"}"), reply.path("parts").get(0));
        assertEquals(2, task.path("history").size(), task.toString());
        assertEquals("user", task.path("history").get(0).path("role").asString());
        assertFalse(task.path("contextId").asString().isEmpty());
        assertTrue(task.path("status").path("timestamp").asString().endsWith("Z"));
    }

    @Test
    void answersWithADirectMessage() throws Exception {
        JsonNode message = send(message(id("tck-message-response"), "hi"));
        assertEquals("message", message.path("kind").asString());
        assertEquals("Direct message response", message.path("parts").get(0).path("text").asString());
    }

    @Test
    void artifactsComeAsFileAndDataParts() throws Exception {
        JsonNode file = send(message(id("tck-artifact-file"), "x")).path("artifacts").get(0).path("parts").get(0);
        assertEquals("file", file.path("kind").asString());
        assertEquals("Hello from the TCK agent\n", new String(Base64.getDecoder().decode(
                file.path("file").path("bytes").asString()), StandardCharsets.UTF_8));
        assertEquals("text/plain", file.path("file").path("mimeType").asString());
        assertEquals("output.txt", file.path("file").path("name").asString());

        JsonNode link = send(message(id("tck-artifact-file-url"), "x")).path("artifacts").get(0).path("parts").get(0);
        assertEquals("https://example.com/output.txt", link.path("file").path("uri").asString());

        JsonNode data = send(message(id("tck-artifact-data"), "x")).path("artifacts").get(0).path("parts").get(0);
        assertEquals("data", data.path("kind").asString());
        assertTrue(data.path("data").path("count").isIntegralNumber(), "42 stays an integer: " + data);
        assertEquals(42, data.path("data").path("count").asInt());
    }

    @Test
    void filePartsFromTheClientReachTheAgent() throws Exception {
        String params = "{\"message\":{\"kind\":\"message\",\"messageId\":\"" + id("plain") + "\",\"role\":\"user\","
                + "\"parts\":[{\"kind\":\"text\",\"text\":\"see file\"},{\"kind\":\"file\",\"file\":{\"bytes\":\"SGk=\","
                + "\"mimeType\":\"text/plain\",\"name\":\"hi.txt\"}},{\"kind\":\"data\",\"data\":{\"a\":1}}]}}";
        JsonNode task = send(params);
        assertEquals("completed", task.path("status").path("state").asString());
        JsonNode sent = task.path("history").get(0).path("parts");
        assertEquals("SGk=", sent.get(1).path("file").path("bytes").asString());
        assertEquals(1, sent.get(2).path("data").path("a").asInt());
    }

    @Test
    void inputRequiredThenContinuationThenRefusal() throws Exception {
        JsonNode task = send(message(id("tck-input-required"), "start"));
        assertEquals("input-required", task.path("status").path("state").asString());
        String taskId = task.path("id").asString();
        JsonNode resumed = send(followUp(id("more"), taskId, "here"));
        assertEquals("completed", resumed.path("status").path("state").asString());
        assertEquals(taskId, resumed.path("id").asString());
        assertError(client.call("message/send", followUp(id("late"), taskId, "again")), -32004);
    }

    @Test
    void nonBlockingSendReturnsBeforeTheTaskSettles() throws Exception {
        JsonNode task = send("{\"message\":{\"kind\":\"message\",\"messageId\":\"" + id("test-resubscribe-message-id")
                + "\",\"role\":\"user\",\"parts\":[{\"kind\":\"text\",\"text\":\"x\"}]},\"configuration\":{\"blocking\":false}}");
        String state = task.path("status").path("state").asString();
        assertTrue(state.equals("submitted") || state.equals("working"), state);
    }

    // ---- tasks/get, tasks/cancel -------------------------------------------------------------------------

    @Test
    void getTaskTrimsHistoryAndReportsUnknownTasks() throws Exception {
        String taskId = send(message(id("tck-complete-task"), "hi")).path("id").asString();
        JsonNode full = client.call("tasks/get", "{\"id\":\"" + taskId + "\"}");
        assertValid("GetTaskSuccessResponse", full);
        assertEquals("task", full.path("result").path("kind").asString());
        assertEquals(2, full.path("result").path("history").size());
        assertEquals(1, client.result("tasks/get", "{\"id\":\"" + taskId + "\",\"historyLength\":1}").path("history").size());
        assertFalse(client.result("tasks/get", "{\"id\":\"" + taskId + "\",\"historyLength\":0}").has("history"));
        assertError(client.call("tasks/get", "{\"id\":\"no-such-task\"}"), -32001);
    }

    @Test
    void cancelWorksOnLiveTasksOnly() throws Exception {
        String live = send(message(id("tck-input-required"), "x")).path("id").asString();
        JsonNode canceled = client.call("tasks/cancel", "{\"id\":\"" + live + "\"}");
        assertValid("CancelTaskSuccessResponse", canceled);
        assertEquals("canceled", canceled.path("result").path("status").path("state").asString());
        assertError(client.call("tasks/cancel", "{\"id\":\"" + live + "\"}"), -32002);
        assertError(client.call("tasks/cancel", "{\"id\":\"missing\"}"), -32001);
    }

    // ---- streams -----------------------------------------------------------------------------------------

    @Test
    void streamsKindTaggedEventsAndMarksTheLastFinal() throws Exception {
        List<JsonNode> events = client.stream("message/stream", message(id("tck-stream-001"), "go"));
        assertEquals(4, events.size(), events.toString());
        events.forEach(event -> {
            assertEquals("2.0", event.path("jsonrpc").asString());
            assertValid("SendStreamingMessageSuccessResponse", event);
        });
        JsonNode first = events.get(0).path("result");
        assertEquals("task", first.path("kind").asString());
        assertEquals("submitted", first.path("status").path("state").asString());
        JsonNode working = events.get(1).path("result");
        assertEquals("status-update", working.path("kind").asString());
        assertEquals("working", working.path("status").path("state").asString());
        assertFalse(working.path("final").asBoolean());
        JsonNode artifact = events.get(2).path("result");
        assertEquals("artifact-update", artifact.path("kind").asString());
        assertEquals("Stream hello from TCK", artifact.path("artifact").path("parts").get(0).path("text").asString());
        JsonNode last = events.get(3).path("result");
        assertEquals("status-update", last.path("kind").asString());
        assertEquals("completed", last.path("status").path("state").asString());
        assertTrue(last.path("final").asBoolean());
        assertEquals(first.path("id").asString(), last.path("taskId").asString());
    }

    @Test
    void aStreamThatStopsForInputOrAuthEndsWithFinal() throws Exception {
        for (String[] behaviour : new String[][] {{"tck-input-required", "input-required"}, {"tck-auth-required", "auth-required"}}) {
            List<JsonNode> events = client.stream("message/stream", message(id(behaviour[0]), "go"));
            assertEquals(2, events.size(), events.toString());
            assertEquals("task", events.get(0).path("result").path("kind").asString());
            JsonNode last = events.get(1).path("result");
            assertEquals("status-update", last.path("kind").asString());
            assertEquals(behaviour[1], last.path("status").path("state").asString());
            assertTrue(last.path("final").asBoolean(), "an interrupted state ends a 0.3 interaction: " + last);
        }
    }

    @Test
    void aMessageStreamCarriesOneMessage() throws Exception {
        List<JsonNode> events = client.stream("message/stream", message(id("tck-message-response"), "go"));
        assertEquals(1, events.size());
        assertEquals("message", events.get(0).path("result").path("kind").asString());
    }

    @Test
    void resubscribeStartsWithTheTaskAndRefusesEndedTasks() throws Exception {
        String taskId = send("{\"message\":{\"kind\":\"message\",\"messageId\":\"" + id("test-resubscribe-message-id")
                + "\",\"role\":\"user\",\"parts\":[{\"kind\":\"text\",\"text\":\"x\"}]},\"configuration\":{\"blocking\":false}}")
                .path("id").asString();
        List<JsonNode> events = client.stream("tasks/resubscribe", "{\"id\":\"" + taskId + "\"}");
        assertEquals("task", events.get(0).path("result").path("kind").asString());
        assertEquals(taskId, events.get(0).path("result").path("id").asString());
        JsonNode last = events.get(events.size() - 1).path("result");
        assertEquals("completed", last.path("status").path("state").asString());
        assertTrue(last.path("final").asBoolean());
        events.forEach(event -> assertValid("SendStreamingMessageSuccessResponse", event));
        List<JsonNode> refused = client.stream("tasks/resubscribe", "{\"id\":\"" + taskId + "\"}");
        assertEquals(1, refused.size());
        assertError(refused.get(0), -32004);
    }

    // ---- push notification configs -----------------------------------------------------------------------

    @Test
    void pushConfigLifecycle() throws Exception {
        String taskId = send(message(id("tck-input-required"), "x")).path("id").asString();
        JsonNode set = client.call("tasks/pushNotificationConfig/set", "{\"taskId\":\"" + taskId + "\","
                + "\"pushNotificationConfig\":{\"id\":\"hook-1\",\"url\":\"http://127.0.0.1:9/hook\",\"token\":\"t\","
                + "\"authentication\":{\"schemes\":[\"Bearer\"],\"credentials\":\"c\"}}}");
        assertValid("SetTaskPushNotificationConfigSuccessResponse", set);
        assertEquals(taskId, set.path("result").path("taskId").asString());
        assertEquals("hook-1", set.path("result").path("pushNotificationConfig").path("id").asString());
        assertEquals(json("[\"Bearer\"]"), set.path("result").path("pushNotificationConfig").path("authentication").path("schemes"));

        JsonNode got = client.call("tasks/pushNotificationConfig/get", "{\"id\":\"" + taskId + "\",\"pushNotificationConfigId\":\"hook-1\"}");
        assertValid("GetTaskPushNotificationConfigSuccessResponse", got);
        assertEquals("c", got.path("result").path("pushNotificationConfig").path("authentication").path("credentials").asString());

        // Without an id the webhook takes the task's, and get with the task id alone finds it.
        JsonNode unnamed = client.result("tasks/pushNotificationConfig/set", "{\"taskId\":\"" + taskId + "\","
                + "\"pushNotificationConfig\":{\"url\":\"http://127.0.0.1:9/other\"}}");
        assertEquals(taskId, unnamed.path("pushNotificationConfig").path("id").asString());
        assertEquals("http://127.0.0.1:9/other", client.result("tasks/pushNotificationConfig/get", "{\"id\":\"" + taskId + "\"}")
                .path("pushNotificationConfig").path("url").asString());

        JsonNode listed = client.call("tasks/pushNotificationConfig/list", "{\"id\":\"" + taskId + "\"}");
        assertValid("ListTaskPushNotificationConfigSuccessResponse", listed);
        assertEquals(2, listed.path("result").size());

        String delete = "{\"id\":\"" + taskId + "\",\"pushNotificationConfigId\":\"hook-1\"}";
        JsonNode deleted = client.call("tasks/pushNotificationConfig/delete", delete);
        assertValid("DeleteTaskPushNotificationConfigSuccessResponse", deleted);
        assertTrue(deleted.has("result") && deleted.get("result").isNull(), deleted.toString());
        assertFalse(client.call("tasks/pushNotificationConfig/delete", delete).has("error"), "delete is idempotent");
        assertEquals(1, client.result("tasks/pushNotificationConfig/list", "{\"id\":\"" + taskId + "\"}").size());
        assertError(client.call("tasks/pushNotificationConfig/get", delete), -32001);
        assertError(client.call("tasks/pushNotificationConfig/list", "{\"id\":\"missing\"}"), -32001);
    }

    @Test
    void aWebhookInTheSendConfigurationIsRegistered() throws Exception {
        String taskId = send("{\"message\":{\"kind\":\"message\",\"messageId\":\"" + id("tck-input-required")
                + "\",\"role\":\"user\",\"parts\":[{\"kind\":\"text\",\"text\":\"x\"}]},\"configuration\":{"
                + "\"pushNotificationConfig\":{\"url\":\"http://127.0.0.1:9/hook\",\"token\":\"tok\"}}}").path("id").asString();
        JsonNode config = client.result("tasks/pushNotificationConfig/get", "{\"id\":\"" + taskId + "\"}");
        assertEquals("tok", config.path("pushNotificationConfig").path("token").asString());
        assertEquals(taskId, config.path("taskId").asString());
    }

    // ---- errors, versions, cards -------------------------------------------------------------------------

    @Test
    void errorsUseThe03Codes() throws Exception {
        assertError(client.call("SendMessage", message(id("x"), "1.0 method names are not 0.3 ones")), -32601);
        assertError(client.call("tasks/list", "{}"), -32601);
        assertError(client.call("message/send", "{}"), -32602);
        assertError(client.call("message/send", "{\"message\":{\"kind\":\"message\",\"messageId\":\"m\",\"role\":\"ROLE_USER\","
                + "\"parts\":[{\"kind\":\"text\",\"text\":\"x\"}]}}"), -32602);
        assertError(client.call("message/send", "{\"message\":{\"kind\":\"message\",\"messageId\":\"m\",\"role\":\"user\","
                + "\"parts\":[{\"kind\":\"image\",\"url\":\"x\"}]}}"), -32602);
        assertError(client.call("tasks/get", "{\"id\":7}"), -32602);
        assertError(client.call("tasks/get", "[\"task-1\"]"), -32602);
        assertError(client.call("tasks/get", "{\"id\":\"t\",\"historyLength\":-1}"), -32602);
        assertError(client.call("message/send", "{\"message\":{\"kind\":\"message\",\"messageId\":\"m\",\"role\":\"user\","
                + "\"parts\":[{\"kind\":\"file\",\"file\":{\"bytes\":\"AAE=\",\"mimeType\":\"video/mp4\"}}]}}"), -32005);
        assertEquals(-32700, json(client.send("{not json").body()).path("error").path("code").asInt());
        assertEquals(-32600, json(client.send("{\"jsonrpc\":\"2.0\",\"id\":1}").body()).path("error").path("code").asInt());
    }

    @Test
    void onlyVersion03IsServedHere() throws Exception {
        String params = "{\"id\":\"no-such-task\"}";
        assertError(V03TestClient.at(url).version("1.0").call("tasks/get", params), -32009);
        assertError(V03TestClient.at(url).version("2.0").call("tasks/get", params), -32009);
        // Absent (the default of this client), empty, 0.3 and 0.3 with a patch number all reach the engine.
        assertError(V03TestClient.at(url).version("").call("tasks/get", params), -32001);
        assertError(V03TestClient.at(url).version("0.3").call("tasks/get", params), -32001);
        assertError(V03TestClient.at(url).version("0.3.0").call("tasks/get", params), -32001);
        assertError(client.call("tasks/get", params), -32001);
    }

    @Test
    void onlyPostIsAccepted() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
    }

    @Test
    void extendedCardIsA03CardForAuthenticatedCallers() throws Exception {
        HttpResponse<String> anonymous = client.send(client.body("agent/getAuthenticatedExtendedCard", "{}"));
        assertEquals(401, anonymous.statusCode());
        assertEquals(A2aError.UNAUTHENTICATED.jsonRpcCode(), json(anonymous.body()).path("error").path("code").asInt());

        HttpResponse<String> signedIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Authorization", "Bearer alice")
                // No params at all: 0.3 defines none for this method.
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":\"card\","
                        + "\"method\":\"agent/getAuthenticatedExtendedCard\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode response = json(signedIn.body());
        assertValid("GetAuthenticatedExtendedCardSuccessResponse", response);
        JsonNode card = response.path("result");
        assertEquals("The extended card", card.path("description").asString());
        assertEquals(url, card.path("url").asString());
        assertEquals("0.3.0", card.path("protocolVersion").asString());
    }

    @Test
    void anUnexpectedFailureStillAnswers() throws Exception {
        JsonNode response = V03TestClient.at(url.replace("/a2a/v03", BROKEN_PATH)).call("tasks/get", "{\"id\":\"t\"}");
        assertError(response, -32603);
        assertTrue(response.path("error").path("message").asString().contains("engine exploded"), response.toString());
    }

    private static JsonNode json(String text) {
        return V03TestClient.JSON.readTree(text);
    }
}
