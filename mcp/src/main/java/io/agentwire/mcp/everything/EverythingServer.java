package io.agentwire.mcp.everything;

import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.model.CallToolResult;
import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.node.JsonNodeFactory;

/** Placeholder until the full reference server lands. */
public final class EverythingServer {
    private EverythingServer() {
    }

    public static McpServer create() {
        McpServer.Builder builder = McpServer.builder("mcp-conformance-test-server", "1.0.0");
        TaskTools.register(builder);
        return builder
                .tool(new Tool("test_simple_text", null, "Simple text", JsonNodeFactory.instance.objectNode().put("type", "object"), null, null, null, null, null),
                        call -> CallToolResult.text("This is a simple text response for testing."))
                .build();
    }
}
