package io.agentwire.jsonrpc.peer;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.model.JsonRpcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The serving half of a peer: finds the handler for each inbound request, runs it on the executor within the
 * in-flight bound, and turns its outcome into exactly one response (or none, once cancelled). Notifications go
 * through an ordered lane.
 */
final class InboundDispatcher {
    private static final System.Logger LOG = System.getLogger(InboundDispatcher.class.getName());

    private final JsonRpcPeer peer;
    private final Executor executor;
    private final OrderedLane notificationLane;
    private final int maxInFlight;
    private final JsonRpcError cancelledRequestError;
    private final Map<String, AsyncRequestHandler> requestHandlers = new ConcurrentHashMap<>();
    private final Map<String, NotificationHandler> notificationHandlers = new ConcurrentHashMap<>();
    private final Map<JsonRpcId, RequestContext> inFlight = new ConcurrentHashMap<>();
    /** Counted apart from the map so that admission is one atomic step, not a racy size() check. */
    private final AtomicInteger inFlightCount = new AtomicInteger();

    InboundDispatcher(JsonRpcPeer peer, Executor executor, int maxInFlight, int maxQueuedNotifications,
            JsonRpcError cancelledRequestError) {
        this.peer = peer;
        this.executor = executor;
        this.maxInFlight = maxInFlight;
        this.notificationLane = new OrderedLane(executor, maxQueuedNotifications);
        this.cancelledRequestError = cancelledRequestError;
    }

    Registration registerRequestHandler(String method, AsyncRequestHandler handler) {
        return register(requestHandlers, method, handler);
    }

    Registration registerNotificationHandler(String method, NotificationHandler handler) {
        return register(notificationHandlers, method, handler);
    }

    private static <H> Registration register(Map<String, H> handlers, String method, H handler) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(handler, "handler");
        if (handlers.putIfAbsent(method, handler) != null) {
            throw new IllegalStateException("A handler for " + method + " is already registered");
        }
        return () -> handlers.remove(method, handler);
    }

    void dispatch(JsonRpcRequest request) {
        AsyncRequestHandler handler = requestHandlers.get(request.method());
        if (handler == null) {
            reply(request.id(), new JsonRpcError(JsonRpcError.METHOD_NOT_FOUND, "Method not found: " + request.method()));
            return;
        }
        if (inFlightCount.incrementAndGet() > maxInFlight) {
            inFlightCount.decrementAndGet();
            reply(request.id(), overloaded());
            return;
        }
        RequestContext context = new RequestContext(peer, request);
        if (inFlight.putIfAbsent(request.id(), context) != null) {
            inFlightCount.decrementAndGet();
            reply(request.id(), new JsonRpcError(JsonRpcError.INVALID_REQUEST,
                    "Invalid Request: id " + request.id() + " is already in use by a request in progress"));
            return;
        }
        if (peer.isClosed()) {
            // close() may have swept the in-flight table before we joined it; nobody would cancel us then.
            context.cancel("Peer closed");
            release(context);
            return;
        }
        try {
            executor.execute(() -> run(context, handler));
        } catch (RejectedExecutionException e) {
            release(context);
            reply(request.id(), overloaded());
        }
    }

    void dispatch(JsonRpcNotification notification) {
        NotificationHandler handler = notificationHandlers.get(notification.method());
        if (handler == null) {
            LOG.log(Level.DEBUG, () -> "Ignoring notification without handler: " + notification.method());
            return;
        }
        enqueue(notification.method(), handler, notification.params());
    }

    /** Delivers a notification in arrival order with the others, off the caller's (I/O) thread. */
    void enqueue(String method, NotificationHandler handler, JsonNode params) {
        boolean accepted = notificationLane.offer(() -> {
            if (peer.isClosed()) {
                return;
            }
            try {
                handler.handle(params);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Handler for notification " + method + " failed", e);
            }
        });
        if (!accepted) {
            LOG.log(Level.WARNING, "Dropped notification " + method + ": too many notifications queued");
        }
    }

    boolean cancel(JsonRpcId id, String reason) {
        RequestContext context = inFlight.get(id);
        return context != null && context.cancel(reason);
    }

    void cancelAll(String reason) {
        inFlight.values().forEach(context -> context.cancel(reason));
    }

    int inFlightCount() {
        return inFlightCount.get();
    }

    private void run(RequestContext context, AsyncRequestHandler handler) {
        CompletionStage<JsonNode> stage;
        try {
            context.throwIfCancelled();
            stage = Objects.requireNonNull(handler.handle(context, context.params()), "handler returned no stage");
        } catch (Throwable t) {
            finish(context, null, t);
            return;
        }
        context.attachWork(stage);
        stage.whenComplete((result, error) -> finish(context, result, error));
    }

    private void finish(RequestContext context, JsonNode result, Throwable error) {
        if (!release(context)) {
            return;
        }
        JsonRpcId id = context.id();
        if (context.isCancelled()) {
            // The caller no longer waits; protocols like MCP forbid answering, others (LSP) want an error.
            if (cancelledRequestError != null) {
                reply(id, cancelledRequestError);
            }
            return;
        }
        JsonRpcResponse response = error == null
                ? new JsonRpcResult(id, result == null ? NullNode.getInstance() : result)
                : new JsonRpcErrorResponse(id, errorFor(context, error));
        peer.sendResponse(response);
    }

    /** Frees the in-flight slot; {@code false} if it was already freed. */
    private boolean release(RequestContext context) {
        if (!inFlight.remove(context.id(), context)) {
            return false;
        }
        inFlightCount.decrementAndGet();
        return true;
    }

    private static JsonRpcError errorFor(RequestContext context, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof JsonRpcException e) {
            return e.error();
        }
        // The details stay in the local log: stack traces and messages may leak internals to the caller.
        LOG.log(Level.WARNING, "Handler for " + context.method() + " (request " + context.id() + ") failed", cause);
        return new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "Internal error");
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static JsonRpcError overloaded() {
        return new JsonRpcError(JsonRpcPeer.SERVER_OVERLOADED, "Server overloaded: too many requests in progress");
    }

    private void reply(JsonRpcId id, JsonRpcError error) {
        peer.sendResponse(new JsonRpcErrorResponse(id, error));
    }
}
