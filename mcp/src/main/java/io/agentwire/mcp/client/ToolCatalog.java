package io.agentwire.mcp.client;

import io.agentwire.mcp.model.Tool;
import io.agentwire.mcp.schema.CompiledSchema;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The tools the client has seen listed, by name: needed to mirror {@code x-mcp-header} arguments into headers
 * and to validate structured results against output schemas (compiled on first use, offline: a schema whose
 * {@code $ref} points at the network is never fetched and is then simply not validated).
 */
final class ToolCatalog {
    private static final System.Logger LOG = System.getLogger(ToolCatalog.class.getName());

    private final Map<String, Tool> tools = new ConcurrentHashMap<>();
    private final Map<String, Optional<CompiledSchema>> outputSchemas = new ConcurrentHashMap<>();
    private volatile boolean listed;

    /** Remembers a page of tools and returns those the client may offer. */
    List<Tool> accept(List<Tool> page, boolean enforceHeaderRules) {
        List<Tool> usable = new ArrayList<>(page.size());
        for (Tool tool : page) {
            Optional<String> problem = enforceHeaderRules ? XMcpHeaderRules.problem(tool.inputSchema()) : Optional.empty();
            if (problem.isPresent()) {
                LOG.log(Level.WARNING, "Ignoring tool " + tool.name() + ": " + problem.get());
                tools.remove(tool.name());
                continue;
            }
            tools.put(tool.name(), tool);
            outputSchemas.remove(tool.name());
            usable.add(tool);
        }
        listed = true;
        return usable;
    }

    boolean listed() {
        return listed;
    }

    Tool tool(String name) {
        return tools.get(name);
    }

    /** The list changed: the next call lists again before relying on what it knows. */
    /** Whether a listed tool says it must run as a task ({@code execution.taskSupport: "required"}). */
    boolean taskRequired(String name) {
        Tool tool = tools.get(name);
        return tool != null && tool.execution() != null
                && "required".equals(tool.execution().path("taskSupport").asString(""));
    }

    void forget() {
        listed = false;
    }

    /** Why the result breaks the tool's output schema, or empty when it is fine or cannot be checked. */
    Optional<String> outputProblem(String toolName, ToolResult result) {
        Tool tool = tools.get(toolName);
        if (tool == null || tool.outputSchema() == null || tool.outputSchema().isNull() || result.isError()) {
            return Optional.empty();
        }
        Optional<CompiledSchema> schema = outputSchemas.computeIfAbsent(toolName, n -> compile(n, tool.outputSchema()));
        if (schema.isEmpty()) {
            return Optional.empty();
        }
        JsonNode structured = result.structuredContent();
        if (structured == null) {
            return Optional.of("tool " + toolName + " declares an outputSchema but returned no structuredContent");
        }
        List<String> violations = schema.get().violations(structured);
        return violations.isEmpty() ? Optional.empty()
                : Optional.of("structuredContent of tool " + toolName + " does not match its outputSchema: " + String.join("; ", violations));
    }

    private static Optional<CompiledSchema> compile(String toolName, JsonNode schema) {
        try {
            return Optional.of(CompiledSchema.compile(schema));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Not validating results of tool " + toolName + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
