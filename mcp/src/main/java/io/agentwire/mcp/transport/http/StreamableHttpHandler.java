package io.agentwire.mcp.transport.http;

import java.util.Locale;
import java.util.Map;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.HttpHandler;
import io.agentwire.mcp.McpException;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.server.LegacySession;
import io.agentwire.mcp.server.ModernMeta;
import io.agentwire.mcp.server.ModernScope;
import io.agentwire.mcp.server.ServerRuntime;
import tools.jackson.databind.JsonNode;

/**
 * The MCP Streamable HTTP endpoint for both eras at once. Each POST is routed by what it says about itself: a
 * request whose {@code _meta} names a protocol version is modern (stateless, headers mirror the body); anything
 * else is legacy ({@code initialize} opens a session, later requests name it in {@code Mcp-Session-Id}). GET and
 * DELETE exist only for legacy sessions; the modern era answers them with 405.
 */
public final class StreamableHttpHandler implements HttpHandler {
    static final String SESSION_HEADER = "Mcp-Session-Id";

    private final ServerRuntime runtime;
    private final JsonRpcCodec codec;
    private final HttpReplies replies;
    private final SessionStore sessions;
    private final LegacyBatches batches;

    private final Authorization authorization;

    StreamableHttpHandler(ServerRuntime runtime, JsonRpcCodec codec, SessionStore sessions, Authorization authorization) {
        this.authorization = authorization;
        this.runtime = runtime;
        this.codec = codec;
        this.replies = new HttpReplies(codec);
        this.sessions = sessions;
        this.batches = new LegacyBatches(runtime, codec, replies);
    }

    @Override
    public void handle(HttpExchange exchange) {
        switch (exchange.method()) {
            case "POST" -> post(exchange);
            case "GET" -> get(exchange);
            case "DELETE" -> delete(exchange);
            default -> exchange.respond(405, Map.of("Allow", "GET, POST, DELETE"), new byte[0]);
        }
    }

    private void post(HttpExchange exchange) {
        if (!mediaTypeIs(exchange.header("Content-Type"), "application/json")) {
            replies.error(exchange, 415, null, JsonRpcError.INVALID_REQUEST, "Unsupported Media Type: Content-Type must be application/json");
            return;
        }
        if (!accepts(exchange.header("Accept"), "application/json") || !accepts(exchange.header("Accept"), "text/event-stream")) {
            replies.error(exchange, 406, null, JsonRpcError.INVALID_REQUEST, "Not Acceptable: Accept must include application/json and text/event-stream");
            return;
        }
        JsonNode tree;
        JsonRpcMessage message = null;
        try {
            tree = codec.readTree(exchange.body());
            if (!tree.isArray()) {
                message = codec.decodeMessage(tree);
            }
        } catch (JsonRpcException e) {
            replies.error(exchange, 400, e.requestId(), e.error());
            return;
        }
        if (!authorization.allows(exchange, toolName(message))) {
            return;
        }
        String sessionId = exchange.header(SESSION_HEADER);
        if (message == null) {
            HttpSession session = requireSession(exchange, sessionId);
            if (session != null) {
                batches.handle(exchange, tree, session);
            }
        } else if (isModern(exchange, message, sessionId)) {
            postModern(exchange, message);
        } else {
            postLegacy(exchange, message, sessionId);
        }
    }

    /** The tool a {@code tools/call} names, for per-tool scope rules; {@code null} for anything else. */
    private static String toolName(JsonRpcMessage message) {
        if (message instanceof JsonRpcRequest r && "tools/call".equals(r.method()) && r.params() != null) {
            JsonNode name = r.params().get("name");
            return name != null && name.isString() ? name.stringValue() : null;
        }
        return null;
    }

    private boolean isModern(HttpExchange exchange, JsonRpcMessage message, String sessionId) {
        JsonNode params = message instanceof JsonRpcRequest r ? r.params()
                : message instanceof JsonRpcNotification n ? n.params() : null;
        if (ModernMeta.isSelfDescribing(params)) {
            return true;
        }
        if (sessionId != null || message instanceof JsonRpcRequest r && "initialize".equals(r.method())) {
            return false;
        }
        return ProtocolVersion.parse(exchange.header("MCP-Protocol-Version")).map(ProtocolVersion::isModern).orElse(false);
    }

    private void postModern(HttpExchange exchange, JsonRpcMessage message) {
        if (!(message instanceof JsonRpcRequest request)) {
            replies.empty(exchange, 202, Map.of()); // notifications carry nothing a stateless server acts on
            return;
        }
        ModernScope scope;
        try {
            String requested = ModernMeta.requestedVersion(request.params());
            String header = exchange.header("MCP-Protocol-Version");
            if (requested != null && header != null && !ModernHeaders.decode(header).equals(requested)) {
                throw new McpException(McpException.HEADER_MISMATCH, "Header mismatch: MCP-Protocol-Version header value '"
                        + header + "' does not match body value '" + requested + "'");
            }
            scope = ModernMeta.read(request.params());
            if (!runtime.knows(request.method(), true)) {
                replies.error(exchange, 404, request.id(), JsonRpcError.METHOD_NOT_FOUND, "Method not found: " + request.method());
                return;
            }
            ModernHeaders.check(exchange, request.method(), request.params(), scope.version().id(), runtime.server());
        } catch (McpException e) {
            replies.error(exchange, 400, request.id(), e.error());
            return;
        }
        runtime.handle(request, scope, new StreamSink(exchange, codec, replies, Map.of(), null, false));
    }

