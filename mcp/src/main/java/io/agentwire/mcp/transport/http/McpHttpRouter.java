package io.agentwire.mcp.transport.http;

import java.time.Duration;
import java.util.Map;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.HttpHandler;
import io.agentwire.mcp.auth.server.BearerGuard;
import io.agentwire.mcp.server.ServerRuntime;

/**
 * Routes HTTP requests to the MCP endpoints after the DNS-rebinding check: the Streamable HTTP endpoint (both
 * eras) and the deprecated 2024-11-05 HTTP+SSE pair.
 */
public final class McpHttpRouter implements HttpHandler, AutoCloseable {
    /** Paths and policies of the MCP endpoints. */
    /** @param bearerGuard OAuth resource-server checks, or {@code null} for an open server */
    public record Options(String endpointPath, String ssePath, String messagesPath, OriginGuard originGuard,
                          Duration sessionIdleTimeout, BearerGuard bearerGuard) {
        public static Options defaults() {
            return new Options("/mcp", "/sse", "/messages", OriginGuard.loopbackAnd(java.util.Set.of()), Duration.ofMinutes(30), null);
        }
    }

    private final Options options;
    private final HttpReplies replies;
    private final SessionStore sessions;
    private final StreamableHttpHandler streamable;
    private final LegacySseEndpoint legacySse;
    private final byte[] metadataDocument;

    public McpHttpRouter(ServerRuntime runtime, JsonRpcCodec codec, Options options) {
        this.options = options;
        this.replies = new HttpReplies(codec);
        this.sessions = new SessionStore(runtime, options.sessionIdleTimeout());
        this.streamable = new StreamableHttpHandler(runtime, codec, sessions, new Authorization(options.bearerGuard(), replies));
        this.metadataDocument = options.bearerGuard() == null ? null
                : codec.mapper().writeValueAsBytes(options.bearerGuard().metadata().json(codec.mapper()));
        this.legacySse = new LegacySseEndpoint(runtime, codec, sessions, options.messagesPath());
    }

    @Override
    public void handle(HttpExchange exchange) {
        if (!options.originGuard().allows(exchange.header("Host"), exchange.header("Origin"))) {
            replies.error(exchange, 403, null, JsonRpcError.INVALID_REQUEST, "Forbidden: Host or Origin not allowed");
            return;
        }
        String path = exchange.path();
        BearerGuard guard = options.bearerGuard();
        if (guard != null && exchange.method().equals("GET") && guard.metadata().paths().contains(path)) {
            exchange.respond(200, Map.of("Content-Type", "application/json"), metadataDocument);
            return;
        }
        boolean checkedLater = path.equals(options.endpointPath()) && exchange.method().equals("POST");
        if (!checkedLater && !new Authorization(guard, replies).allows(exchange, null)) {
            return;
        }
        if (path.equals(options.endpointPath())) {
            streamable.handle(exchange);
        } else if (path.equals(options.ssePath()) && exchange.method().equals("GET")) {
            legacySse.open(exchange);
        } else if (path.equals(options.messagesPath()) && exchange.method().equals("POST")) {
            legacySse.post(exchange);
        } else {
            exchange.respond(404, Map.of(), new byte[0]);
        }
    }

    /** Open legacy sessions, for monitoring and tests. */
    public int sessionCount() {
        return sessions.size();
    }

    @Override
    public void close() {
        sessions.close();
    }
}
