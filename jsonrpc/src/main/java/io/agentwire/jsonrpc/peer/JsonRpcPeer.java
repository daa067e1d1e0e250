package io.agentwire.jsonrpc.peer;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import tools.jackson.databind.JsonNode;

/**
 * One end of a JSON-RPC 2.0 conversation, independent of the transport: it serves the requests and
 * notifications it {@link #receive receives} with registered handlers, and correlates the responses to the
 * requests it sends through its {@link MessageSink}. Both directions work at once, so the same class is the MCP
 * server, the MCP client and the A2A endpoint. Protocol specifics (cancellation and progress notifications)
 * are plugged in, never hard-coded. Thread-safe; no lock is held while user code runs.
 *
 * <pre>{@code
 * JsonRpcPeer peer = JsonRpcPeer.builder()
 *         .sink(message -> channel.writeAndFlush(codec.encode(message)))
 *         .progressMethod("notifications/progress")
 *         .build();
 * peer.onRequest("ping", (context, params) -> mapper.createObjectNode());
 * // transport: for every decoded message, peer.receive(message); on disconnect, peer.close(cause)
 * JsonNode result = peer.request("tools/list", null).get();
 * }</pre>
 *
 * <h2>Threads</h2>
 * Request handlers run concurrently on the handler executor. Notification handlers and progress listeners run
 * on the same executor but one at a time, in arrival order. Futures returned by {@link #request} complete on the
 * handler executor, not on the thread calling {@link #receive}. Callbacks registered with
 * {@link RequestContext#onCancel}, the {@link CancellationNotifier} and the {@link UnmatchedResponseListener}
 * run on whichever thread triggered them, so they must be short.
 *
 * <h2>Errors sent for inbound requests</h2>
 * Unknown method: {@code -32601}. More than {@link Builder#maxInFlightRequests} requests in progress, or the
 * executor refused the handler: {@link #SERVER_OVERLOADED}. A handler's
 * {@link io.agentwire.jsonrpc.JsonRpcException}: its own error. Any other failure: {@code -32603 Internal error},
 * logged locally with its stack trace, which never goes on the wire. An id still in use by a request in
 * progress: {@code -32600}.
 */
public final class JsonRpcPeer implements AutoCloseable {
    /**
     * Error code sent when an inbound request is refused because too many are in progress. In the range
     * JSON-RPC reserves for implementation-defined server errors; the caller may retry later.
     */
    public static final int SERVER_OVERLOADED = -32000;
    public static final int DEFAULT_MAX_IN_FLIGHT_REQUESTS = 1024;
    public static final int DEFAULT_MAX_QUEUED_NOTIFICATIONS = 10_000;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final System.Logger LOG = System.getLogger(JsonRpcPeer.class.getName());

    private final String name;
    private final MessageSink sink;
    private final ProgressRouter progress;
    private final InboundDispatcher inbound;
    private final OutboundCalls outbound;
    private final AtomicReference<Throwable> closeCause = new AtomicReference<>();

