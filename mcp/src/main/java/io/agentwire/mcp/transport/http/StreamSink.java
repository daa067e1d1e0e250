package io.agentwire.mcp.transport.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.SseStream;
import io.agentwire.mcp.McpException;

/**
 * Answers one POSTed request. The answer starts as a plain JSON body and becomes an SSE stream only when
 * something must be sent before the response (progress, a log message, a server-to-client request): cheap
 * calls stay cheap, and the client, which must accept both, sees whichever fits.
 */
final class StreamSink implements io.agentwire.mcp.server.ResponseSink {
    private final HttpExchange exchange;
    private final JsonRpcCodec codec;
    private final HttpReplies replies;
    private final Map<String, String> headers;
    private final HttpSession session;
    private final boolean priming;
    private final List<Runnable> abandonCallbacks = new ArrayList<>(1);
    private LogicalStream stream;
    private boolean responded;
    private boolean abandoned;

    /**
     * @param session the legacy session (events are logged for resumption), or {@code null} in the modern era
     * @param priming whether an SSE answer starts with a priming event (legacy 2025-11-25)
     */
    StreamSink(HttpExchange exchange, JsonRpcCodec codec, HttpReplies replies, Map<String, String> headers,
               HttpSession session, boolean priming) {
        this.exchange = exchange;
        this.codec = codec;
        this.replies = replies;
        this.headers = headers;
        this.session = session;
        this.priming = priming;
    }

    @Override
    public void notify(JsonRpcNotification notification) {
        send(notification);
    }

    @Override
    public void request(JsonRpcRequest request) {
        send(request);
    }

    @Override
    public void respond(JsonRpcResponse response) {
        synchronized (this) {
            if (responded) {
                return;
            }
            responded = true;
            if (stream != null) {
                stream.send(codec.encodeToString(response));
                stream.finish();
                return;
            }
        }
        replies.message(exchange, status(response), response, headers);
    }

    /**
     * In the modern era a client that closes the connection before the response has cancelled the request. The
     * connection is watched only once someone cares, so quick calls pay nothing for it.
     */
    @Override
    public void onAbandoned(Runnable callback) {
        boolean runNow;
        boolean firstWatcher;
        synchronized (this) {
            runNow = abandoned;
            firstWatcher = !runNow && abandonCallbacks.isEmpty() && session == null && !responded;
            if (!runNow) {
                abandonCallbacks.add(callback);
            }
        }
        if (firstWatcher) {
            exchange.onClose(this::abandon);
        }
        if (runNow) {
            callback.run();
        }
    }

    /** Legacy SSE polling: closes the connection now; the client comes back with GET and Last-Event-ID. */
    @Override
    public synchronized boolean pause(long retryMillis) {
        if (session == null || responded) {
            return false;
        }
        ensureStream();
        stream.detach(retryMillis);
        return true;
    }

    private synchronized void send(JsonRpcMessage message) {
        if (responded) {
            return;
        }
        ensureStream();
        stream.send(codec.encodeToString(message));
    }

    private void ensureStream() {
        if (stream != null) {
            return;
        }
        SseStream connection = exchange.openSse(200, headers);
        if (session == null) {
            stream = LogicalStream.unlogged(connection);
            connection.onClose(this::abandon);
            return;
        }
        stream = session.newStream();
        stream.attach(connection, 0);
        if (priming) {
            stream.prime(null);
        }
    }

    /** The client went away before the response: in the modern era that is a cancellation. */
    private void abandon() {
        List<Runnable> callbacks;
        synchronized (this) {
            if (responded || abandoned) {
                return;
            }
            abandoned = true;
            callbacks = List.copyOf(abandonCallbacks);
            abandonCallbacks.clear();
        }
        callbacks.forEach(Runnable::run);
    }

    /** Modern-era errors about the request itself are HTTP 400s (404 for unknown methods); the rest are 200. */
    private int status(JsonRpcResponse response) {
        if (session != null || !(response instanceof JsonRpcErrorResponse error)) {
            return 200;
        }
        int code = error.error().code();
        if (code == McpException.HEADER_MISMATCH || code == McpException.MISSING_REQUIRED_CLIENT_CAPABILITY
                || code == McpException.UNSUPPORTED_PROTOCOL_VERSION) {
            return 400;
        }
        return code == io.agentwire.jsonrpc.model.JsonRpcError.METHOD_NOT_FOUND ? 404 : 200;
    }
}
