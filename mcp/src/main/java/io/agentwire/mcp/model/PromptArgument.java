package io.agentwire.mcp.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One argument a prompt accepts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromptArgument(String name, String title, String description, Boolean required) {
    public static PromptArgument required(String name, String description) {
        return new PromptArgument(name, null, description, true);
    }

    public static PromptArgument optional(String name, String description) {
        return new PromptArgument(name, null, description, false);
    }
}
