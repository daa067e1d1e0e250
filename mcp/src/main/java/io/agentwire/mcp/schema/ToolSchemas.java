package io.agentwire.mcp.schema;

import java.util.Optional;

import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.JsonNode;

/** STUB: compiled validators for a tool's input and output schemas (to be implemented). */
public final class ToolSchemas {
    private final Tool tool;

    private ToolSchemas(Tool tool) {
        this.tool = tool;
    }

    public static ToolSchemas compile(Tool tool) {
        return new ToolSchemas(tool);
    }

    /** A readable description of why the arguments do not satisfy the input schema, or empty when they do. */
    public Optional<String> validateInput(JsonNode arguments) {
        return Optional.empty();
    }

    /** A readable description of why structured content does not satisfy the output schema, or empty. */
    public Optional<String> validateOutput(JsonNode structuredContent) {
        return Optional.empty();
    }

    public boolean hasOutputSchema() {
        return tool.outputSchema() != null;
    }
}
