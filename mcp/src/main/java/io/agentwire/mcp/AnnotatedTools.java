package io.agentwire.mcp;

import java.util.List;

import io.agentwire.mcp.model.Tool;

/** STUB: turns {@link McpTool} methods into tools (to be implemented). */
final class AnnotatedTools {
    record Definition(Tool tool, ToolHandler handler) {
    }

    private AnnotatedTools() {
    }

    static List<Definition> scan(Object holder) {
        return List.of();
    }
}
