package io.agentwire.mcp.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Behaviour hints for a tool (2025-03-26 and later). Hints only: clients must not trust them for safety. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolAnnotations(String title, Boolean readOnlyHint, Boolean destructiveHint, Boolean idempotentHint,
                              Boolean openWorldHint) {
}
