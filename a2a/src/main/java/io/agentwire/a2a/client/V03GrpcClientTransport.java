package io.agentwire.a2a.client;

import com.google.protobuf.Message;
import io.agentwire.a2a.compat.V03Errors;
import io.agentwire.a2a.compat.V03Protos;
import io.agentwire.a2a.compat.proto.A2AServiceGrpc;
import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.transport.grpc.GrpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The A2A 0.3 gRPC binding, client side: service {@code a2a.v1.A2AService} with {@code a2a-version: 0.3}, requests
 * and results translated through {@link V03ProtoCalls}. Errors are read from the 0.3 name that starts the status
 * description ({@code "TaskNotFoundError: ..."}), else as for 1.0 (an {@code ErrorInfo}, else the status code).
 */
final class V03GrpcClientTransport implements ClientTransport {
    private final GrpcChannel channel;

    V03GrpcClientTransport(String address, ClientTls tls, Duration timeout, Supplier<String> authorization, List<String> extensions) {
        this.channel = new GrpcChannel(address, tls, timeout, authorization, extensions, "0.3");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Message> T call(String operation, Message request, T responseType) {
        Message v03 = V03ProtoCalls.request(operation, request);
        A2AServiceGrpc.A2AServiceBlockingStub stub = channel.unary(A2AServiceGrpc.newBlockingStub(channel.channel()));
        try {
            return (T) V03ProtoCalls.result(unary(stub, operation, v03));
        } catch (StatusRuntimeException e) {
            throw failure(e);
        }
    }

    private static Message unary(A2AServiceGrpc.A2AServiceBlockingStub stub, String operation, Message request) {
        switch (operation) {
            case "SendMessage": return stub.sendMessage((V03Proto.SendMessageRequest) request);
            case "GetTask": return stub.getTask((V03Proto.GetTaskRequest) request);
            case "CancelTask": return stub.cancelTask((V03Proto.CancelTaskRequest) request);
            case "CreateTaskPushNotificationConfig":
                return stub.createTaskPushNotificationConfig((V03Proto.CreateTaskPushNotificationConfigRequest) request);
            case "GetTaskPushNotificationConfig":
                return stub.getTaskPushNotificationConfig((V03Proto.GetTaskPushNotificationConfigRequest) request);
            case "ListTaskPushNotificationConfigs":
                return stub.listTaskPushNotificationConfig((V03Proto.ListTaskPushNotificationConfigRequest) request);
            case "DeleteTaskPushNotificationConfig":
                return stub.deleteTaskPushNotificationConfig((V03Proto.DeleteTaskPushNotificationConfigRequest) request);
            case "GetExtendedAgentCard": return stub.getAgentCard((V03Proto.GetAgentCardRequest) request);
            default: throw new A2aException(A2aError.UNSUPPORTED_OPERATION, operation + " is not unary in A2A 0.3");
        }
    }

    @Override
    public CompletableFuture<Void> stream(String operation, Message request, Consumer<StreamResponse> events) {
        Message v03 = V03ProtoCalls.request(operation, request);
        CompletableFuture<Void> done = new CompletableFuture<>();
        StreamObserver<V03Proto.StreamResponse> observer = GrpcChannel.observer(V03Protos::fromV03, events,
                V03GrpcClientTransport::failure, done);
        A2AServiceGrpc.A2AServiceStub stub = channel.streaming(A2AServiceGrpc.newStub(channel.channel()));
        if (v03 instanceof V03Proto.SendMessageRequest) {
            stub.sendStreamingMessage((V03Proto.SendMessageRequest) v03, observer);
        } else if (v03 instanceof V03Proto.TaskSubscriptionRequest) {
            stub.taskSubscription((V03Proto.TaskSubscriptionRequest) v03, observer);
        } else {
            done.completeExceptionally(new A2aException(A2aError.METHOD_NOT_FOUND, operation + " does not stream"));
        }
        return done;
    }

    static A2aException failure(Throwable failure) {
        A2aException named = V03Errors.fromDescription(Status.fromThrowable(failure).getDescription(), failure);
        return named != null ? named : GrpcErrors.fromStatus(failure);
    }

    @Override
    public void close() {
        channel.close();
    }
}
