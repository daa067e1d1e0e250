package io.agentwire.mcp.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A prompt template as listed by {@code prompts/list}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Prompt(String name, String title, String description, List<PromptArgument> arguments, List<Icon> icons) {
    public static Prompt of(String name, String description, PromptArgument... arguments) {
        return new Prompt(name, null, description, arguments.length == 0 ? null : List.of(arguments), null);
    }
}