    private JsonRpcPeer(Builder builder) {
        this.name = builder.name;
        this.sink = Objects.requireNonNull(builder.sink, "sink is required");
        Executor executor = builder.executor != null ? builder.executor : PeerExecutors.defaultHandlerExecutor();
        ScheduledExecutorService scheduler = builder.timeoutScheduler != null
                ? builder.timeoutScheduler
                : PeerExecutors.defaultTimeoutScheduler();
        UnmatchedResponseListener unmatched = builder.unmatchedResponseListener != null
                ? builder.unmatchedResponseListener
                : this::logUnmatched;
        this.progress = new ProgressRouter(builder.progressMethod);
        this.inbound = new InboundDispatcher(this, executor, builder.maxInFlightRequests,
                builder.maxQueuedNotifications, builder.cancelledRequestError);
        this.outbound = new OutboundCalls(this, executor, scheduler, builder.defaultTimeout,
                builder.cancellationNotifier, unmatched, progress);
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- serving ----------------------------------------------------------------------------------------

    /**
     * Serves {@code method} with a handler that computes the result on a handler-executor thread.
     *
     * @throws IllegalStateException if the method already has a request handler
     */
    public Registration onRequest(String method, RequestHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return inbound.registerRequestHandler(method, (context, params) -> {
            try {
                return CompletableFuture.completedFuture(handler.handle(context, params));
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    /**
     * Serves {@code method} with a handler that returns a stage completing later.
     *
     * @throws IllegalStateException if the method already has a request handler
     */
    public Registration onRequestAsync(String method, AsyncRequestHandler handler) {
        return inbound.registerRequestHandler(method, handler);
    }

    /**
     * Consumes notifications of {@code method}; notifications without a handler are ignored.
     *
     * @throws IllegalStateException if the method already has a notification handler
     */
    public Registration onNotification(String method, NotificationHandler handler) {
        return inbound.registerNotificationHandler(method, handler);
    }

    /**
     * Routes progress notifications to {@code listener}: those whose method is the configured
     * {@link Builder#progressMethod} and whose {@code params.progressToken} equals {@code token} (a string or a
     * number; {@code "1"} and {@code 1} differ). Progress notifications matching no listener go to the
     * notification handler of the progress method, if any. Prefer {@link OutboundRequest#onProgress}, which
     * unregisters by itself when the request completes.
     *
     * @throws IllegalArgumentException if the token is neither a string nor a number
     * @throws IllegalStateException if the token already has a listener
     */
    public Registration onProgress(JsonNode token, ProgressListener listener) {
        return progress.register(token, listener);
    }

    /**
     * Hands one inbound message to the peer. Returns quickly and never throws for anything the remote side
     * sent: requests are answered through the sink, responses settle pending requests (or go to the
     * {@link UnmatchedResponseListener}), notifications are queued for their handler. Ignored once closed.
     */
    public void receive(JsonRpcMessage message) {
        Objects.requireNonNull(message, "message");
        if (isClosed()) {
            LOG.log(Level.DEBUG, () -> name + ": dropping message received after close: " + message);
            return;
        }
        if (message instanceof JsonRpcRequest request) {
            inbound.dispatch(request);
        } else if (message instanceof JsonRpcNotification notification) {
            ProgressListener listener = progress.listenerFor(notification);
            if (listener != null) {
                inbound.enqueue(notification.method(), listener::onProgress, notification.params());
            } else {
                inbound.dispatch(notification);
            }
        } else {
            outbound.complete((JsonRpcResponse) message);
        }
    }

    /**
     * Marks an inbound request cancelled: its context reports it, its {@link RequestContext#onCancel} callbacks
     * run, an async handler's future is cancelled, and no response is sent for it (unless
     * {@link Builder#cancelledRequestError} says otherwise). The protocol layer calls this when the remote side
     * cancels (MCP: {@code notifications/cancelled}).
     *
     * @return {@code false} if no request with that id is in progress (finished already, or never seen)
     */
    public boolean cancelInbound(JsonRpcId id, String reason) {
        return inbound.cancel(Objects.requireNonNull(id, "id"), reason);
    }

    // ---- calling ----------------------------------------------------------------------------------------

    /** Sends a request with a generated id and the default timeout; see {@link OutboundRequest#send()}. */
    public CompletableFuture<JsonNode> request(String method, JsonNode params) {
        return newRequest(method).params(params).send();
    }

    /**
     * Sends a request with a generated id; see {@link OutboundRequest#send()}.
     *
     * @param timeout {@code null} for the default, {@link Duration#ZERO} to wait forever
     */
    public CompletableFuture<JsonNode> request(String method, JsonNode params, Duration timeout) {
        return newRequest(method).params(params).timeout(timeout).send();
    }

    /** Starts a request with more options (id, timeout, progress, related inbound request). */
    public OutboundRequest newRequest(String method) {
        return new OutboundRequest(outbound, method);
    }

    /**
     * Abandons a pending outbound request: its future fails with a {@link java.util.concurrent.CancellationException}
     * carrying the reason, and the {@link CancellationNotifier} is called with it.
     *
     * @return {@code false} if no request with that id is pending
     */
    public boolean cancelOutbound(JsonRpcId id, String reason) {
        return outbound.cancel(Objects.requireNonNull(id, "id"), reason);
    }

    /**
     * Sends a notification.
     *
     * @param params an object or array node, or {@code null} for none
     * @throws IllegalStateException if the peer is closed
     */
    public void notify(String method, JsonNode params) {
        send(new JsonRpcNotification(method, params), null);
    }

    // ---- lifecycle --------------------------------------------------------------------------------------

    /**
     * Closes the peer: pending outbound requests fail with {@code cause}, in-progress inbound requests are
     * cancelled (their responses are not sent), and later messages are ignored. Idempotent; the first cause
     * wins. Call it when the transport's connection ends.
     */
    public void close(Throwable cause) {
        Objects.requireNonNull(cause, "cause");
        if (!closeCause.compareAndSet(null, cause)) {
            return;
        }
        outbound.failAll(cause);
        inbound.cancelAll("Peer closed: " + cause.getMessage());
    }

    /** Closes the peer with an {@link IllegalStateException} saying so. */
    @Override
    public void close() {
        close(new IllegalStateException("JSON-RPC peer " + name + " closed"));
    }

    public boolean isClosed() {
        return closeCause.get() != null;
    }

    /** Inbound requests whose handlers are still running. */
    public int inFlightInboundRequests() {
        return inbound.inFlightCount();
    }

    /** Outbound requests still waiting for their response. */
    public int pendingOutboundRequests() {
        return outbound.pendingCount();
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "JsonRpcPeer[" + name + (isClosed() ? ", closed]" : "]");
    }

    // ---- internals shared with the two halves ---------------------------------------------------------

    IllegalStateException closedException() {
        return new IllegalStateException("JSON-RPC peer " + name + " is closed", closeCause.get());
    }

    /** Sends an outbound request or notification; fails when closed. */
    void send(JsonRpcMessage message, JsonRpcId relatedRequestId) {
        if (isClosed()) {
            throw closedException();
        }
        sink.send(message, relatedRequestId);
    }

    /** Sends a response; a response that cannot be delivered only concerns the log. */
    void sendResponse(JsonRpcResponse response) {
        if (isClosed()) {
            LOG.log(Level.DEBUG, () -> name + ": not answering request " + response.id() + " after close");
            return;
        }
        try {
            sink.send(response, response.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + ": could not send the response to request " + response.id(), e);
        }
    }

    private void logUnmatched(JsonRpcResponse response) {
        LOG.log(Level.DEBUG, () -> name + ": response matches no pending request (late, duplicate or unreadable): id "
                + response.id());
    }

    /** Configures a {@link JsonRpcPeer}. Only the {@link #sink} is required. */
    public static final class Builder {
        private String name = "jsonrpc";
        private MessageSink sink;
        private Executor executor;
        private ScheduledExecutorService timeoutScheduler;
        private int maxInFlightRequests = DEFAULT_MAX_IN_FLIGHT_REQUESTS;
        private int maxQueuedNotifications = DEFAULT_MAX_QUEUED_NOTIFICATIONS;
        private Duration defaultTimeout = DEFAULT_REQUEST_TIMEOUT;
        private CancellationNotifier cancellationNotifier = CancellationNotifier.NONE;
        private UnmatchedResponseListener unmatchedResponseListener;
        private String progressMethod;
        private JsonRpcError cancelledRequestError;

        private Builder() {
        }

        /** Where outbound messages go; supplied by the transport. Required. */
        public Builder sink(MessageSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** A label for log messages, e.g. {@code "mcp-server stdio"}. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Runs handlers and completes futures. Default: a virtual thread per task on JDK 21+, otherwise a shared
         * cached pool of at most 512 daemon threads that never queues. If the executor rejects a handler, the
         * request is answered with {@link JsonRpcPeer#SERVER_OVERLOADED}. The peer never shuts it down.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** Fires request timeouts. Default: one shared daemon thread. The peer never shuts it down. */
        public Builder timeoutScheduler(ScheduledExecutorService scheduler) {
            this.timeoutScheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /**
         * How many inbound requests may be in progress at once (default {@value JsonRpcPeer#DEFAULT_MAX_IN_FLIGHT_REQUESTS});
         * beyond it requests are answered at once with {@link JsonRpcPeer#SERVER_OVERLOADED} instead of being queued.
         */
        public Builder maxInFlightRequests(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxInFlightRequests must be at least 1: " + max);
            }
            this.maxInFlightRequests = max;
            return this;
        }

        /**
         * How many received notifications may wait for their handlers (default
         * {@value JsonRpcPeer#DEFAULT_MAX_QUEUED_NOTIFICATIONS}); beyond it they are dropped with a warning.
         */
        public Builder maxQueuedNotifications(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxQueuedNotifications must be at least 1: " + max);
            }
            this.maxQueuedNotifications = max;
            return this;
        }

        /** Timeout of outbound requests that set none (default 60 s); {@link Duration#ZERO} disables it. */
        public Builder defaultTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must not be negative: " + timeout);
            }
            this.defaultTimeout = timeout;
            return this;
        }

        /** Tells the remote side about abandoned requests; default {@link CancellationNotifier#NONE}. */
        public Builder cancellationNotifier(CancellationNotifier notifier) {
            this.cancellationNotifier = Objects.requireNonNull(notifier, "notifier");
            return this;
        }

        /** Hears about responses matching no pending request; default: a DEBUG log line. */
        public Builder unmatchedResponseListener(UnmatchedResponseListener listener) {
            this.unmatchedResponseListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The notification method that carries progress, whose {@code params.progressToken} selects the
         * {@link ProgressListener} (MCP: {@code "notifications/progress"}). Default {@code null}: no routing.
         */
        public Builder progressMethod(String method) {
            this.progressMethod = method;
            return this;
        }

        /**
         * The error to answer a cancelled inbound request with once its handler ends. Default {@code null}: no
         * answer at all, as MCP requires. LSP-style protocols pass their "request cancelled" error.
         */
        public Builder cancelledRequestError(JsonRpcError error) {
            this.cancelledRequestError = error;
            return this;
        }

        public JsonRpcPeer build() {
            return new JsonRpcPeer(this);
        }
    }
}
