package io.agentwire.mcp.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;

/**
 * Gives the in-flight permit of a request back as its response goes out, so that a client that sends its next
 * request on receiving an answer never meets a slot still held by the request it already has the answer to.
 */
final class PermitReturningSink implements ResponseSink {
    private final ResponseSink delegate;
    private final Semaphore permits;
    private final AtomicBoolean held = new AtomicBoolean(true);

    PermitReturningSink(ResponseSink delegate, Semaphore permits) {
        this.delegate = delegate;
        this.permits = permits;
    }

    @Override
    public void notify(JsonRpcNotification notification) {
        delegate.notify(notification);
    }

    @Override
    public void request(JsonRpcRequest request) {
        delegate.request(request);
    }

    @Override
    public void respond(JsonRpcResponse response) {
        release();
        delegate.respond(response);
    }

    @Override
    public boolean pause(long retryMillis) {
        return delegate.pause(retryMillis);
    }

    @Override
    public void onAbandoned(Runnable callback) {
        delegate.onAbandoned(callback);
    }

    void release() {
        if (held.compareAndSet(true, false)) {
            permits.release();
        }
    }
}
