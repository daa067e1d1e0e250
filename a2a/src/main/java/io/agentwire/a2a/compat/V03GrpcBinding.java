package io.agentwire.a2a.compat;

import com.google.protobuf.Empty;
import io.agentwire.a2a.compat.proto.A2AServiceGrpc;
import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.server.A2aOperations;
import io.agentwire.a2a.server.CallContext;
import io.agentwire.a2a.server.StreamSink;
import io.agentwire.a2a.transport.grpc.GrpcCallerResolver;
import io.agentwire.a2a.transport.grpc.GrpcCalls;
import io.agentwire.a2a.transport.grpc.GrpcErrors;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The gRPC binding of A2A 0.3 over the 1.0 engine: service {@code a2a.v1.A2AService}, which shares the gRPC server
 * with 1.0's {@code lf.a2a.v1.A2AService}. Calls must ask for 0.3, which an absent {@code a2a-version} does (0.3
 * clients send none). Errors carry the status code of the A2A error table and a description that starts with the
 * 0.3 error name ({@link V03Errors#describe}), which is what 0.3 clients match on; the 1.0 {@code ErrorInfo} detail
 * rides along for clients that read it.
 */
public final class V03GrpcBinding extends A2AServiceGrpc.A2AServiceImplBase {
    private final V03ProtoOperations operations;
    private final GrpcCallerResolver callers;
    private final String url;

    /**
     * @param operations the engine (supplied late, as for the other bindings)
     * @param callers    authenticates calls from their metadata, as for the 1.0 gRPC binding
     * @param url        the main {@code url} of the 0.3 cards {@code GetAgentCard} hands out
     */
    public V03GrpcBinding(Supplier<A2aOperations> operations, GrpcCallerResolver callers, String url) {
        this.operations = new V03ProtoOperations(operations);
        this.callers = callers;
        this.url = url;
    }

    /** A2A errors as 0.3 statuses. */
    static StatusRuntimeException status(A2aException error) {
        return GrpcErrors.toStatus(new A2aException(error.error(), V03Errors.describe(error), error));
    }

    private CallContext call() {
        return GrpcCalls.context(callers, V03JsonRpcBinding.VERSION, "");
    }

    private static <T> void unary(StreamObserver<T> out, Supplier<T> operation) {
        GrpcCalls.unary(out, V03GrpcBinding::status, operation);
    }

    private static void streaming(StreamObserver<V03Proto.StreamResponse> out, Consumer<StreamSink> start) {
        GrpcCalls.streaming(out, V03ProtoTasks::toV03, V03GrpcBinding::status, start);
    }

    @Override
    public void sendMessage(V03Proto.SendMessageRequest request, StreamObserver<V03Proto.SendMessageResponse> out) {
        GrpcCalls.later(out, V03GrpcBinding::status, () -> operations.sendMessage(call(), request));
    }

    @Override
    public void sendStreamingMessage(V03Proto.SendMessageRequest request, StreamObserver<V03Proto.StreamResponse> out) {
        streaming(out, sink -> operations.sendStreamingMessage(call(), request, sink));
    }

    @Override
    public void taskSubscription(V03Proto.TaskSubscriptionRequest request, StreamObserver<V03Proto.StreamResponse> out) {
        streaming(out, sink -> operations.subscribe(call(), request.getName(), sink));
    }

    @Override
    public void getTask(V03Proto.GetTaskRequest request, StreamObserver<V03Proto.Task> out) {
        unary(out, () -> operations.getTask(call(), request));
    }

    @Override
    public void cancelTask(V03Proto.CancelTaskRequest request, StreamObserver<V03Proto.Task> out) {
        unary(out, () -> operations.cancelTask(call(), request));
    }

    @Override
    public void createTaskPushNotificationConfig(V03Proto.CreateTaskPushNotificationConfigRequest request,
                                                 StreamObserver<V03Proto.TaskPushNotificationConfig> out) {
        unary(out, () -> operations.createPushConfig(call(), request));
    }

    @Override
    public void getTaskPushNotificationConfig(V03Proto.GetTaskPushNotificationConfigRequest request,
                                              StreamObserver<V03Proto.TaskPushNotificationConfig> out) {
        unary(out, () -> operations.getPushConfig(call(), request));
    }

    @Override
    public void listTaskPushNotificationConfig(V03Proto.ListTaskPushNotificationConfigRequest request,
                                               StreamObserver<V03Proto.ListTaskPushNotificationConfigResponse> out) {
        unary(out, () -> operations.listPushConfigs(call(), request));
    }

    @Override
    public void deleteTaskPushNotificationConfig(V03Proto.DeleteTaskPushNotificationConfigRequest request,
                                                 StreamObserver<Empty> out) {
        unary(out, () -> {
            operations.deletePushConfig(call(), request);
            return Empty.getDefaultInstance();
        });
    }

    @Override
    public void getAgentCard(V03Proto.GetAgentCardRequest request, StreamObserver<V03Proto.AgentCard> out) {
        unary(out, () -> V03ProtoCards.toV03(operations.extendedCard(call()), url));
    }
}
