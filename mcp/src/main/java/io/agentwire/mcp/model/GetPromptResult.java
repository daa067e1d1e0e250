package io.agentwire.mcp.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rendered prompt. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetPromptResult(String description, List<PromptMessage> messages) {
    public static GetPromptResult of(PromptMessage... messages) {
        return new GetPromptResult(null, List.of(messages));
    }
}
