package io.agentwire.mcp.everything;

import static io.agentwire.mcp.everything.Fixtures.tool;

import java.util.function.Supplier;

import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.RequestContext;
import io.agentwire.mcp.model.CallToolResult;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Tools whose point is what they send while running: log messages, progress, list-change notifications, or a
 * slow answer. The server reference is needed by the list-change triggers, which exist only after the build.
 */
final class NotifyingTools {
    static final String LOGGER = "conformance";
    private static final long STEP_MILLIS = 50;

    private NotifyingTools() {
    }

    static void register(McpServer.Builder builder, Supplier<McpServer> server) {
        builder.tool(tool("test_tool_with_logging", "Sends three info log messages while it runs"),
                call -> logThreeSteps(call, "Logging test completed"));
        builder.tool(tool("test_logging_tool", "Logs only if the request asked for a log level"),
                call -> logThreeSteps(call, "Logging tool completed"));
        builder.tool(tool("test_tool_with_progress", "Reports progress 0, 50 and 100 of 100"),
                NotifyingTools::progress);
        builder.tool(tool("test_reconnection",
                        "Answers after a pause; the HTTP transport may close the stream meanwhile (SEP-1699)"),
                call -> {
                    // SSE polling: drop the connection, let the client come back with Last-Event-ID
                    call.pauseResponseStream(java.time.Duration.ofMillis(500));
                    Fixtures.pause(200);
                    return CallToolResult.text("Reconnection test completed");
                });
        builder.tool(tool("test_trigger_tool_change", "Announces a tool list change to listening clients"),
                call -> {
                    server.get().fireListChanged(McpServer.ListKind.TOOLS);
                    return CallToolResult.text("Tool list change announced");
                });
        builder.tool(tool("test_trigger_prompt_change", "Announces a prompt list change to listening clients"),
                call -> {
                    server.get().fireListChanged(McpServer.ListKind.PROMPTS);
                    return CallToolResult.text("Prompt list change announced");
                });
    }

    /** The engine drops messages the client's log level (or, in 2026-07-28, its missing log level) filters out. */
    private static CallToolResult logThreeSteps(RequestContext call, String done) throws InterruptedException {
        call.log(LoggingLevel.INFO, LOGGER, JsonNodeFactory.instance.stringNode("Tool execution started"));
        Fixtures.pause(STEP_MILLIS);
        call.log(LoggingLevel.INFO, LOGGER, JsonNodeFactory.instance.stringNode("Tool processing data"));
        Fixtures.pause(STEP_MILLIS);
        call.log(LoggingLevel.INFO, LOGGER, JsonNodeFactory.instance.stringNode("Tool execution completed"));
        return CallToolResult.text(done);
    }

    private static CallToolResult progress(RequestContext call) throws InterruptedException {
        call.progress(0, 100.0, "Starting");
        Fixtures.pause(STEP_MILLIS);
        call.progress(50, 100.0, "Halfway");
        Fixtures.pause(STEP_MILLIS);
        call.progress(100, 100.0, "Done");
        return CallToolResult.text("Progress test completed");
    }
}
