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
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.ChannelCredentials;
import io.grpc.InsecureChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The gRPC binding, client side: a channel to {@code host:port}, over TLS when the interface URL is {@code https},
 * with the service parameters as metadata.
 */
final class GrpcClientTransport implements ClientTransport {
    private static final Metadata.Key<String> VERSION = Metadata.Key.of("a2a-version", Metadata.ASCII_STRING_MARSHALLER);
    private static final Metadata.Key<String> EXTENSIONS = Metadata.Key.of("a2a-extensions", Metadata.ASCII_STRING_MARSHALLER);
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final ManagedChannel channel;
    private final Duration timeout;
    private final Supplier<String> authorization;
    private final List<String> extensions;

    /** @param address {@code host:port}, also accepted as {@code http://host:port}, or {@code https://host:port} for TLS */
    GrpcClientTransport(String address, ClientTls tls, Duration timeout, Supplier<String> authorization, List<String> extensions) {
        String bare = address.replaceFirst("^[a-z]+://", "").replaceFirst("/.*$", "");
        int colon = bare.lastIndexOf(':');
        if (colon < 0) {
            throw new A2aException(A2aError.INVALID_PARAMS, "A gRPC interface URL needs host:port, not " + address);
        }
        String host = bare.substring(0, colon).replace("[", "").replace("]", "");
        ChannelCredentials credentials = address.startsWith("https://") ? tls.grpcCredentials()
                : InsecureChannelCredentials.create();
        this.channel = NettyChannelBuilder.forAddress(host, Integer.parseInt(bare.substring(colon + 1)), credentials).build();
        this.timeout = timeout;
        this.authorization = authorization;
        this.extensions = List.copyOf(extensions);
    }

    private Metadata metadata() {
        Metadata metadata = new Metadata();
        metadata.put(VERSION, "1.0");
        if (!extensions.isEmpty()) {
            metadata.put(EXTENSIONS, String.join(",", extensions));
        }
        String auth = authorization == null ? null : authorization.get();
        if (auth != null && !auth.isEmpty()) {
            metadata.put(AUTHORIZATION, auth);
        }
        return metadata;
    }

    private A2AServiceGrpc.A2AServiceBlockingStub blocking() {
        return A2AServiceGrpc.newBlockingStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(metadata()))
                .withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
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
        StreamObserver<StreamResponse> observer = new StreamObserver<>() {
            @Override
            public void onNext(StreamResponse value) {
                events.accept(value);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(GrpcErrors.fromStatus(t));
            }

            @Override
            public void onCompleted() {
                done.complete(null);
            }
        };
        A2AServiceGrpc.A2AServiceStub stub = A2AServiceGrpc.newStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(metadata()));
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
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
