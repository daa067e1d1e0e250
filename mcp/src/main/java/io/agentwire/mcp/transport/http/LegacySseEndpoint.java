package io.agentwire.mcp.transport.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.SseStream;
import io.agentwire.jsonrpc.transport.sse.SseEvent;
import io.agentwire.mcp.server.LegacySession;
import io.agentwire.mcp.server.ResponseSink;
import io.agentwire.mcp.server.ServerRuntime;

/**
 * The 2024-11-05 HTTP+SSE transport, kept for old clients: {@code GET /sse} opens the one stream of a session
 * and names, in an {@code endpoint} event, the URL to POST messages to; every server message, responses
 * included, travels on that stream, and each POST is answered 202 at once.
 */
final class LegacySseEndpoint {
    private final ServerRuntime runtime;
    private final JsonRpcCodec codec;
    private final HttpReplies replies;
    private final SessionStore sessions;
    private final String messagesPath;

    LegacySseEndpoint(ServerRuntime runtime, JsonRpcCodec codec, SessionStore sessions, String messagesPath) {
        this.runtime = runtime;
        this.codec = codec;
        this.replies = new HttpReplies(codec);
        this.sessions = sessions;
        this.messagesPath = messagesPath;
    }

    void open(HttpExchange exchange) {
        if (!StreamableHttpHandler.accepts(exchange.header("Accept"), "text/event-stream")) {
            replies.text(exchange, 406, "Accept must include text/event-stream");
            return;
        }
        HttpSession session = sessions.create();
        String id = session.protocol().id();
        SseStream connection = exchange.openSse(200, Map.of());
        LogicalStream stream = LogicalStream.unlogged(connection);
        session.setStandalone(stream);
        session.protocol().setOutlet(message -> stream.send(codec.encodeToString(message)));
        connection.onClose(() -> sessions.remove(id));
        connection.send(new SseEvent(null, "endpoint", messagesPath + "?sessionId=" + id, null));
    }

    void post(HttpExchange exchange) {
        String id = queryParameter(exchange.query(), "sessionId");
        HttpSession session = id == null ? null : sessions.get(id);
        if (session == null) {
            replies.text(exchange, 404, "Unknown session");
            return;
        }
        JsonRpcMessage message;
        try {
            message = codec.decodeSingle(exchange.body());
        } catch (JsonRpcException e) {
            replies.error(exchange, 400, e.requestId(), e.error());
            return;
        }
        LegacySession protocol = session.protocol();
        if (message instanceof JsonRpcRequest request) {
            runtime.handle(request, protocol, new StreamOnlySink(session.standalone()));
        } else if (message instanceof JsonRpcNotification notification) {
            runtime.handleNotification(notification, protocol);
        } else {
            protocol.deliver((JsonRpcResponse) message);
        }
        replies.text(exchange, 202, "Accepted");
    }

    private final class StreamOnlySink implements ResponseSink {
        private final LogicalStream stream;

        StreamOnlySink(LogicalStream stream) {
            this.stream = stream;
        }

        @Override
        public void notify(JsonRpcNotification notification) {
            stream.send(codec.encodeToString(notification));
        }

        @Override
        public void request(JsonRpcRequest request) {
            stream.send(codec.encodeToString(request));
        }

        @Override
        public void respond(JsonRpcResponse response) {
            stream.send(codec.encodeToString(response));
        }
    }

    static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

}