    private void postLegacy(HttpExchange exchange, JsonRpcMessage message, String sessionId) {
        if (message instanceof JsonRpcRequest request && "initialize".equals(request.method())) {
            HttpSession session = sessions.create();
            attachOutlet(session);
            Map<String, String> headers = Map.of(SESSION_HEADER, session.protocol().id());
            runtime.handle(request, session.protocol(), new StreamSink(exchange, codec, replies, headers, session, false));
            return;
        }
        HttpSession session = requireSession(exchange, sessionId);
        if (session == null) {
            return;
        }
        LegacySession protocol = session.protocol();
        if (message instanceof JsonRpcRequest request) {
            boolean priming = protocol.version().atLeast(ProtocolVersion.V2025_11_25);
            runtime.handle(request, protocol, new StreamSink(exchange, codec, replies, Map.of(), session, priming));
        } else if (message instanceof JsonRpcNotification notification) {
            runtime.handleNotification(notification, protocol);
            replies.empty(exchange, 202, Map.of());
        } else {
            protocol.deliver((JsonRpcResponse) message);
            replies.empty(exchange, 202, Map.of());
        }
    }

    /** Finds the session a legacy request names, or answers 400 (no id), 400 (bad version) or 404 (unknown id). */
    private HttpSession requireSession(HttpExchange exchange, String sessionId) {
        if (sessionId == null) {
            replies.error(exchange, 400, null, JsonRpcError.INVALID_REQUEST, "Bad Request: Mcp-Session-Id header is required");
            return null;
        }
        String version = exchange.header("MCP-Protocol-Version");
        if (version != null && ProtocolVersion.parse(version).isEmpty()) {
            replies.error(exchange, 400, null, JsonRpcError.INVALID_REQUEST, "Bad Request: unsupported MCP-Protocol-Version " + version);
            return null;
        }
        HttpSession session = sessions.get(sessionId);
        if (session == null) {
            replies.error(exchange, 404, null, -32001, "Session not found");
        }
        return session;
    }

    /** Messages unrelated to a request go to the session's GET stream, when one is open. */
    private void attachOutlet(HttpSession session) {
        session.protocol().setOutlet(message -> {
            LogicalStream standalone = session.standalone();
            if (standalone != null) {
                standalone.send(codec.encodeToString(message));
            }
        });
    }

    private void get(HttpExchange exchange) {
        String sessionId = exchange.header(SESSION_HEADER);
        if (sessionId == null) {
            exchange.respond(405, Map.of("Allow", "POST"), new byte[0]);
            return;
        }
        if (!accepts(exchange.header("Accept"), "text/event-stream")) {
            replies.error(exchange, 406, null, JsonRpcError.INVALID_REQUEST, "Not Acceptable: Accept must include text/event-stream");
            return;
        }
        HttpSession session = requireSession(exchange, sessionId);
        if (session == null) {
            return;
        }
        if (resume(exchange, session)) {
            return;
        }
        if (session.standalone() != null) {
            replies.error(exchange, 409, null, JsonRpcError.INVALID_REQUEST, "Conflict: only one GET stream per session");
            return;
        }
        LogicalStream stream = session.newStream();
        session.setStandalone(stream);
        var connection = exchange.openSse(200, Map.of());
        connection.onClose(() -> {
            if (session.standalone() == stream) {
                session.setStandalone(null);
            }
        });
        stream.attach(connection, 0);
        if (session.protocol().version().atLeast(ProtocolVersion.V2025_11_25)) {
            stream.prime(null);
        }
    }

    /** GET with {@code Last-Event-ID}: continue the stream that event belongs to, replaying what was missed. */
    private boolean resume(HttpExchange exchange, HttpSession session) {
        String lastEventId = exchange.header("Last-Event-ID");
        int separator = lastEventId == null ? -1 : lastEventId.lastIndexOf('_');
        if (separator < 0) {
            return false;
        }
        LogicalStream stream = session.stream(lastEventId.substring(0, separator));
        long sequence;
        try {
            sequence = Long.parseLong(lastEventId.substring(separator + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (stream == null) {
            return false;
        }
        stream.attach(exchange.openSse(200, Map.of()), sequence);
        return true;
    }

    private void delete(HttpExchange exchange) {
        String sessionId = exchange.header(SESSION_HEADER);
        if (sessionId == null) {
            exchange.respond(405, Map.of("Allow", "POST"), new byte[0]);
            return;
        }
        if (sessions.remove(sessionId)) {
            replies.empty(exchange, 200, Map.of());
        } else {
            replies.error(exchange, 404, null, -32001, "Session not found");
        }
    }

    static boolean mediaTypeIs(String header, String expected) {
        if (header == null) {
            return false;
        }
        int semicolon = header.indexOf(';');
        String type = (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return type.equals(expected);
    }

    /** Whether an Accept header admits the media type (exactly, or by {@code type/*} or {@code * /*}). */
    static boolean accepts(String accept, String type) {
        if (accept == null) {
            return false;
        }
        int slash = type.indexOf('/');
        int start = 0;
        while (start < accept.length()) {
            int comma = accept.indexOf(',', start);
            int end = comma < 0 ? accept.length() : comma;
            int semicolon = accept.indexOf(';', start);
            int rangeEnd = semicolon >= 0 && semicolon < end ? semicolon : end;
            String range = accept.substring(start, rangeEnd).trim();
            if (range.equalsIgnoreCase(type) || range.equals("*/*")
                    || range.length() == slash + 2 && range.endsWith("/*") && range.regionMatches(true, 0, type, 0, slash)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }
}
