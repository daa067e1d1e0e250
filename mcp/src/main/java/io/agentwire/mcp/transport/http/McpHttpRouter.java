package io.agentwire.mcp.transport.http;

import java.time.Duration;
import java.util.Map;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.HttpHandler;
import io.agentwire.mcp.server.ServerRuntime;

/**
 * Routes HTTP requests to the MCP endpoints after the DNS-rebinding check: the Streamable HTTP endpoint (both
 * eras) and the deprecated 2024-11-05 HTTP+SSE pair.
 */
public final class McpHttpRouter implements HttpHandler, AutoCloseable {
    /** Paths and policies of the MCP endpoints. */
    public record Options(String endpointPath, String ssePath, String messagesPath, OriginGuard originGuard,
                          Duration sessionIdleTimeout) {
        public static Options defaults() {
            return new Options("/mcp", "/sse", "/messages", OriginGuard.loopbackAnd(java.util.Set.of()), Duration.ofMinutes(30));
        }
    }

    private final Options options;
    private final HttpReplies replies;
    private final SessionStore sessions;
    private final StreamableHttpHandler streamable;
    private final LegacySseEndpoint legacySse;

    public McpHttpRouter(ServerRuntime runtime, JsonRpcCodec codec, Options options) {
        this.options = options;
        this.replies = new HttpReplies(codec);
        this.sessions = new SessionStore(runtime, options.sessionIdleTimeout());
        this.streamable = new StreamableHttpHandler(runtime, codec, sessions);
        this.legacySse = new LegacySseEndpoint(runtime, codec, sessions, options.messagesPath());
    }

    @Override
    public void handle(HttpExchange exchange) {
        if (!options.originGuard().allows(exchange.header("Host"), exchange.header("Origin"))) {
            replies.error(exchange, 403, null, JsonRpcError.INVALID_REQUEST, "Forbidden: Host or Origin not allowed");
            return;
        }
        String path = exchange.path();
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
