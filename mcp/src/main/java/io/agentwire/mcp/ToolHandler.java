package io.agentwire.mcp;

import io.agentwire.mcp.model.CallToolResult;

/**
 * Runs a tool. Runs on the server's handler executor (virtual threads where the JDK has them), so it may
 * block. Throw {@link McpException} for a protocol error; return {@link CallToolResult#error} for a failure the
 * model should see.
 */
@FunctionalInterface
public interface ToolHandler {
    CallToolResult call(RequestContext request) throws Exception;
}
