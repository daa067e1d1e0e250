package io.agentwire.jsonrpc.peer;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import tools.jackson.databind.JsonNode;

/**
 * What a request handler knows about the request it serves: its id, method and params, whether it has been
 * cancelled, and a way to talk back to the caller while working. Thread-safe.
 *
 * <p>Cancellation comes from {@link JsonRpcPeer#cancelInbound} (the protocol layer calls it when the caller
 * says so) or from {@link JsonRpcPeer#close}. Handlers poll {@link #isCancelled()} or register
 * {@link #onCancel}; the peer never interrupts a handler's thread. Once cancelled, the handler's eventual
 * result is discarded.
 */
public final class RequestContext {
    private static final System.Logger LOG = System.getLogger(RequestContext.class.getName());

    private final JsonRpcPeer peer;
    private final JsonRpcRequest request;
    /** Completed with the reason (possibly {@code null}) when the request is cancelled. */
    private final CompletableFuture<String> cancellation = new CompletableFuture<>();
    private volatile Future<?> work;

    RequestContext(JsonRpcPeer peer, JsonRpcRequest request) {
        this.peer = peer;
        this.request = request;
    }

    public JsonRpcId id() {
        return request.id();
    }

    public String method() {
        return request.method();
    }

    /** The request's params, or {@code null} when it carried none. */
    public JsonNode params() {
        return request.params();
    }

    public JsonRpcRequest request() {
        return request;
    }

    public JsonRpcPeer peer() {
        return peer;
    }

    public boolean isCancelled() {
        return cancellation.isDone();
    }

    /** Why the request was cancelled; {@code null} when it was not, or when no reason was given. */
    public String cancellationReason() {
        return cancellation.getNow(null);
    }

    /** Throws {@link CancellationException} if the request was cancelled; handy between steps of long work. */
    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException(Objects.requireNonNullElse(cancellationReason(), "Request cancelled"));
        }
    }

    /**
     * Runs the callback with the cancellation reason (possibly {@code null}) when the request is cancelled, or
     * at once if it already is. It runs on the thread that cancels, so it should be short (for example,
     * interrupt the worker thread or close a stream).
     */
    public void onCancel(Consumer<String> callback) {
        Objects.requireNonNull(callback, "callback");
        cancellation.thenAccept(reason -> {
            try {
                callback.accept(reason);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cancellation callback for request " + id() + " failed", e);
            }
        });
    }

    /** Sends a notification that belongs to this request (progress, logging), routed with the request's id. */
    public void notify(String method, JsonNode params) {
        peer.send(new JsonRpcNotification(method, params), id());
    }

    /** Sends a request to the caller on behalf of this one, with the peer's default timeout. */
    public CompletableFuture<JsonNode> request(String method, JsonNode params) {
        return newRequest(method).params(params).send();
    }

    /** Starts a request to the caller on behalf of this one, for when timeout, id or progress need setting. */
    public OutboundRequest newRequest(String method) {
        return peer.newRequest(method).relatedTo(id());
    }

    /** Marks the request cancelled; returns {@code false} if it already was. */
    boolean cancel(String reason) {
        if (!cancellation.complete(reason)) {
            return false;
        }
        Future<?> pending = work;
        if (pending != null) {
            pending.cancel(true);
        }
        return true;
    }

    /** Remembers the async handler's stage so that cancelling the request cancels the work too. */
    void attachWork(CompletionStage<?> stage) {
        if (stage instanceof Future<?> future) {
            work = future;
            if (isCancelled()) {
                future.cancel(true); // cancelled between the handler's return and this call
            }
        }
    }
}
