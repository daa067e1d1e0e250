package io.agentwire.a2a.transport.jsonrpc;

import static io.agentwire.a2a.testing.JsonRpcTestClient.followUp;
import static io.agentwire.a2a.testing.JsonRpcTestClient.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.testing.JsonRpcTestClient;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The JSON-RPC binding end to end against the reference agent: every operation, its errors, and streaming. */
class JsonRpcBindingTest {
    /** How long test-resubscribe tasks stay WORKING: long enough to subscribe to them even on a loaded machine. */
    private static final Duration SUBSCRIBE_HOLD = Duration.ofSeconds(3);

    private static A2aServer server;
    private static JsonRpcTestClient client;

    @BeforeAll
    static void start() throws InterruptedException {
        server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(SUBSCRIBE_HOLD))
                .push(io.agentwire.a2a.server.PushDispatcher.NONE, url -> { })
                .port(0).start();
        client = new JsonRpcTestClient(server.jsonRpcUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static void assertError(JsonNode response, int code, String reason) {
        assertEquals(code, response.path("error").path("code").asInt(), response.toString());
        JsonNode info = response.path("error").path("data").get(0);
        assertEquals("type.googleapis.com/google.rpc.ErrorInfo", info.path("@type").asString());
        assertEquals(reason, info.path("reason").asString());
        assertEquals("a2a-protocol.org", info.path("domain").asString());
    }

    @Test
    void completesATaskWithTheAgentMessageAndKeepsTheHistory() throws Exception {
        JsonNode task = client.result("SendMessage", message(id("tck-complete-task"), "hi")).path("task");
        assertEquals("TASK_STATE_COMPLETED", task.path("status").path("state").asString());
        assertEquals("Hello from TCK", task.path("status").path("message").path("parts").get(0).path("text").asString());
        assertEquals("ROLE_AGENT", task.path("status").path("message").path("role").asString());
        assertEquals(2, task.path("history").size(), task.toString());
        assertEquals("ROLE_USER", task.path("history").get(0).path("role").asString());
        assertFalse(task.path("contextId").asString().isEmpty());
    }

    @Test
    void answersWithADirectMessage() throws Exception {
        JsonNode result = client.result("SendMessage", message(id("tck-message-response"), "hi"));
        assertFalse(result.has("task"));
        assertEquals("Direct message response", result.path("message").path("parts").get(0).path("text").asString());
    }

    @Test
    void artifactsOfEveryKind() throws Exception {
        JsonNode data = client.result("SendMessage", message(id("tck-artifact-data"), "x")).path("task");
        assertEquals(42, data.path("artifacts").get(0).path("parts").get(0).path("data").path("count").asInt());
        JsonNode file = client.result("SendMessage", message(id("tck-artifact-file"), "x")).path("task");
        JsonNode part = file.path("artifacts").get(0).path("parts").get(0);
        assertEquals("output.txt", part.path("filename").asString());
        assertEquals("text/plain", part.path("mediaType").asString());
        assertTrue(part.path("raw").isString(), "bytes travel as base64: " + part);
    }

    @Test
    void interruptedTaskResumesAndTerminalTaskRefusesMessages() throws Exception {
        JsonNode task = client.result("SendMessage", message(id("tck-input-required"), "start")).path("task");
        assertEquals("TASK_STATE_INPUT_REQUIRED", task.path("status").path("state").asString());
        String taskId = task.path("id").asString();
        JsonNode resumed = client.result("SendMessage", followUp(id("more"), taskId, "here")).path("task");
        assertEquals("TASK_STATE_COMPLETED", resumed.path("status").path("state").asString());
        assertEquals(taskId, resumed.path("id").asString());
        assertError(client.call("SendMessage", followUp(id("late"), taskId, "again")), -32004, "UNSUPPORTED_OPERATION");
    }

    @Test
    void continuingWithAnotherContextIsRefused() throws Exception {
        JsonNode task = client.result("SendMessage", message(id("tck-input-required"), "start")).path("task");
        String params = "{\"message\":{\"messageId\":\"m\",\"taskId\":\"" + task.path("id").asString()
                + "\",\"contextId\":\"other\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"x\"}]}}";
        assertError(client.call("SendMessage", params), -32602, "INVALID_PARAMS");
    }

    @Test
    void getTaskTrimsHistoryAndReportsUnknownTasks() throws Exception {
        String taskId = client.result("SendMessage", message(id("tck-complete-task"), "hi")).path("task").path("id").asString();
        assertEquals(2, client.result("GetTask", "{\"id\":\"" + taskId + "\"}").path("history").size());
        assertEquals(1, client.result("GetTask", "{\"id\":\"" + taskId + "\",\"historyLength\":1}").path("history").size());
        assertFalse(client.result("GetTask", "{\"id\":\"" + taskId + "\",\"history_length\":0}").has("history"));
        assertError(client.call("GetTask", "{\"id\":\"no-such-task\"}"), -32001, "TASK_NOT_FOUND");
    }

    @Test
    void listTasksPagesThroughAContext() throws Exception {
        String context = "ctx-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            client.result("SendMessage", "{\"message\":{\"messageId\":\"" + id("tck-complete-task") + "\",\"contextId\":\""
                    + context + "\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"x\"}]}}");
        }
        JsonNode first = client.result("ListTasks", "{\"contextId\":\"" + context + "\",\"pageSize\":2}");
        assertEquals(2, first.path("tasks").size());
        assertEquals(3, first.path("totalSize").asInt());
        String token = first.path("nextPageToken").asString();
        assertFalse(token.isEmpty());
        JsonNode second = client.result("ListTasks", "{\"contextId\":\"" + context + "\",\"pageSize\":2,\"pageToken\":\"" + token + "\"}");
        assertEquals(1, second.path("tasks").size());
        assertEquals("", second.path("nextPageToken").asString(), "the last page still carries an empty token");
        assertError(client.call("ListTasks", "{\"pageSize\":0}"), -32602, "INVALID_PARAMS");
        assertError(client.call("ListTasks", "{\"pageToken\":\"%%%\"}"), -32602, "INVALID_PARAMS");
    }

