package io.agentwire.a2a.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.card.sign.AgentCardSigner;
import io.agentwire.a2a.card.sign.AgentCardVerifier;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import io.agentwire.a2a.server.PushDispatcher;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Our client against our reference agent over each binding, reading the card from the well-known path. */
class A2aClientTest {
    /** How long test-resubscribe tasks stay WORKING: long enough to subscribe to them even on a loaded machine. */
    private static final Duration SUBSCRIBE_HOLD = Duration.ofSeconds(3);

    private static A2aServer server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(SUBSCRIBE_HOLD))
                .push(PushDispatcher.NONE, url -> { }).port(0).grpcPort(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static A2aClient client(String binding) {
        return A2aClient.builder().agentUrl(server.baseUrl()).bindings(List.of(binding)).timeout(Duration.ofSeconds(20)).build();
    }

    private static SendMessageRequest send(String prefix) {
        return SendMessageRequest.newBuilder().setMessage(Message.newBuilder().setMessageId(prefix + "-" + UUID.randomUUID())
                .setRole(Role.ROLE_USER).addParts(Part.newBuilder().setText("x"))).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSONRPC", "HTTP+JSON", "GRPC"})
    void everyOperationOverEachBinding(String binding) throws Exception {
        try (A2aClient client = client(binding)) {
            assertEquals(binding, client.selectedInterface().getProtocolBinding());
            Task done = client.sendMessage(send("tck-complete-task")).getTask();
            assertEquals(TaskState.TASK_STATE_COMPLETED, done.getStatus().getState());
            assertEquals(1, client.getTask(GetTaskRequest.newBuilder().setId(done.getId()).setHistoryLength(1).build()).getHistoryCount());
            assertTrue(client.listTasks(ListTasksRequest.newBuilder().setPageSize(5).build()).getTasksCount() >= 1);
            assertTrue(client.sendMessage(send("tck-message-response")).hasMessage());

            Task waiting = client.sendMessage(send("tck-input-required")).getTask();
            TaskPushNotificationConfig config = client.createPushConfig(TaskPushNotificationConfig.newBuilder()
                    .setTaskId(waiting.getId()).setUrl("https://hooks.example/a").build());
            assertEquals(1, client.listPushConfigs(io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest.newBuilder()
                    .setTaskId(waiting.getId()).build()).getConfigsCount());
            client.deletePushConfig(io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest.newBuilder()
                    .setTaskId(waiting.getId()).setId(config.getId()).build());
            assertEquals(TaskState.TASK_STATE_CANCELED, client.cancelTask(io.agentwire.a2a.model.CancelTaskRequest.newBuilder()
                    .setId(waiting.getId()).build()).getStatus().getState());

            A2aException missing = assertThrows(A2aException.class, () -> client.getTask(GetTaskRequest.newBuilder().setId("nope").build()));
            assertEquals(A2aError.TASK_NOT_FOUND, missing.error());

            List<StreamResponse> events = new CopyOnWriteArrayList<>();
            client.sendStreamingMessage(send("tck-stream-001"), events::add).get(20, TimeUnit.SECONDS);
            assertEquals(List.of(StreamResponse.PayloadCase.TASK, StreamResponse.PayloadCase.STATUS_UPDATE,
                    StreamResponse.PayloadCase.ARTIFACT_UPDATE, StreamResponse.PayloadCase.STATUS_UPDATE),
                    events.stream().map(StreamResponse::getPayloadCase).toList());
        }
    }

    @Test
    void aCardWithoutAValidSignatureIsRefusedWhenVerificationIsAsked() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("agent-key").generate();
        AgentCardVerifier verifier = new AgentCardVerifier(new JWKSet(key.toPublicJWK()), List.of());
        A2aException unsigned = assertThrows(A2aException.class,
                () -> A2aClient.builder().agentUrl(server.baseUrl()).verifier(verifier).build());
        assertTrue(unsigned.getMessage().contains("no valid signature"), unsigned.getMessage());

        AgentCard signed = new AgentCardSigner(key, null).sign(server.card());
        try (A2aClient client = A2aClient.builder().card(signed).verifier(verifier).build()) {
            assertEquals("JSONRPC", client.selectedInterface().getProtocolBinding());
        }
    }

    @Test
    void noCommonBindingIsAClearError() {
        A2aException none = assertThrows(A2aException.class,
                () -> A2aClient.builder().agentUrl(server.baseUrl()).bindings(List.of("WEBSOCKET")).build());
        assertTrue(none.getMessage().contains("no interface this client speaks"), none.getMessage());
    }
}
