package io.agentwire.a2a.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import io.agentwire.a2a.testing.JsonRpcTestClient;
import tools.jackson.databind.JsonNode;

/** Requests the agent must refuse clearly while it keeps serving everyone else. */
class BadRequestTest {
    private static A2aServer server;
    private static JsonRpcTestClient client;

    @BeforeAll
    static void start() throws Exception {
        server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofSeconds(1)))
                .start();
        client = new JsonRpcTestClient(server.jsonRpcUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String reason(JsonNode response) {
        return response.path("error").path("data").path(0).path("reason").asString();
    }

    @Test
    void anOversizeMessageIsRefusedWith413AndTheAgentServesTheNextRequest() throws Exception {
        String huge = JsonRpcTestClient.message("big", "x".repeat(5 << 20));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.jsonRpcUrl()))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").header("A2A-Version", "1.0")
                .POST(HttpRequest.BodyPublishers.ofString(client.body("SendMessage", huge))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        JsonNode next = client.result("SendMessage", JsonRpcTestClient.message("tck-complete-task-after-big", "hi"));
        assertEquals("TASK_STATE_COMPLETED", next.path("task").path("status").path("state").asString(), next.toString());
    }

    @Test
    void unknownEnumValuesAreInvalidParams() throws Exception {
        assertEquals("INVALID_PARAMS", reason(client.call("ListTasks", "{\"status\":\"TASK_STATE_DAYDREAMING\"}")));
        assertEquals("INVALID_PARAMS", reason(client.call("SendMessage",
                "{\"message\":{\"messageId\":\"e1\",\"role\":\"ROLE_ROBOT\",\"parts\":[{\"text\":\"x\"}]}}")));
    }

    @Test
    void missingRequiredFieldsAreInvalidParams() throws Exception {
        assertEquals("INVALID_PARAMS", reason(client.call("SendMessage", "{\"message\":{\"role\":\"ROLE_USER\","
                + "\"parts\":[{\"text\":\"x\"}]}}")), "no messageId");
        assertEquals("INVALID_PARAMS", reason(client.call("SendMessage", "{\"message\":{\"messageId\":\"e2\","
                + "\"role\":\"ROLE_USER\",\"parts\":[]}}")), "no parts");
        assertEquals("INVALID_PARAMS", reason(client.call("GetTask", "{}")), "no id");
    }

    @Test
    void wrongTypesAndDeepNestingAreRefused() throws Exception {
        assertEquals("INVALID_PARAMS", reason(client.call("SendMessage", "{\"message\":\"hello\"}")));
        String deep = "{\"message\":{\"messageId\":\"e3\",\"role\":\"ROLE_USER\",\"parts\":[{\"data\":"
                + "[".repeat(5_000) + "]".repeat(5_000) + "}]}}";
        JsonNode response = client.call("SendMessage", deep);
        assertEquals(true, response.has("error"), response.toString().substring(0, Math.min(200, response.toString().length())));
    }
}
