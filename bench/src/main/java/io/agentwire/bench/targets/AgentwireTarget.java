package io.agentwire.bench.targets;

import io.agentwire.mcp.McpHttpServer;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Agentwire MCP server with the bench tool. One server serves both protocol eras, so the two concrete
 * targets share this lifecycle and differ only in the requests they replay.
 */
abstract class AgentwireTarget implements BenchTarget {
    private static final String INPUT_SCHEMA = "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}}}";

    private final boolean nonBlockingTool;
    private McpHttpServer server;

    /** @param nonBlockingTool run the echo tool on the I/O thread instead of the handler executor */
    AgentwireTarget(boolean nonBlockingTool) {
        this.nonBlockingTool = nonBlockingTool;
    }

    @Override
    public int start() {
        Tool echo = new Tool(McpRequests.TOOL, null, "Answers ok", JsonMapper.builder().build().readTree(INPUT_SCHEMA),
                null, null, null, null, null);
        McpServer.Builder builder = McpServer.builder("agentwire-bench", "1.0.0");
        if (nonBlockingTool) {
            builder.nonBlockingTool(echo, call -> CallToolResult.text("ok"));
        } else {
            builder.tool(echo, call -> CallToolResult.text("ok"));
        }
        McpServer definition = builder.build();
        try {
            server = McpHttpServer.builder(definition).host("127.0.0.1").port(0).start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the Agentwire server", e);
        }
        return server.port();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
