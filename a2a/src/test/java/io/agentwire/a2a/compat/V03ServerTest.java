package io.agentwire.a2a.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.client.A2aClient;
import io.agentwire.a2a.compat.proto.A2AServiceGrpc;
import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import io.agentwire.a2a.server.PushDispatcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
    /** The 0.3 REST and gRPC bindings on the wire: 0.3 ProtoJSON, routes below /v1, 0.3 error names, both cards. */
    @Test
    void restAndGrpcSpeak03OnTheWire() throws Exception {
        try (A2aServer server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofMillis(100)))
                .push(PushDispatcher.NONE, url -> { }).v03Interface(true).port(0).grpcPort(0).start()) {
            HttpClient http = HttpClient.newHttpClient();
            JsonNode card = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(server.cardUrl())).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String rest = server.baseUrl() + A2aServer.V03_REST_PATH;
            assertEquals("HTTP+JSON " + rest, card.path("additionalInterfaces").path(1).path("transport").asString() + " "
                    + card.path("additionalInterfaces").path(1).path("url").asString(), card.toString());
            assertEquals("GRPC", card.path("additionalInterfaces").path(2).path("transport").asString(), card.toString());

            String send = "{\"message\":{\"messageId\":\"tck-complete-task-rest\",\"role\":\"ROLE_USER\","
                    + "\"content\":[{\"text\":\"hi\"}]}}";
            HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(rest + "/v1/message:send"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(send)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sent.statusCode(), sent.body());
            JsonNode task = JSON.readTree(sent.body()).path("task");
            assertEquals("TASK_STATE_COMPLETED", task.path("status").path("state").asString(), sent.body());
            assertEquals("Hello from TCK", task.path("status").path("message").path("content").path(0).path("text").asString());

            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(rest + "/v1/tasks/no-such-task")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertEquals("io.a2a.spec.TaskNotFoundError", JSON.readTree(missing.body()).path("error").asString(), missing.body());
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(rest + "/v1/tasks")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("io.a2a.spec.MethodNotFoundError", JSON.readTree(list.body()).path("error").asString(), "0.3 has no ListTasks");
            HttpResponse<String> v10 = http.send(HttpRequest.newBuilder(URI.create(rest + "/v1/tasks/" + task.path("id").asString()))
                    .header("A2A-Version", "1.0").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("io.a2a.spec.VersionNotSupportedError", JSON.readTree(v10.body()).path("error").asString());

            ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", server.grpcPort()).usePlaintext().build();
            try {
                A2AServiceGrpc.A2AServiceBlockingStub stub = A2AServiceGrpc.newBlockingStub(channel)
                        .withDeadlineAfter(20, TimeUnit.SECONDS);
                V03Proto.Task got = stub.getTask(V03Proto.GetTaskRequest.newBuilder().setName("tasks/" + task.path("id").asString()).build());
                assertEquals(V03Proto.TaskState.TASK_STATE_COMPLETED, got.getStatus().getState());
                StatusRuntimeException notFound = assertThrows(StatusRuntimeException.class,
                        () -> stub.getTask(V03Proto.GetTaskRequest.newBuilder().setName("tasks/no-such-task").build()));
                assertEquals(Status.Code.NOT_FOUND, notFound.getStatus().getCode());
                assertTrue(notFound.getStatus().getDescription().startsWith("TaskNotFoundError: "), notFound.getStatus().toString());
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }
}
