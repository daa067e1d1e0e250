package io.agentwire.a2a.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.client.A2aClient;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import io.agentwire.a2a.server.PushDispatcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An A2aServer with the 0.3 interface on: one card for both generations, both interfaces answering. */
class V03ServerTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void oneCardAndBothGenerationsOfClients() throws Exception {
        try (A2aServer server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofMillis(100)))
                .push(PushDispatcher.NONE, url -> { }).v03Interface(true).port(0).start()) {
            HttpClient http = HttpClient.newHttpClient();
            JsonNode card = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(server.cardUrl())).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String v03Url = server.baseUrl() + A2aServer.V03_JSONRPC_PATH;
            assertEquals(v03Url, card.path("url").asString(), "the 0.3 main url");
            assertTrue(card.path("supportedInterfaces").size() >= 3, card.toString());

            String send = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"message/send\",\"params\":{\"message\":{\"kind\":\"message\","
                    + "\"messageId\":\"tck-complete-task-v03\",\"role\":\"user\",\"parts\":[{\"kind\":\"text\",\"text\":\"hi\"}]}}}";
            JsonNode result = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(v03Url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(send)).build(), HttpResponse.BodyHandlers.ofString()).body()).path("result");
            assertEquals("task", result.path("kind").asString());
            assertEquals("completed", result.path("status").path("state").asString());

            try (A2aClient client = A2aClient.builder().agentUrl(server.baseUrl()).build()) {
                assertEquals("1.0", client.selectedInterface().getProtocolVersion(), "a 1.0 client still picks a 1.0 interface");
            }
        }
    }
}
