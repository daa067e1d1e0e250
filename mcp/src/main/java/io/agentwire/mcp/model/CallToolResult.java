package io.agentwire.mcp.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of a tool call. {@code isError} marks a failure the model should see (bad input, a failed
 * operation), as opposed to a protocol error.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallToolResult(List<Content> content, JsonNode structuredContent, Boolean isError) {
    public static CallToolResult of(Content... content) {
        return new CallToolResult(List.of(content), null, null);
    }

    public static CallToolResult text(String text) {
        return of(Content.text(text));
    }

    public static CallToolResult error(String text) {
        return new CallToolResult(List.of(Content.text(text)), null, true);
    }

    public static CallToolResult structured(JsonNode structured, String text) {
        return new CallToolResult(List.of(Content.text(text)), structured, null);
    }
}
