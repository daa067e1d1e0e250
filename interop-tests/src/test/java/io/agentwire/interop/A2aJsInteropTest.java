package io.agentwire.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.client.A2aClient;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import io.agentwire.a2a.server.PushDispatcher;
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
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A2A interop with the official JavaScript SDK, {@code @a2a-js/sdk} 1.3.0 on Node 22, both ways and over both HTTP
 * bindings: its client against our reference agent, and our client against an agent built on its server.
 */
class A2aJsInteropTest {
    private static final Duration PEER_TIMEOUT = Duration.ofMinutes(2);

    @ParameterizedTest
    @ValueSource(strings = {"JSONRPC", "HTTP+JSON"})
    void theirClientAgainstOurAgent(String binding) throws Exception {
        NodePeers peers = NodePeers.locate();
        try (A2aServer agent = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofMillis(200)))
                .push(PushDispatcher.NONE, url -> { }).host("127.0.0.1").port(0).start()) {
            Path summaryFile = peers.targetDir().resolve("a2a-js-client-" + binding.replace('+', '_') + ".json");
            Files.deleteIfExists(summaryFile);
            BoundedProcess.Outcome outcome = peers.runNode(peers.stageScript("a2a-js-client.mjs"),
                    List.of(agent.baseUrl(), binding, summaryFile.toString()), PEER_TIMEOUT, "a2a-js-client-" + binding.replace('+', '_') + ".log");
            assertFalse(outcome.timedOut(), outcome.describe());
            assertTrue(Files.isRegularFile(summaryFile), "no summary: " + outcome.describe());
            JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(summaryFile));
            assertEquals("[]", summary.path("errors").toString(), outcome.describe());
            assertEquals("TASK_STATE_COMPLETED", summary.path("completeState").asString());
            assertEquals("Hello from TCK", summary.path("completeText").asString());
            assertEquals(1, summary.path("historyAfterTrim").asInt());
            assertEquals("Direct message response", summary.path("directMessage").asString());
            assertEquals("TASK_STATE_INPUT_REQUIRED", summary.path("inputRequiredState").asString());
            assertEquals("TASK_STATE_COMPLETED", summary.path("resumedState").asString());
            assertEquals("[\"task\",\"statusUpdate\",\"artifactUpdate\",\"statusUpdate\"]", summary.path("streamKinds").toString());
            assertEquals("TASK_STATE_CANCELED", summary.path("canceledState").asString());
            assertTrue(summary.path("notFound").asString().endsWith("TaskNotFoundError"), summary.path("notFound").asString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSONRPC", "HTTP+JSON"})
    void ourClientAgainstTheirAgent(String binding) throws IOException, Exception {
        NodePeers peers = NodePeers.locate();
        int port = ServerProcess.freePort();
        String path = peers.node().getParent() + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", "");
        try (ServerProcess agent = ServerProcess.start(List.of(peers.node().toString(), peers.stageScript("a2a-js-agent.mjs").toString()),
                Map.of("PORT", Integer.toString(port), "PATH", path), peers.repoRoot(), port,
                peers.targetDir().resolve("a2a-js-agent-" + binding.replace('+', '_') + ".log"), PEER_TIMEOUT);
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

    private static SendMessageRequest request(String prefix) {
        return SendMessageRequest.newBuilder().setMessage(Message.newBuilder().setMessageId(prefix + "-" + UUID.randomUUID())
                .setRole(Role.ROLE_USER).addParts(Part.newBuilder().setText("hello from Agentwire"))).build();
    }
}
