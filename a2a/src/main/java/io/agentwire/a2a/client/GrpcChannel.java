package io.agentwire.a2a.client;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.StreamResponse;
import io.grpc.ChannelCredentials;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the gRPC transports of both A2A versions share: a channel to {@code host:port}, over TLS when the interface
 * URL is {@code https}, the service parameters as metadata ({@code a2a-version}, {@code a2a-extensions},
 * {@code authorization}) on every call, the deadline of unary calls, and server streams turned into events.
 */
final class GrpcChannel implements AutoCloseable {
    private static final Metadata.Key<String> VERSION = Metadata.Key.of("a2a-version", Metadata.ASCII_STRING_MARSHALLER);
    private static final Metadata.Key<String> EXTENSIONS = Metadata.Key.of("a2a-extensions", Metadata.ASCII_STRING_MARSHALLER);
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final ManagedChannel channel;
    private final Duration timeout;
    private final Supplier<String> authorization;
    private final List<String> extensions;
    private final String version;

    /** @param address {@code host:port}, also accepted as {@code http://host:port}, or {@code https://host:port} for TLS */
    GrpcChannel(String address, ClientTls tls, Duration timeout, Supplier<String> authorization, List<String> extensions,
                String version) {
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
        this.version = version;
    }

    ManagedChannel channel() {
        return channel;
    }

    private Metadata metadata() {
        Metadata metadata = new Metadata();
        metadata.put(VERSION, version);
        if (!extensions.isEmpty()) {
            metadata.put(EXTENSIONS, String.join(",", extensions));
        }
        String auth = authorization == null ? null : authorization.get();
        if (auth != null && !auth.isEmpty()) {
            metadata.put(AUTHORIZATION, auth);
        }
        return metadata;
    }

    /** The stub for one unary call: this call's metadata and the client's timeout as its deadline. */
    <S extends AbstractStub<S>> S unary(S stub) {
        return streaming(stub).withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The stub for one stream: this call's metadata, no deadline (streams last as long as their task). */
    <S extends AbstractStub<S>> S streaming(S stub) {
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(metadata()));
    }

    /** Receives a server stream of {@code T}, passing each on as a 1.0 event and completing {@code done} at its end. */
    static <T> StreamObserver<T> observer(Function<T, StreamResponse> events, Consumer<StreamResponse> consumer,
                                          Function<Throwable, A2aException> errors, CompletableFuture<Void> done) {
        return new StreamObserver<>() {
            @Override
            public void onNext(T value) {
                consumer.accept(events.apply(value));
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(errors.apply(t));
            }

            @Override
            public void onCompleted() {
                done.complete(null);
            }
        };
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
