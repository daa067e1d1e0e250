package io.agentwire.a2a.transport.grpc;

import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.server.CallContext;
import io.agentwire.a2a.server.StreamSink;
import io.agentwire.a2a.transport.ServiceParameters;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every gRPC service of ours does around an engine call, whatever A2A version it speaks: the call context
 * from the metadata (version check and caller authentication included), unary answers, answers from a future, and
 * server streams. Each service passes how its version spells errors and stream events.
 */
public final class GrpcCalls {
    private GrpcCalls() {
    }

    /** The context of the call being served, refused unless it asks for {@code supportedVersion}. */
    public static CallContext context(GrpcCallerResolver callers, String supportedVersion, String tenant) {
        Metadata headers = GrpcServiceParameters.HEADERS.get();
        Metadata metadata = headers == null ? new Metadata() : headers;
        Iterable<String> extensions = metadata.getAll(GrpcServiceParameters.EXTENSIONS);
        List<String> values = new ArrayList<>();
        if (extensions != null) {
            extensions.forEach(values::add);
        }
        return ServiceParameters.callContext(ServiceParameters.majorMinor(metadata.get(GrpcServiceParameters.VERSION)),
                ServiceParameters.splitExtensions(values), supportedVersion, callers.caller(metadata), tenant);
    }

    public static <T> void unary(StreamObserver<T> out, Function<A2aException, StatusRuntimeException> errors,
                                 Supplier<T> operation) {
        T result;
        try {
            result = operation.get();
        } catch (RuntimeException e) {
            out.onError(errors.apply(A2aException.from(e)));
            return;
        }
        out.onNext(result);
        out.onCompleted();
    }

    /** Answers when the future completes, so that no gRPC thread waits for the agent. */
    public static <T> void later(StreamObserver<T> out, Function<A2aException, StatusRuntimeException> errors,
                                 Supplier<CompletableFuture<T>> operation) {
        try {
            operation.get().whenComplete((result, error) -> {
                if (error != null) {
                    out.onError(errors.apply(A2aException.from(error)));
                } else {
                    out.onNext(result);
                    out.onCompleted();
                }
            });
        } catch (RuntimeException e) {
            out.onError(errors.apply(A2aException.from(e)));
        }
    }

    /** Starts a stream whose engine events are sent as {@code events} makes them. */
    public static <T> void streaming(StreamObserver<T> out, Function<StreamResponse, T> events,
                                     Function<A2aException, StatusRuntimeException> errors, Consumer<StreamSink> start) {
        GrpcStreamSink<T> sink = new GrpcStreamSink<>((ServerCallStreamObserver<T>) out, events, errors);
        try {
            start.accept(sink);
        } catch (RuntimeException e) {
            sink.error(A2aException.from(e));
        }
    }
}
