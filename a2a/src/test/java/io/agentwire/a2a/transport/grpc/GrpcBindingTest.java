package io.agentwire.a2a.transport.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.model.A2AServiceGrpc;
import io.agentwire.a2a.model.AgentInterface;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageConfiguration;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import io.agentwire.a2a.server.PushDispatcher;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gRPC binding against the reference agent, through grpc-java's generated stubs. */
class GrpcBindingTest {
    /** How long test-resubscribe tasks stay WORKING: long enough to subscribe to them even on a loaded machine. */
    private static final Duration SUBSCRIBE_HOLD = Duration.ofSeconds(3);

    private static A2aServer server;
    private static ManagedChannel channel;
    private static A2AServiceGrpc.A2AServiceBlockingStub stub;

    @BeforeAll
    static void start() throws InterruptedException {
        server = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(SUBSCRIBE_HOLD))
                .push(PushDispatcher.NONE, url -> { }).port(0).grpcPort(0).start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort()).usePlaintext().build();
        stub = withVersion(A2AServiceGrpc.newBlockingStub(channel), "1.0").withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    private static A2AServiceGrpc.A2AServiceBlockingStub withVersion(A2AServiceGrpc.A2AServiceBlockingStub stub, String version) {
        Metadata metadata = new Metadata();
        metadata.put(GrpcServiceParameters.VERSION, version);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(metadata));
    }

    private static SendMessageRequest send(String prefix) {
        return SendMessageRequest.newBuilder().setMessage(Message.newBuilder().setMessageId(prefix + "-" + UUID.randomUUID())
                .setRole(Role.ROLE_USER).addParts(Part.newBuilder().setText("x"))).build();
    }

    private static A2aError reason(StatusRuntimeException e) {
        return GrpcErrors.fromStatus(e).error();
    }

    @Test
    void cardListsTheGrpcInterface() {
        AgentInterface grpc = server.card().getSupportedInterfacesList().stream()
                .filter(i -> i.getProtocolBinding().equals("GRPC")).findFirst().orElseThrow();
        assertEquals("127.0.0.1:" + server.grpcPort(), grpc.getUrl());
    }

    @Test
    void unaryOperations() {
        Task task = stub.sendMessage(send("tck-complete-task")).getTask();
        assertEquals(TaskState.TASK_STATE_COMPLETED, task.getStatus().getState());
        assertEquals(1, stub.getTask(GetTaskRequest.newBuilder().setId(task.getId()).setHistoryLength(1).build()).getHistoryCount());
        assertTrue(stub.sendMessage(send("tck-message-response")).hasMessage());

        Task waiting = stub.sendMessage(send("tck-input-required")).getTask();
        assertEquals(TaskState.TASK_STATE_CANCELED, stub.cancelTask(CancelTaskRequest.newBuilder().setId(waiting.getId()).build())
                .getStatus().getState());
        StatusRuntimeException again = assertThrows(StatusRuntimeException.class,
                () -> stub.cancelTask(CancelTaskRequest.newBuilder().setId(waiting.getId()).build()));
        assertEquals(io.grpc.Status.Code.FAILED_PRECONDITION, again.getStatus().getCode());
        assertEquals(A2aError.TASK_NOT_CANCELABLE, reason(again));
    }

    @Test
    void unknownTaskIsNotFoundWithErrorInfo() {
        StatusRuntimeException missing = assertThrows(StatusRuntimeException.class,
                () -> stub.getTask(GetTaskRequest.newBuilder().setId("nope").build()));
        assertEquals(io.grpc.Status.Code.NOT_FOUND, missing.getStatus().getCode());
        assertEquals(A2aError.TASK_NOT_FOUND, reason(missing));
    }

    @Test
    void versionMetadataIsRequired() {
        A2AServiceGrpc.A2AServiceBlockingStub bare = A2AServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> bare.getTask(GetTaskRequest.newBuilder().setId("x").build()));
        assertEquals(io.grpc.Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals(A2aError.VERSION_NOT_SUPPORTED, reason(refused));
    }

    @Test
    void streamsInOrder() {
        List<StreamResponse> events = new ArrayList<>();
        stub.sendStreamingMessage(send("tck-stream-001")).forEachRemaining(events::add);
        assertEquals(List.of(StreamResponse.PayloadCase.TASK, StreamResponse.PayloadCase.STATUS_UPDATE,
                StreamResponse.PayloadCase.ARTIFACT_UPDATE, StreamResponse.PayloadCase.STATUS_UPDATE),
                events.stream().map(StreamResponse::getPayloadCase).toList());
        assertEquals(TaskState.TASK_STATE_COMPLETED, events.get(3).getStatusUpdate().getStatus().getState());
    }

    @Test
    void subscribeStartsWithTheTask() {
        SendMessageRequest request = send("test-resubscribe-message-id").toBuilder()
                .setConfiguration(SendMessageConfiguration.newBuilder().setReturnImmediately(true)).build();
        String id = stub.sendMessage(request).getTask().getId();
        Iterator<StreamResponse> events = stub.subscribeToTask(SubscribeToTaskRequest.newBuilder().setId(id).build());
        assertEquals(id, events.next().getTask().getId());
        StreamResponse last = null;
        while (events.hasNext()) {
            last = events.next();
        }
        assertEquals(TaskState.TASK_STATE_COMPLETED, last.getStatusUpdate().getStatus().getState());
    }
}
