package io.agentwire.a2a.transport.grpc;

import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.server.StreamSink;
import io.grpc.stub.ServerCallStreamObserver;

/** A stream of A2A events as a gRPC server stream; a client that cancels marks the sink closed. */
final class GrpcStreamSink implements StreamSink {
    private final ServerCallStreamObserver<StreamResponse> observer;
    private volatile boolean done;

    GrpcStreamSink(ServerCallStreamObserver<StreamResponse> observer) {
        this.observer = observer;
        observer.setOnCancelHandler(() -> done = true);
    }

    @Override
    public synchronized void event(StreamResponse event) {
        if (!done) {
            observer.onNext(event);
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
            observer.onError(GrpcErrors.toStatus(error));
        }
    }

    @Override
    public boolean closed() {
        return done || observer.isCancelled();
    }
}
