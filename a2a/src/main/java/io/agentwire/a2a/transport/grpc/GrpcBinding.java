package io.agentwire.a2a.transport.grpc;

import com.google.protobuf.Empty;
import io.agentwire.a2a.model.A2AServiceGrpc;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetExtendedAgentCardRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsResponse;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.ListTasksResponse;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.server.A2aOperations;
import io.agentwire.a2a.server.CallContext;
import io.agentwire.a2a.server.StreamSink;
import io.grpc.stub.StreamObserver;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The gRPC binding of A2A 1.0 (specification section 10): service {@code lf.a2a.v1.A2AService} with every RPC
 * delegated to the engine, server streaming for the two streaming operations, errors as statuses with
 * {@code ErrorInfo} ({@link GrpcErrors}). Nothing blocks a gRPC thread: SendMessage completes from the engine's
 * future.
 */
public final class GrpcBinding extends A2AServiceGrpc.A2AServiceImplBase {
    private final Supplier<A2aOperations> operations;
    private final GrpcCallerResolver callers;
    private final String version;

    public GrpcBinding(Supplier<A2aOperations> operations, GrpcCallerResolver callers, String version) {
        this.operations = operations;
        this.callers = callers;
        this.version = version;
    }

    /** The interceptor that must wrap this service so calls see their metadata. */
    public static io.grpc.ServerInterceptor serviceParameters() {
        return new GrpcServiceParameters();
    }

    private CallContext call(String tenant) {
        return GrpcCalls.context(callers, version, tenant);
    }

    private static <T> void unary(StreamObserver<T> out, Supplier<T> operation) {
        GrpcCalls.unary(out, GrpcErrors::toStatus, operation);
    }

    private static void streaming(StreamObserver<StreamResponse> out, Consumer<StreamSink> start) {
        GrpcCalls.streaming(out, Function.identity(), GrpcErrors::toStatus, start);
    }

    @Override
    public void sendMessage(SendMessageRequest request, StreamObserver<SendMessageResponse> out) {
        GrpcCalls.later(out, GrpcErrors::toStatus, () -> operations.get().sendMessage(call(request.getTenant()), request));
    }

    @Override
    public void sendStreamingMessage(SendMessageRequest request, StreamObserver<StreamResponse> out) {
        streaming(out, sink -> operations.get().sendStreamingMessage(call(request.getTenant()), request, sink));
    }

    @Override
    public void subscribeToTask(SubscribeToTaskRequest request, StreamObserver<StreamResponse> out) {
        streaming(out, sink -> operations.get().subscribeToTask(call(request.getTenant()), request, sink));
    }

    @Override
    public void getTask(GetTaskRequest request, StreamObserver<Task> out) {
        unary(out, () -> operations.get().getTask(call(request.getTenant()), request));
    }

    @Override
    public void listTasks(ListTasksRequest request, StreamObserver<ListTasksResponse> out) {
        unary(out, () -> operations.get().listTasks(call(request.getTenant()), request));
    }

    @Override
    public void cancelTask(CancelTaskRequest request, StreamObserver<Task> out) {
        unary(out, () -> operations.get().cancelTask(call(request.getTenant()), request));
    }

    @Override
    public void createTaskPushNotificationConfig(TaskPushNotificationConfig request, StreamObserver<TaskPushNotificationConfig> out) {
        unary(out, () -> operations.get().createPushConfig(call(request.getTenant()), request));
    }

    @Override
    public void getTaskPushNotificationConfig(GetTaskPushNotificationConfigRequest request,
                                              StreamObserver<TaskPushNotificationConfig> out) {
        unary(out, () -> operations.get().getPushConfig(call(request.getTenant()), request));
    }

    @Override
    public void listTaskPushNotificationConfigs(ListTaskPushNotificationConfigsRequest request,
                                                StreamObserver<ListTaskPushNotificationConfigsResponse> out) {
        unary(out, () -> operations.get().listPushConfigs(call(request.getTenant()), request));
    }

    @Override
    public void deleteTaskPushNotificationConfig(DeleteTaskPushNotificationConfigRequest request, StreamObserver<Empty> out) {
        unary(out, () -> {
            operations.get().deletePushConfig(call(request.getTenant()), request);
            return Empty.getDefaultInstance();
        });
    }

    @Override
    public void getExtendedAgentCard(GetExtendedAgentCardRequest request, StreamObserver<AgentCard> out) {
        unary(out, () -> operations.get().getExtendedAgentCard(call(request.getTenant()), request));
    }
}
