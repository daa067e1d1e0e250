package io.agentwire.mcp;

/** STUB: tool name rules (to be implemented). */
public final class ToolNames {
    private ToolNames() {
    }

    /** @throws IllegalArgumentException when the name breaks the rules */
    public static void check(String name) {
    }
}
