package io.agentwire.mcp.server;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.model.JsonRpcResult;
import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.ProtocolVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * State of one legacy-era connection or HTTP session: what {@code initialize} negotiated, the client's log level
 * and resource subscriptions, requests in flight (for cancellation) and server-to-client requests awaiting an
 * answer. Kept small, since a server may hold many idle sessions.
 */
public final class LegacySession implements CallScope {
    private final String id;
    private volatile ProtocolVersion version = ProtocolVersion.LATEST_LEGACY;
    private volatile JsonNode clientCapabilities = JsonNodeFactory.instance.objectNode();
    private volatile JsonNode clientInfo;
    private volatile LoggingLevel logLevel = LoggingLevel.DEBUG;
    private volatile boolean initialized;
    private volatile boolean closed;
    private volatile long lastActive = System.nanoTime();
    private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
    private final Map<JsonRpcId, RequestContextImpl> inFlight = new ConcurrentHashMap<>();
    private final Map<JsonRpcId, CompletableFuture<JsonNode>> awaitingClient = new ConcurrentHashMap<>();
    private final AtomicLong nextOutboundId = new AtomicLong();
    private volatile Consumer<JsonRpcMessage> outlet = message -> { };

    public LegacySession(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public ProtocolVersion version() {
        return version;
    }

    @Override
    public JsonNode clientCapabilities() {
        return clientCapabilities;
    }

    @Override
    public LoggingLevel logLevel() {
        return logLevel;
    }

    @Override
    public LegacySession session() {
        return this;
    }

    void initialize(ProtocolVersion version, JsonNode capabilities, JsonNode clientInfo) {
        this.version = version;
        this.clientCapabilities = capabilities == null ? JsonNodeFactory.instance.objectNode() : capabilities;
        this.clientInfo = clientInfo;
    }

    public JsonNode clientInfo() {
        return clientInfo;
    }

    void markInitialized() {
        initialized = true;
    }

    public boolean isInitialized() {
        return initialized;
    }

    void setLogLevel(LoggingLevel level) {
        this.logLevel = level;
    }

    Set<String> subscriptions() {
        return subscriptions;
    }

    public void touch() {
        lastActive = System.nanoTime();
    }

    public long idleNanos() {
        return System.nanoTime() - lastActive;
    }

    /**
     * Where messages unrelated to any request go (list changes, resource updates): the standalone GET stream on
     * HTTP, stdout on stdio. Transports set it; until then such messages are dropped.
     */
    public void setOutlet(Consumer<JsonRpcMessage> outlet) {
        this.outlet = outlet;
    }

    void sendUnsolicited(JsonRpcMessage message) {
        if (!closed) {
            outlet.accept(message);
        }
    }

    /** A sink onto the session's own channel, for messages that outlive the request that caused them. */
    ResponseSink outletSink() {
        return new ResponseSink() {
            @Override
            public void notify(io.agentwire.jsonrpc.model.JsonRpcNotification notification) {
                sendUnsolicited(notification);
            }

            @Override
            public void request(JsonRpcRequest request) {
                sendUnsolicited(request);
            }

            @Override
            public void respond(JsonRpcResponse response) {
                sendUnsolicited(response);
            }
        };
    }

    void track(JsonRpcId requestId, RequestContextImpl context) {
        inFlight.put(requestId, context);
    }

    void untrack(JsonRpcId requestId) {
        inFlight.remove(requestId);
    }

    /** Handles {@code notifications/cancelled}: the request stops and its response is suppressed. */
    void cancel(JsonRpcId requestId) {
        RequestContextImpl context = inFlight.get(requestId);
        if (context != null) {
            context.cancel();
        }
    }

    /** Sends a server-to-client request through the given sink and waits for the client's answer. */
    JsonNode askClient(ResponseSink sink, String method, JsonNode params, Duration timeout) throws InterruptedException {
        JsonRpcId requestId = JsonRpcId.of(nextOutboundId.incrementAndGet());
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        awaitingClient.put(requestId, answer);
        try {
            sink.request(new JsonRpcRequest(requestId, method, params));
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof JsonRpcException rpc) {
                throw rpc;
            }
            throw new IllegalStateException("client request failed", e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new JsonRpcException(-32001, "Client did not answer " + method + " within " + timeout.toSeconds() + " s");
        } finally {
            awaitingClient.remove(requestId);
        }
    }

    /** Delivers a client's response to a server-to-client request; returns false if nobody waits for it. */
    public boolean deliver(JsonRpcResponse response) {
        CompletableFuture<JsonNode> answer = response.id() == null ? null : awaitingClient.remove(response.id());
        if (answer == null) {
            return false;
        }
        if (response instanceof JsonRpcResult result) {
            answer.complete(result.result());
        } else {
            answer.completeExceptionally(new JsonRpcException(((JsonRpcErrorResponse) response).error()));
        }
        return true;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Ends the session: in-flight requests are cancelled and waiting server-to-client requests fail. */
    public void close() {
        closed = true;
        inFlight.values().forEach(RequestContextImpl::cancel);
        awaitingClient.values().forEach(f -> f.completeExceptionally(new IllegalStateException("session closed")));
        awaitingClient.clear();
    }
}
