package io.agentwire.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.client.A2aClient;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.model.AuthenticationInfo;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageConfiguration;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.push.PushNotificationSender;
import io.agentwire.a2a.push.WebhookUrlPolicy;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A2A interop with the official JavaScript SDK, {@code @a2a-js/sdk} 1.3.0 on Node 22 (with {@code @grpc/grpc-js} for
 * gRPC), both ways and over all three bindings: its client against our reference agent (and, with its v0.3 compat
 * transport, against our 0.3 interface), and our client against an agent built on its server; push notifications both
 * ways, received by a webhook on 127.0.0.1.
 */
class A2aJsInteropTest {
    private static final Duration PEER_TIMEOUT = Duration.ofMinutes(2);

    @ParameterizedTest
    @ValueSource(strings = {"JSONRPC", "HTTP+JSON", "GRPC", "JSONRPC@0.3"})
    void theirClientAgainstOurAgent(String binding) throws Exception {
        boolean v03 = binding.endsWith("@0.3");
        String logName = "a2a-js-client-" + binding.replace('+', '_').replace('@', '_');
        NodePeers peers = NodePeers.locate();
        PushNotificationSender pushes = PushNotificationSender.builder()
                .urlPolicy(WebhookUrlPolicy.builder().allowHttp(true).allowLoopback(true).build()).build();
        try (WebhookSink webhook = new WebhookSink();
             A2aServer agent = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofMillis(200)))
                .push(pushes).v03Interface(true).host("127.0.0.1").port(0).grpcPort(0).start()) {
            Path summaryFile = peers.targetDir().resolve(logName + ".json");
            Files.deleteIfExists(summaryFile);
            BoundedProcess.Outcome outcome = peers.runNode(peers.stageScript("a2a-js-client.mjs"),
                    List.of(agent.baseUrl(), binding, summaryFile.toString(), webhook.url()), PEER_TIMEOUT, logName + ".log");
            assertFalse(outcome.timedOut(), outcome.describe());
            assertTrue(Files.isRegularFile(summaryFile), "no summary: " + outcome.describe());
            JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(summaryFile));
            assertEquals("[]", summary.path("errors").toString(), outcome.describe());
            if (binding.startsWith("JSONRPC")) {
                assertEquals(agent.baseUrl() + (v03 ? A2aServer.V03_JSONRPC_PATH : A2aServer.JSONRPC_PATH),
                        summary.path("interfaceUrl").asString(), "the interface their client chose");
            }
            assertEquals("TASK_STATE_COMPLETED", summary.path("completeState").asString());
            assertEquals("Hello from TCK", summary.path("completeText").asString());
            assertEquals(1, summary.path("historyAfterTrim").asInt());
            assertEquals("Direct message response", summary.path("directMessage").asString());
            assertEquals("TASK_STATE_INPUT_REQUIRED", summary.path("inputRequiredState").asString());
            assertEquals("TASK_STATE_COMPLETED", summary.path("resumedState").asString());
            assertEquals("[\"task\",\"statusUpdate\",\"artifactUpdate\",\"statusUpdate\"]", summary.path("streamKinds").toString());
            assertEquals("TASK_STATE_CANCELED", summary.path("canceledState").asString());
            assertTrue(summary.path("notFound").asString().endsWith("TaskNotFoundError"), summary.path("notFound").asString());

            // The config their client registered: listed back, and our agent delivers the task's completion to it.
            assertEquals(1, summary.path("pushConfigsListed").asInt(), summary.toString());
            assertEquals("TASK_STATE_COMPLETED", summary.path("pushTaskState").asString());
            String taskId = summary.path("pushTaskId").asString();
            String completedState = v03 ? "\"completed\"" : "TASK_STATE_COMPLETED";
            WebhookSink.Delivery completed = webhook.await(d -> d.body().contains(taskId) && d.body().contains(completedState),
                    Duration.ofSeconds(30));
            assertEquals("Bearer push-secret-from-a2a-js", completed.headers().get("authorization"), completed.toString());
            assertEquals("token-from-a2a-js", completed.headers().get("x-a2a-notification-token"), completed.toString());
            if (v03) {
                assertPushed03Task(completed, taskId);
            } else {
                assertEquals("application/a2a+json", completed.headers().get("content-type"));
                StreamResponse event = ProtoJson.parse(completed.body(), StreamResponse.newBuilder()).build();
                assertEquals(taskId, event.getStatusUpdate().getTaskId(), completed.body());
                assertEquals(TaskState.TASK_STATE_COMPLETED, event.getStatusUpdate().getStatus().getState());
            }
        }
    }

    /** A webhook registered over 0.3 gets the whole task in 0.3 form (0.3 §9.5), as its SDK's 0.3 sender posts it. */
    private static void assertPushed03Task(WebhookSink.Delivery delivery, String taskId) {
        assertEquals("application/json", delivery.headers().get("content-type"));
        JsonNode task = JsonMapper.builder().build().readTree(delivery.body());
        assertEquals("task", task.path("kind").asString(), delivery.body());
        assertEquals(taskId, task.path("id").asString());
        assertEquals("completed", task.path("status").path("state").asString());
    }

    /** Starts the a2a-js agent with JSON-RPC and HTTP+JSON on {@code port} and gRPC on the next free port. */
    private static ServerProcess theirAgent(NodePeers peers, int port, String logName) throws Exception {
        String path = peers.node().getParent() + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", "");
        return ServerProcess.start(List.of(peers.node().toString(), peers.stageScript("a2a-js-agent.mjs").toString()),
                Map.of("PORT", Integer.toString(port), "GRPC_PORT", Integer.toString(ServerProcess.freePort()), "PATH", path),
                peers.repoRoot(), port, peers.targetDir().resolve(logName), PEER_TIMEOUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSONRPC", "HTTP+JSON", "GRPC"})
    void ourClientAgainstTheirAgent(String binding) throws IOException, Exception {
        NodePeers peers = NodePeers.locate();
        int port = ServerProcess.freePort();
        try (ServerProcess agent = theirAgent(peers, port, "a2a-js-agent-" + binding.replace('+', '_') + ".log");
             A2aClient client = A2aClient.builder().agentUrl("http://127.0.0.1:" + port).bindings(List.of(binding))
                     .timeout(Duration.ofSeconds(30)).build()) {
            assertEquals(binding, client.selectedInterface().getProtocolBinding());

            SendMessageResponse reply = client.sendMessage(request("hello"));
            assertTrue(reply.hasMessage(), reply.toString());
            assertEquals("ok from a2a-js", reply.getMessage().getParts(0).getText());

            List<StreamResponse> events = new CopyOnWriteArrayList<>();
            client.sendStreamingMessage(request("task"), events::add).get(30, TimeUnit.SECONDS);
            List<StreamResponse.PayloadCase> kinds = new ArrayList<>();
            events.forEach(e -> kinds.add(e.getPayloadCase()));
            assertEquals(List.of(StreamResponse.PayloadCase.TASK, StreamResponse.PayloadCase.STATUS_UPDATE,
                    StreamResponse.PayloadCase.ARTIFACT_UPDATE, StreamResponse.PayloadCase.STATUS_UPDATE), kinds);
            assertEquals("artifact from a2a-js", events.get(2).getArtifactUpdate().getArtifact().getParts(0).getText());

            String taskId = events.get(0).getTask().getId();
            assertEquals(TaskState.TASK_STATE_COMPLETED, client.getTask(GetTaskRequest.newBuilder().setId(taskId).build())
                    .getStatus().getState());
        }
    }

    /**
     * Our client asks their agent, over each binding, to push a task's events to our webhook in the send itself.
     * Their sender puts the config's credentials in {@code Authorization} and falls back to the token header only
     * for a config without authentication, so both kinds of config are tried.
     */
    @ParameterizedTest
    @CsvSource({"JSONRPC, true", "HTTP+JSON, true", "GRPC, true", "GRPC, false"})
    void theirAgentPushesToOurWebhook(String binding, boolean withAuthentication) throws Exception {
        NodePeers peers = NodePeers.locate();
        int port = ServerProcess.freePort();
        TaskPushNotificationConfig.Builder config = TaskPushNotificationConfig.newBuilder().setToken("token-from-agentwire");
        if (withAuthentication) {
            config.setAuthentication(AuthenticationInfo.newBuilder().setScheme("Bearer").setCredentials("push-secret-from-agentwire"));
        }
        try (WebhookSink webhook = new WebhookSink();
             ServerProcess agent = theirAgent(peers, port, "a2a-js-agent-push-" + binding.replace('+', '_') + ".log");
             A2aClient client = A2aClient.builder().agentUrl("http://127.0.0.1:" + port).bindings(List.of(binding))
                     .timeout(Duration.ofSeconds(30)).build()) {
            SendMessageRequest send = request("task").toBuilder().setConfiguration(SendMessageConfiguration.newBuilder()
                    .setTaskPushNotificationConfig(config.setUrl(webhook.url()))).build();
            String taskId = client.sendMessage(send).getTask().getId();

            List<WebhookSink.Delivery> deliveries = webhook.awaitUntil(d -> d.body().contains(taskId)
                    && d.body().contains("TASK_STATE_COMPLETED"), Duration.ofSeconds(30));
            List<StreamResponse.PayloadCase> kinds = new ArrayList<>();
            for (WebhookSink.Delivery delivery : deliveries) {
                kinds.add(ProtoJson.parse(delivery.body(), StreamResponse.newBuilder()).build().getPayloadCase());
                if (withAuthentication) {
                    assertEquals("Bearer push-secret-from-agentwire", delivery.headers().get("authorization"), delivery.toString());
                } else {
                    assertEquals("token-from-agentwire", delivery.headers().get("x-a2a-notification-token"), delivery.toString());
                }
            }
            assertEquals(List.of(StreamResponse.PayloadCase.TASK, StreamResponse.PayloadCase.STATUS_UPDATE,
                    StreamResponse.PayloadCase.ARTIFACT_UPDATE, StreamResponse.PayloadCase.STATUS_UPDATE), kinds);
            StreamResponse completed = ProtoJson.parse(deliveries.get(3).body(), StreamResponse.newBuilder()).build();
            assertEquals(taskId, completed.getStatusUpdate().getTaskId());
            assertEquals(TaskState.TASK_STATE_COMPLETED, completed.getStatusUpdate().getStatus().getState());
        }
    }

    private static SendMessageRequest request(String prefix) {
        return SendMessageRequest.newBuilder().setMessage(Message.newBuilder().setMessageId(prefix + "-" + UUID.randomUUID())
                .setRole(Role.ROLE_USER).addParts(Part.newBuilder().setText("hello from Agentwire"))).build();
    }
}
