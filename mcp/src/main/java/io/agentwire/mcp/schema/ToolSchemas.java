package io.agentwire.mcp.schema;

import java.util.List;
import java.util.Optional;

import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A tool's input and output schemas, compiled once at registration. Validation is thread-safe and does no I/O.
 * The messages are meant for a tool error result ({@code isError: true}), which the model reads to fix its call.
 */
public final class ToolSchemas {
    private static final JsonNode EMPTY_OBJECT = JsonNodeFactory.instance.objectNode();

    private final String toolName;
    private final CompiledSchema input;
    private final CompiledSchema output;

    private ToolSchemas(String toolName, CompiledSchema input, CompiledSchema output) {
        this.toolName = toolName;
        this.input = input;
        this.output = output;
    }

    /**
     * Compiles the tool's schemas; see {@link CompiledSchema} for dialects and reference rules.
     *
     * @throws IllegalArgumentException naming the tool and the schema when either cannot be compiled
     */
    public static ToolSchemas compile(Tool tool) {
        String name = tool.name();
        return new ToolSchemas(name, compileOne(name, "inputSchema", tool.inputSchema()),
                compileOne(name, "outputSchema", tool.outputSchema()));
    }

    /** A readable description of why the arguments do not satisfy the input schema, or empty when they do. */
    public Optional<String> validateInput(JsonNode arguments) {
        if (input == null) {
            return Optional.empty();
        }
        // A call without "arguments" is a call with no arguments: required properties must still be reported.
        JsonNode instance = arguments == null || arguments.isMissingNode() ? EMPTY_OBJECT : arguments;
        List<String> violations = input.violations(instance);
        return violations.isEmpty() ? Optional.empty()
                : Optional.of("Invalid arguments for tool " + quoted(toolName) + ": " + Violations.join(violations));
    }

    /** A readable description of why structured content does not satisfy the output schema, or empty. */
    public Optional<String> validateOutput(JsonNode structuredContent) {
        if (output == null) {
            return Optional.empty();
        }
        if (structuredContent == null || structuredContent.isMissingNode() || structuredContent.isNull()) {
            return Optional.of("Tool " + quoted(toolName)
                    + " declares an outputSchema but returned no structuredContent");
        }
        List<String> violations = output.violations(structuredContent);
        return violations.isEmpty() ? Optional.empty()
                : Optional.of("Structured content of tool " + quoted(toolName) + " does not match its outputSchema: "
                        + Violations.join(violations));
    }

    public boolean hasOutputSchema() {
        return output != null;
    }

    private static CompiledSchema compileOne(String toolName, String which, JsonNode schema) {
        if (schema == null || schema.isNull() || schema.isMissingNode()) {
            return null;
        }
        try {
            return CompiledSchema.compile(schema);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Tool " + quoted(toolName) + " has an invalid " + which + ": "
                    + e.getMessage(), e);
        }
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