    @Test
    void cancelWorksOnLiveTasksOnly() throws Exception {
        String live = client.result("SendMessage", message(id("tck-input-required"), "x")).path("task").path("id").asString();
        assertEquals("TASK_STATE_CANCELED", client.result("CancelTask", "{\"id\":\"" + live + "\"}").path("status").path("state").asString());
        assertError(client.call("CancelTask", "{\"id\":\"" + live + "\"}"), -32002, "TASK_NOT_CANCELABLE");
        assertError(client.call("CancelTask", "{\"id\":\"missing\"}"), -32001, "TASK_NOT_FOUND");
    }

    @Test
    void streamsTheLifecycleInOrderAndEnds() throws Exception {
        List<JsonNode> events = client.stream("SendStreamingMessage", message(id("tck-stream-001"), "go"));
        assertEquals(4, events.size(), events.toString());
        assertEquals("TASK_STATE_SUBMITTED", events.get(0).path("result").path("task").path("status").path("state").asString());
        assertEquals("TASK_STATE_WORKING", events.get(1).path("result").path("statusUpdate").path("status").path("state").asString());
        assertEquals("Stream hello from TCK", events.get(2).path("result").path("artifactUpdate").path("artifact")
                .path("parts").get(0).path("text").asString());
        assertEquals("TASK_STATE_COMPLETED", events.get(3).path("result").path("statusUpdate").path("status").path("state").asString());
        events.forEach(e -> assertEquals("2.0", e.path("jsonrpc").asString()));
    }

    @Test
    void chunkedArtifactsAppend() throws Exception {
        List<JsonNode> events = client.stream("SendStreamingMessage", message(id("tck-stream-artifact-chunked"), "go"));
        JsonNode second = events.stream().filter(e -> e.path("result").has("artifactUpdate")).skip(1).findFirst().orElseThrow();
        assertTrue(second.path("result").path("artifactUpdate").path("append").asBoolean());
        assertTrue(second.path("result").path("artifactUpdate").path("lastChunk").asBoolean());
        String taskId = events.get(0).path("result").path("task").path("id").asString();
        JsonNode parts = client.result("GetTask", "{\"id\":\"" + taskId + "\"}").path("artifacts").get(0).path("parts");
        assertEquals("chunk-1 chunk-2", parts.get(0).path("text").asString() + parts.get(1).path("text").asString());
    }

    @Test
    void messageStreamCarriesOneMessage() throws Exception {
        List<JsonNode> events = client.stream("SendStreamingMessage", message(id("tck-message-response"), "go"));
        assertEquals(1, events.size());
        assertTrue(events.get(0).path("result").has("message"));
    }

