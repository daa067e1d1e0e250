package io.agentwire.mcp.everything;

import java.util.concurrent.atomic.AtomicReference;

import io.agentwire.mcp.McpServer;

/**
 * The "everything" server of the MCP conformance suite ({@code @modelcontextprotocol/conformance}): every tool,
 * prompt, resource and completion the suite's server scenarios call, for both the 2025 (stateful) and the
 * 2026-07-28 (stateless) eras. Serve it with any Agentwire transport and point the suite at it.
 */
public final class EverythingServer {
    public static final String NAME = "mcp-conformance-test-server";
    public static final String VERSION = "1.0.0";

    private EverythingServer() {
    }

    public static McpServer create() {
        AtomicReference<McpServer> self = new AtomicReference<>();
        McpServer.Builder builder = McpServer.builder(NAME, VERSION);
        ContentTools.register(builder);
        NotifyingTools.register(builder, self::get);
        ClientInputTools.register(builder);
        InputRequiredTools.register(builder);
        TestPrompts.register(builder);
        TestResources.register(builder);
        TaskTools.register(builder);
        McpServer server = builder.build();
        self.set(server);
        return server;
    }
}
