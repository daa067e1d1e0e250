package io.agentwire.mcp;

import java.time.Duration;
import java.util.Set;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.transport.http.NettyHttpServer;
import io.agentwire.mcp.server.ServerRuntime;
import io.agentwire.mcp.transport.http.McpHttpRouter;
import io.agentwire.mcp.transport.http.OriginGuard;

/**
 * Serves an {@link McpServer} over HTTP: Streamable HTTP at {@code /mcp} for every revision (legacy sessions and
 * the stateless 2026-07-28 rules, chosen per request) and the 2024-11-05 HTTP+SSE transport at {@code /sse} and
 * {@code /messages}. Binds to loopback unless told otherwise.
 *
 * <pre>{@code
 * try (McpHttpServer http = McpHttpServer.builder(server).port(3001).start()) { ... }
 * }</pre>
 */
public final class McpHttpServer implements AutoCloseable {
    private final NettyHttpServer http;
    private final McpHttpRouter router;

    private McpHttpServer(NettyHttpServer http, McpHttpRouter router) {
        this.http = http;
        this.router = router;
    }

    public static Builder builder(McpServer server) {
        return new Builder(server);
    }

    public int port() {
        return http.port();
    }

    /** The Streamable HTTP endpoint URL. */
    public String url() {
        return "http://" + http.host() + ":" + http.port() + "/mcp";
    }

    public int sessionCount() {
        return router.sessionCount();
    }

    @Override
    public void close() {
        router.close();
        http.close();
    }

    /** HTTP settings. */
    public static final class Builder {
        private final McpServer server;
        private String host = "127.0.0.1";
        private int port;
        private int maxBodyBytes = 4 * 1024 * 1024;
        private Set<String> allowedHosts = Set.of();
        private boolean originChecks = true;
        private Duration sessionIdleTimeout = Duration.ofMinutes(30);
        private io.agentwire.mcp.auth.server.ResourceServerConfig resourceServer;

        private Builder(McpServer server) {
            this.server = server;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Requests with a larger body are refused with 413. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** Host names accepted in {@code Host} and {@code Origin} besides loopback names. */
        public Builder allowedHosts(Set<String> hosts) {
            this.allowedHosts = Set.copyOf(hosts);
            return this;
        }

        /** Turns DNS-rebinding checks off, for servers behind a proxy that does them. */
        public Builder disableOriginChecks() {
            this.originChecks = false;
            return this;
        }

        public Builder sessionIdleTimeout(Duration timeout) {
            this.sessionIdleTimeout = timeout;
            return this;
        }

        /**
         * Protects the server with OAuth: requests need a JWT access token for this resource, and the protected
         * resource metadata is served at its well-known paths.
         */
        public Builder resourceServer(io.agentwire.mcp.auth.server.ResourceServerConfig config) {
            this.resourceServer = config;
            return this;
        }

        public McpHttpServer start() throws InterruptedException {
            JsonRpcCodec codec = JsonRpcCodec.standard();
            ServerRuntime runtime = new ServerRuntime(server, codec.mapper());
            OriginGuard guard = originChecks ? OriginGuard.loopbackAnd(allowedHosts) : OriginGuard.disabled();
            McpHttpRouter.Options defaults = McpHttpRouter.Options.defaults();
            McpHttpRouter router = new McpHttpRouter(runtime, codec, new McpHttpRouter.Options(
                    defaults.endpointPath(), defaults.ssePath(), defaults.messagesPath(), guard, sessionIdleTimeout,
                    resourceServer == null ? null : new io.agentwire.mcp.auth.server.BearerGuard(resourceServer)));
            NettyHttpServer http = NettyHttpServer.builder(router).host(host).port(port).maxBodyBytes(maxBodyBytes).build();
            try {
                http.start();
            } catch (InterruptedException | RuntimeException e) {
                router.close();
                throw e;
            }
            return new McpHttpServer(http, router);
        }
    }
}
