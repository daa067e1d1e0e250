package io.agentwire.a2a.client;

import com.google.protobuf.Message;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.A2AServiceGrpc;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetExtendedAgentCardRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.transport.grpc.GrpcErrors;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The gRPC binding, client side: the 1.0 service {@code lf.a2a.v1.A2AService} over a {@link GrpcChannel}.
 */
final class GrpcClientTransport implements ClientTransport {
    private final GrpcChannel channel;

    /** @param address {@code host:port}, also accepted as {@code http://host:port}, or {@code https://host:port} for TLS */
    GrpcClientTransport(String address, ClientTls tls, Duration timeout, Supplier<String> authorization, List<String> extensions) {
        this.channel = new GrpcChannel(address, tls, timeout, authorization, extensions, "1.0");
    }

    private A2AServiceGrpc.A2AServiceBlockingStub blocking() {
        return channel.unary(A2AServiceGrpc.newBlockingStub(channel.channel()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Message> T call(String operation, Message request, T responseType) {
        try {
            A2AServiceGrpc.A2AServiceBlockingStub stub = blocking();
            switch (operation) {
                case "SendMessage": return (T) stub.sendMessage((SendMessageRequest) request);
                case "GetTask": return (T) stub.getTask((GetTaskRequest) request);
                case "ListTasks": return (T) stub.listTasks((ListTasksRequest) request);
                case "CancelTask": return (T) stub.cancelTask((CancelTaskRequest) request);
                case "CreateTaskPushNotificationConfig": return (T) stub.createTaskPushNotificationConfig((TaskPushNotificationConfig) request);
                case "GetTaskPushNotificationConfig": return (T) stub.getTaskPushNotificationConfig((GetTaskPushNotificationConfigRequest) request);
                case "ListTaskPushNotificationConfigs":
                    return (T) stub.listTaskPushNotificationConfigs((ListTaskPushNotificationConfigsRequest) request);
                case "DeleteTaskPushNotificationConfig":
                    return (T) stub.deleteTaskPushNotificationConfig((DeleteTaskPushNotificationConfigRequest) request);
                case "GetExtendedAgentCard": return (T) stub.getExtendedAgentCard((GetExtendedAgentCardRequest) request);
                default: throw new A2aException(A2aError.METHOD_NOT_FOUND, "No gRPC method for " + operation);
            }
        } catch (StatusRuntimeException e) {
            throw GrpcErrors.fromStatus(e);
        }
    }

    @Override
    public CompletableFuture<Void> stream(String operation, Message request, Consumer<StreamResponse> events) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        StreamObserver<StreamResponse> observer = GrpcChannel.observer(Function.identity(), events, GrpcErrors::fromStatus, done);
        A2AServiceGrpc.A2AServiceStub stub = channel.streaming(A2AServiceGrpc.newStub(channel.channel()));
        if ("SendStreamingMessage".equals(operation)) {
            stub.sendStreamingMessage((SendMessageRequest) request, observer);
        } else if ("SubscribeToTask".equals(operation)) {
            stub.subscribeToTask((SubscribeToTaskRequest) request, observer);
        } else {
            done.completeExceptionally(new A2aException(A2aError.METHOD_NOT_FOUND, operation + " does not stream"));
        }
        return done;
    }

    @Override
    public void close() {
        channel.close();
    }
}
