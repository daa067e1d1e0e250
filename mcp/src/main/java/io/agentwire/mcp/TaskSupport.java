package io.agentwire.mcp;

import java.util.Locale;

import io.agentwire.mcp.model.Tool;
import tools.jackson.databind.JsonNode;

/**
 * Whether a tool may run as a task (2025-11-25 experimental tasks; the 2026-07-28 tasks extension), as declared
 * in the tool's {@code execution.taskSupport}.
 */
public enum TaskSupport {
    FORBIDDEN, OPTIONAL, REQUIRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskSupport of(Tool tool) {
        JsonNode execution = tool.execution();
        String value = execution == null ? "" : execution.path("taskSupport").asString("");
        for (TaskSupport support : values()) {
            if (support.wireName().equals(value)) {
                return support;
            }
        }
        return FORBIDDEN;
    }
}
