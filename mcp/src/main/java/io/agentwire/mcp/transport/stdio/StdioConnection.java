package io.agentwire.mcp.transport.stdio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.codec.JsonRpcPayload;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.mcp.McpException;
import io.agentwire.mcp.server.LegacySession;
import io.agentwire.mcp.server.ModernMeta;
import io.agentwire.mcp.server.ModernScope;
import io.agentwire.mcp.server.ResponseSink;
import io.agentwire.mcp.server.ServerRuntime;

/**
 * MCP over one bidirectional line channel (a process's stdin and stdout). Both eras share the channel: a request
 * whose {@code _meta} names a version is served statelessly; {@code initialize} opens the one legacy session of
 * the connection. {@code notifications/cancelled} cancels requests of either era, as the stdio transport defines.
 */
public final class StdioConnection {
    private final ServerRuntime runtime;
    private final JsonRpcCodec codec;
    private final Consumer<String> lineWriter;
    private final Map<JsonRpcId, Runnable> modernInFlight = new ConcurrentHashMap<>();
    private volatile LegacySession session;
    private final Object idle = new Object();
    private int outstanding;

    /** @param lineWriter writes one line (without the newline) and flushes; must be thread-safe */
    public StdioConnection(ServerRuntime runtime, JsonRpcCodec codec, Consumer<String> lineWriter) {
        this.runtime = runtime;
        this.codec = codec;
        this.lineWriter = lineWriter;
    }

    /** Handles one received line. Never throws: bad input is answered with a JSON-RPC error line. */
    public void onLine(byte[] line) {
        JsonRpcPayload payload;
        try {
            payload = codec.decode(line);
        } catch (JsonRpcException e) {
            write(new JsonRpcErrorResponse(e.requestId(), e.error()));
            return;
        }
        if (payload.batch() && (session == null || !session.version().allowsBatches())) {
            write(new JsonRpcErrorResponse(null, new JsonRpcError(JsonRpcError.INVALID_REQUEST, "Invalid Request: batches are not allowed")));
            return;
        }
        payload.rejected().forEach(this::write);
        payload.messages().forEach(this::dispatch);
    }

    /** Oversized or unreadable input that never became a line. */
    public void onFramingError(String reason) {
        write(new JsonRpcErrorResponse(null, new JsonRpcError(JsonRpcError.PARSE_ERROR, "Parse error: " + reason)));
    }

    /**
     * Waits until every request received so far has been answered, or the timeout passes: a client that closes
     * its input right after its last request still gets the answer.
     */
    public void awaitIdle(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (outstanding > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                idle.wait(java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    private void started() {
        synchronized (idle) {
            outstanding++;
        }
    }

    private void finished() {
        synchronized (idle) {
            outstanding--;
            idle.notifyAll();
        }
    }

    /** The peer closed its side: cancel everything still running. */
    public void close() {
        modernInFlight.values().forEach(Runnable::run);
        LegacySession current = session;
        if (current != null) {
            runtime.closeSession(current);
        }
    }

    private void dispatch(JsonRpcMessage message) {
        if (message instanceof JsonRpcRequest request) {
            dispatchRequest(request);
        } else if (message instanceof JsonRpcNotification notification) {
            dispatchNotification(notification);
        } else if (session != null) {
            session.deliver((JsonRpcResponse) message);
        }
    }

    private void dispatchRequest(JsonRpcRequest request) {
        started();
        if (ModernMeta.isSelfDescribing(request.params())) {
            ModernScope scope;
            try {
                scope = ModernMeta.read(request.params());
            } catch (McpException e) {
                write(new JsonRpcErrorResponse(request.id(), e.error()));
                finished();
                return;
            }
            runtime.handle(request, scope, new LineSink(request.id(), true));
            return;
        }
        LegacySession current = session;
        if (current == null || "initialize".equals(request.method())) {
            current = runtime.openSession("stdio");
            current.setOutlet(this::write);
            session = current;
        }
        runtime.handle(request, current, new LineSink(request.id(), false));
    }

    private void dispatchNotification(JsonRpcNotification notification) {
        if ("notifications/cancelled".equals(notification.method()) && notification.params() != null) {
            JsonRpcId id = JsonRpcId.fromJson(notification.params().get("requestId"));
            Runnable cancel = id == null ? null : modernInFlight.remove(id);
            if (cancel != null) {
                cancel.run();
                return;
            }
        }
        LegacySession current = session;
        if (current != null) {
            runtime.handleNotification(notification, current);
        }
    }

    private void write(JsonRpcMessage message) {
        lineWriter.accept(codec.encodeToString(message));
    }

    /** Everything about one request goes to the shared output, in order. */
    private final class LineSink implements ResponseSink {
        private final JsonRpcId id;
        private final boolean modern;
        private final java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        private volatile boolean cancelled;

        LineSink(JsonRpcId id, boolean modern) {
            this.id = id;
            this.modern = modern;
        }

        @Override
        public void notify(JsonRpcNotification notification) {
            if (!done.get()) {
                write(notification);
            }
        }

        @Override
        public void request(JsonRpcRequest request) {
            write(request);
        }

        @Override
        public void respond(JsonRpcResponse response) {
            if (done.compareAndSet(false, true)) {
                finished();
            }
            modernInFlight.remove(id);
            if (!cancelled) {
                write(response);
            }
        }

        @Override
        public void onAbandoned(Runnable callback) {
            if (modern) {
                modernInFlight.merge(id, () -> {
                    cancelled = true;
                    if (done.compareAndSet(false, true)) {
                        finished();
                    }
                    callback.run();
                }, (a, b) -> () -> {
                    a.run();
                    b.run();
                });
            }
        }
    }
}