    @Test
    void subscribeStartsWithTheTaskAndRefusesEndedTasks() throws Exception {
        JsonNode created = client.result("SendMessage", "{\"message\":{\"messageId\":\"" + id("test-resubscribe-message-id")
                + "\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"x\"}]},\"configuration\":{\"returnImmediately\":true}}");
        String taskId = created.path("task").path("id").asString();
        List<JsonNode> events = client.stream("SubscribeToTask", "{\"id\":\"" + taskId + "\"}");
        assertEquals(taskId, events.get(0).path("result").path("task").path("id").asString());
        assertEquals("TASK_STATE_COMPLETED", events.get(events.size() - 1).path("result").path("statusUpdate")
                .path("status").path("state").asString());
        List<JsonNode> refused = client.stream("SubscribeToTask", "{\"id\":\"" + taskId + "\"}");
        assertError(refused.get(0), -32004, "UNSUPPORTED_OPERATION");
    }

    @Test
    void versionNegotiation() throws Exception {
        assertError(new JsonRpcTestClient(server.jsonRpcUrl()).version(null).call("GetTask", "{\"id\":\"x\"}"),
                -32009, "VERSION_NOT_SUPPORTED");
        assertError(new JsonRpcTestClient(server.jsonRpcUrl()).version("2.0").call("GetTask", "{\"id\":\"x\"}"),
                -32009, "VERSION_NOT_SUPPORTED");
        assertError(new JsonRpcTestClient(server.jsonRpcUrl()).version("1.0.7").call("GetTask", "{\"id\":\"x\"}"),
                -32001, "TASK_NOT_FOUND");
    }

    @Test
    void malformedInputGetsTheJsonRpcErrors() throws Exception {
        assertEquals(-32700, JsonRpcTestClient.JSON.readTree(client.send("{not json").body()).path("error").path("code").asInt());
        assertEquals(-32600, JsonRpcTestClient.JSON.readTree(client.send("{\"jsonrpc\":\"2.0\",\"id\":1}").body())
                .path("error").path("code").asInt());
        assertError(client.call("NoSuchMethod", "{}"), -32601, "METHOD_NOT_FOUND");
        assertError(client.call("SendMessage", "{}"), -32602, "INVALID_PARAMS");
        assertError(client.call("SendMessage", "{\"message\":{\"messageId\":\"m\",\"role\":\"ROLE_NOBODY\",\"parts\":[{\"text\":\"x\"}]}}"),
                -32602, "INVALID_PARAMS");
        assertError(client.call("GetTask", "{\"id\":7,\"historyLength\":\"many\"}"), -32602, "INVALID_PARAMS");
    }

    @Test
    void unsupportedContentTypeIsRefused() throws Exception {
        String params = "{\"message\":{\"messageId\":\"m\",\"role\":\"ROLE_USER\",\"parts\":[{\"raw\":\"AAE=\",\"mediaType\":\"video/mp4\"}]}}";
        assertError(client.call("SendMessage", params), -32005, "CONTENT_TYPE_NOT_SUPPORTED");
    }

    @Test
    void pushConfigurationLifecycle() throws Exception {
        String taskId = client.result("SendMessage", message(id("tck-input-required"), "x")).path("task").path("id").asString();
        JsonNode created = client.result("CreateTaskPushNotificationConfig", "{\"taskId\":\"" + taskId
                + "\",\"url\":\"http://127.0.0.1:9/hook\",\"token\":\"t\",\"authentication\":{\"scheme\":\"Bearer\",\"credentials\":\"c\"}}");
        String configId = created.path("id").asString();
        assertFalse(configId.isEmpty());
        assertEquals("c", client.result("GetTaskPushNotificationConfig", "{\"taskId\":\"" + taskId + "\",\"id\":\"" + configId + "\"}")
                .path("authentication").path("credentials").asString());
        assertEquals(1, client.result("ListTaskPushNotificationConfigs", "{\"taskId\":\"" + taskId + "\"}").path("configs").size());
        client.result("DeleteTaskPushNotificationConfig", "{\"taskId\":\"" + taskId + "\",\"id\":\"" + configId + "\"}");
        client.result("DeleteTaskPushNotificationConfig", "{\"taskId\":\"" + taskId + "\",\"id\":\"" + configId + "\"}");
        assertFalse(client.result("ListTaskPushNotificationConfigs", "{\"taskId\":\"" + taskId + "\"}").has("configs"));
        assertError(client.call("GetTaskPushNotificationConfig", "{\"taskId\":\"" + taskId + "\",\"id\":\"" + configId + "\"}"),
                -32001, "TASK_NOT_FOUND");
    }

    @Test
    void extendedCardNeedsAnAuthenticatedCaller() throws Exception {
        JsonNode response = client.call("GetExtendedAgentCard", "{}");
        assertEquals(-32603, response.path("error").path("code").asInt(), response.toString());
        assertEquals("UNAUTHENTICATED", response.path("error").path("data").get(0).path("reason").asString());
    }
}
