package io.agentwire.a2a.transport.grpc;

import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.server.StreamSink;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import java.util.function.Function;

/**
 * A stream of A2A events as a gRPC server stream of {@code T} (the 1.0 {@code StreamResponse} or another version's);
 * a client that cancels marks the sink closed.
 */
final class GrpcStreamSink<T> implements StreamSink {
    private final ServerCallStreamObserver<T> observer;
    private final Function<StreamResponse, T> events;
    private final Function<A2aException, StatusRuntimeException> errors;
    private volatile boolean done;

    GrpcStreamSink(ServerCallStreamObserver<T> observer, Function<StreamResponse, T> events,
                   Function<A2aException, StatusRuntimeException> errors) {
        this.observer = observer;
        this.events = events;
        this.errors = errors;
        observer.setOnCancelHandler(() -> done = true);
    }

    @Override
    public synchronized void event(StreamResponse event) {
        if (!done) {
            observer.onNext(events.apply(event));
        }
    }

    @Override
    public synchronized void end() {
        if (!done) {
            done = true;
            observer.onCompleted();
        }
    }

    @Override
    public synchronized void error(A2aException error) {
        if (!done) {
            done = true;
            observer.onError(errors.apply(error));
        }
    }

    @Override
    public boolean closed() {
        return done || observer.isCancelled();
    }
}
