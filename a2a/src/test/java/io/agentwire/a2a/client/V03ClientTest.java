package io.agentwire.a2a.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.auth.ApiKeyVerifier;
import io.agentwire.a2a.auth.CardSecurity;
import io.agentwire.a2a.compat.V03Cards;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.APIKeySecurityScheme;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SecurityRequirement;
import io.agentwire.a2a.model.SecurityScheme;
import io.agentwire.a2a.model.SendMessageConfiguration;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.StringList;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.push.PushNotificationSender;
import io.agentwire.a2a.push.WebhookUrlPolicy;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client speaking A2A 0.3 over each of the three bindings (JSON-RPC, HTTP+JSON, gRPC) against our own 0.3
 * interfaces, which share the one engine; and reading a pure 0.3 card.
 */
class V03ClientTest {
    private static final Map<String, A2aClient> CLIENTS = new ConcurrentHashMap<>();
    private static A2aServer agent;

    @BeforeAll
    static void start() throws Exception {
        // test-resubscribe tasks stay WORKING this long: time enough to subscribe to them on a loaded machine
        agent = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofSeconds(2)))
                .push(PushNotificationSender.builder().urlPolicy(WebhookUrlPolicy.builder().allowHttp(true)
                        .allowLoopback(true).build()).build())
                .v03Interface(true).port(0).grpcPort(0).start();
    }

    @AfterAll
    static void stop() {
        CLIENTS.values().forEach(A2aClient::close);
        agent.close();
    }

    /** One 0.3 client per binding, made on first use. */
    private static A2aClient client(String binding) {
        return CLIENTS.computeIfAbsent(binding, name -> A2aClient.builder().agentUrl(agent.baseUrl())
                .protocolVersions(List.of("0.3")).bindings(List.of(name)).timeout(Duration.ofSeconds(20)).build());
    }

    private static SendMessageRequest send(String prefix) {
        return SendMessageRequest.newBuilder().setMessage(Message.newBuilder().setMessageId(prefix + "-" + UUID.randomUUID())
                .setRole(Role.ROLE_USER).addParts(Part.newBuilder().setText("hello over 0.3"))).build();
    }

    @Test
    void picksThe03InterfaceWhenToldTo() {
        assertEquals("0.3", client("JSONRPC").selectedInterface().getProtocolVersion());
        assertEquals(agent.baseUrl() + A2aServer.V03_JSONRPC_PATH, client("JSONRPC").selectedInterface().getUrl());
        assertEquals(agent.baseUrl() + A2aServer.V03_REST_PATH, client("HTTP+JSON").selectedInterface().getUrl());
        assertEquals("127.0.0.1:" + agent.grpcPort(), client("GRPC").selectedInterface().getUrl());
        assertEquals("0.3", client("GRPC").selectedInterface().getProtocolVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSONRPC", "HTTP+JSON", "GRPC"})
    void sendsGetsAndCancelsOver03(String binding) {
        A2aClient client = client(binding);
        Task done = client.sendMessage(send("tck-complete-task")).getTask();
        assertEquals(TaskState.TASK_STATE_COMPLETED, done.getStatus().getState());
        assertEquals("Hello from TCK", done.getStatus().getMessage().getParts(0).getText());
        assertEquals(1, client.getTask(GetTaskRequest.newBuilder().setId(done.getId()).setHistoryLength(1).build())
                .getHistoryCount());
        SendMessageResponse direct = client.sendMessage(send("tck-message-response"));
        assertEquals("Direct message response", direct.getMessage().getParts(0).getText());
        Task waiting = client.sendMessage(send("tck-input-required")).getTask();
        assertEquals(TaskState.TASK_STATE_INPUT_REQUIRED, waiting.getStatus().getState());
        assertEquals(TaskState.TASK_STATE_CANCELED, client.cancelTask(CancelTaskRequest.newBuilder()
                .setId(waiting.getId()).build()).getStatus().getState());
        A2aException missing = assertThrows(A2aException.class,
                () -> client.getTask(GetTaskRequest.newBuilder().setId("no-such-task").build()));
        assertEquals(A2aError.TASK_NOT_FOUND, missing.error());
        A2aException list = assertThrows(A2aException.class, () -> client.listTasks(ListTasksRequest.getDefaultInstance()));
        assertEquals(A2aError.UNSUPPORTED_OPERATION, list.error());
    }

    /** Not waiting for the task, then following it to its end with 0.3's resubscribe. */
    @ParameterizedTest
    @ValueSource(strings = {"JSONRPC", "HTTP+JSON", "GRPC"})
    void sendsWithoutWaitingAndResubscribesOver03(String binding) throws Exception {
        A2aClient client = client(binding);
        SendMessageRequest request = send("test-resubscribe-message-id").toBuilder()
                .setConfiguration(SendMessageConfiguration.newBuilder().setReturnImmediately(true)).build();
        Task started = client.sendMessage(request).getTask();
        assertTrue(started.getStatus().getState() == TaskState.TASK_STATE_SUBMITTED
                || started.getStatus().getState() == TaskState.TASK_STATE_WORKING, started.getStatus().toString());
        List<StreamResponse> events = new CopyOnWriteArrayList<>();
        client.subscribeToTask(started.getId(), events::add).get(30, TimeUnit.SECONDS);
        assertEquals(started.getId(), events.get(0).getTask().getId(), events.toString());
        assertEquals(TaskState.TASK_STATE_COMPLETED, events.get(events.size() - 1).getStatusUpdate().getStatus().getState());
        assertEquals(TaskState.TASK_STATE_COMPLETED, client.getTask(GetTaskRequest.newBuilder().setId(started.getId()).build())
                .getStatus().getState());
        ExecutionException ended = assertThrows(ExecutionException.class,
                () -> client.subscribeToTask(started.getId(), e -> { }).get(30, TimeUnit.SECONDS));
        assertEquals(A2aError.UNSUPPORTED_OPERATION, ((A2aException) ended.getCause()).error(), "a settled task has nothing to follow");
    }

    /** The card's security applies to the 0.3 bindings as to the 1.0 ones, and names the caller to the agent. */
    @ParameterizedTest
    @ValueSource(strings = {"JSONRPC", "HTTP+JSON", "GRPC"})
    void enforcesTheCardsSecurityOver03(String binding) throws Exception {
        // an API key in Authorization, which the client's authorization supplier sends on every binding
        APIKeySecurityScheme key = APIKeySecurityScheme.newBuilder().setLocation("header").setName("Authorization").build();
        AgentCard card = ReferenceCard.template().toBuilder()
                .putSecuritySchemes("key", SecurityScheme.newBuilder().setApiKeySecurityScheme(key).build())
                .addSecurityRequirements(SecurityRequirement.newBuilder().putSchemes("key", StringList.getDefaultInstance()))
                .build();
        CardSecurity security = CardSecurity.forCard(card).verifier("key", new ApiKeyVerifier(key, Map.of("key-of-alice", "alice")))
                .build();
        try (A2aServer secured = A2aServer.builder().card(card).security(security).v03Interface(true).port(0).grpcPort(0)
                .executor((context, events) -> events.complete(events.agentText("hello " + context.caller()))).start()) {
            A2aClient.Builder builder = A2aClient.builder().card(secured.card()).protocolVersions(List.of("0.3"))
                    .bindings(List.of(binding)).timeout(Duration.ofSeconds(20));
            try (A2aClient anonymous = builder.build()) {
                A2aException refused = assertThrows(A2aException.class, () -> anonymous.sendMessage(send("anonymous")));
                assertEquals(A2aError.UNAUTHENTICATED, refused.error(), refused.getMessage());
            }
            try (A2aClient alice = builder.authorization(() -> "key-of-alice").build()) {
                assertEquals("hello alice", alice.sendMessage(send("alice")).getTask().getStatus().getMessage()
                        .getParts(0).getText());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSONRPC", "HTTP+JSON", "GRPC"})
    void streamsTheEventsInOrderOver03(String binding) throws Exception {
        A2aClient client = client(binding);
        List<StreamResponse> events = new CopyOnWriteArrayList<>();
        client.sendStreamingMessage(send("tck-stream-001"), events::add).get(30, TimeUnit.SECONDS);
        List<StreamResponse.PayloadCase> kinds = new ArrayList<>();
        events.forEach(e -> kinds.add(e.getPayloadCase()));
        assertEquals(StreamResponse.PayloadCase.TASK, kinds.get(0), kinds.toString());
        assertTrue(kinds.contains(StreamResponse.PayloadCase.ARTIFACT_UPDATE), kinds.toString());
        StreamResponse last = events.get(events.size() - 1);
        assertEquals(TaskState.TASK_STATE_COMPLETED, last.getStatusUpdate().getStatus().getState(), kinds.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSONRPC", "HTTP+JSON", "GRPC"})
    void managesPushConfigsOver03(String binding) {
        A2aClient client = client(binding);
        String taskId = client.sendMessage(send("tck-input-required")).getTask().getId();
        TaskPushNotificationConfig created = client.createPushConfig(TaskPushNotificationConfig.newBuilder()
                .setTaskId(taskId).setUrl("http://127.0.0.1:9/hook").setToken("t-03").build());
        assertEquals("http://127.0.0.1:9/hook", client.getPushConfig(GetTaskPushNotificationConfigRequest.newBuilder()
                .setTaskId(taskId).setId(created.getId()).build()).getUrl());
        assertEquals(1, client.listPushConfigs(ListTaskPushNotificationConfigsRequest.newBuilder().setTaskId(taskId)
                .build()).getConfigsCount());
        client.deletePushConfig(DeleteTaskPushNotificationConfigRequest.newBuilder().setTaskId(taskId)
                .setId(created.getId()).build());
        assertEquals(0, client.listPushConfigs(ListTaskPushNotificationConfigsRequest.newBuilder().setTaskId(taskId)
                .build()).getConfigsCount());
    }

    @Test
    void aPure03CardIsReadAndItsAgentReachedWithoutBeingTold() throws Exception {
        WireMockServer cards = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        cards.start();
        try {
            String v03Card = V03Cards.toV03(agent.card(), agent.baseUrl() + A2aServer.V03_JSONRPC_PATH);
            cards.stubFor(get(urlEqualTo("/.well-known/agent-card.json")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody(v03Card)));
            try (A2aClient auto = A2aClient.builder().agentUrl(cards.baseUrl()).build()) {
                AgentCard card = auto.card();
                assertEquals(ReferenceCard.template().getName(), card.getName());
                assertTrue(card.getCapabilities().getStreaming());
                assertTrue(card.getCapabilities().getExtendedAgentCard());
                assertEquals("0.3", auto.selectedInterface().getProtocolVersion());
                assertEquals(TaskState.TASK_STATE_COMPLETED, auto.sendMessage(send("tck-complete-task")).getTask()
                        .getStatus().getState());
            }
        } finally {
            cards.stop();
        }
    }

    @Test
    void a03CardRoundTripsThroughTheModel() {
        AgentCard original = ReferenceCard.requiringApiKey(agent.card());
        AgentCard read = V03Cards.fromV03(io.agentwire.a2a.testing.JsonRpcTestClient.JSON.readTree(
                V03Cards.toV03(original, agent.baseUrl() + A2aServer.V03_JSONRPC_PATH)));
        assertEquals(original.getName(), read.getName());
        assertEquals(original.getSkillsList(), read.getSkillsList());
        assertEquals(original.getSecuritySchemesMap(), read.getSecuritySchemesMap());
        assertEquals(original.getSecurityRequirementsList(), read.getSecurityRequirementsList());
        assertEquals(original.getCapabilities().getStreaming(), read.getCapabilities().getStreaming());
        assertEquals(agent.baseUrl() + A2aServer.V03_JSONRPC_PATH, read.getSupportedInterfaces(0).getUrl());
    }

    @Test
    void malformed03CardsAreInvalidAgentResponses() {
        assertThrows(A2aException.class, () -> V03Cards.fromV03(io.agentwire.a2a.testing.JsonRpcTestClient.JSON
                .readTree("{\"url\":\"http://127.0.0.1:9/a2a\"}")), "no name");
        assertThrows(A2aException.class, () -> V03Cards.fromV03(io.agentwire.a2a.testing.JsonRpcTestClient.JSON
                .readTree("{\"name\":\"n\",\"url\":\"http://127.0.0.1:9/a2a\",\"securitySchemes\":{\"x\":{\"type\":\"carrier-pigeon\"}}}")));
    }
}
