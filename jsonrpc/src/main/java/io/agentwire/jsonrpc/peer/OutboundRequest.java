package io.agentwire.jsonrpc.peer;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import io.agentwire.jsonrpc.model.JsonRpcId;
import tools.jackson.databind.JsonNode;

/**
 * One request about to be sent, for when {@link JsonRpcPeer#request(String, JsonNode)} is not enough: a chosen
 * id, a timeout, a progress listener, or routing with an inbound request. Obtain it from
 * {@link JsonRpcPeer#newRequest} or {@link RequestContext#newRequest}, set what is needed, then {@link #send()}
 * once. Not thread-safe; use from one thread.
 */
public final class OutboundRequest {
    private final OutboundCalls calls;
    private final String method;
    private JsonNode params;
    private JsonRpcId id;
    private Duration timeout;
    private JsonNode progressToken;
    private ProgressListener progressListener;
    private JsonRpcId relatedTo;

    OutboundRequest(OutboundCalls calls, String method) {
        this.calls = calls;
        this.method = Objects.requireNonNull(method, "method");
    }

    /** An object or array node, or {@code null} (the default) to send no params. */
    public OutboundRequest params(JsonNode params) {
        this.params = params;
        return this;
    }

    /**
     * Uses this id instead of the next generated number. It must not equal the id of a request still pending
     * on this peer, or {@link #send()} fails with {@link IllegalArgumentException}.
     */
    public OutboundRequest id(JsonRpcId id) {
        this.id = id;
        return this;
    }

    /**
     * How long to wait for the response; {@code null} means the peer's default and {@link Duration#ZERO} means
     * wait forever.
     */
    public OutboundRequest timeout(Duration timeout) {
        if (timeout != null && timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        this.timeout = timeout;
        return this;
    }

    /**
     * Routes progress notifications carrying {@code token} to the listener until this request completes. The
     * peer does not put the token into the params: where it goes is the protocol's business (MCP:
     * {@code params._meta.progressToken}), so the caller does that itself.
     */
    public OutboundRequest onProgress(JsonNode token, ProgressListener listener) {
        this.progressToken = Objects.requireNonNull(token, "token");
        this.progressListener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Marks the request as sent on behalf of an inbound request, so the sink can route it with that one. */
    public OutboundRequest relatedTo(JsonRpcId inboundRequestId) {
        this.relatedTo = inboundRequestId;
        return this;
    }

    /**
     * Sends the request. The future completes with the result; fails with
     * {@link io.agentwire.jsonrpc.JsonRpcException} for an error response, {@link java.util.concurrent.TimeoutException}
     * on timeout, {@link IllegalStateException} if the peer is closed, or whatever the sink threw; and
     * cancelling it abandons the request and calls the peer's {@link CancellationNotifier}.
     */
    public CompletableFuture<JsonNode> send() {
        return calls.send(this);
    }

    String method() {
        return method;
    }

    JsonNode params() {
        return params;
    }

    JsonRpcId id() {
        return id;
    }

    Duration timeout() {
        return timeout;
    }

    JsonNode progressToken() {
        return progressToken;
    }

    ProgressListener progressListener() {
        return progressListener;
    }

    JsonRpcId relatedTo() {
        return relatedTo;
    }
}
