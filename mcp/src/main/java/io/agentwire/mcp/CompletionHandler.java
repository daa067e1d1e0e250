package io.agentwire.mcp;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Suggests values for a prompt or resource-template argument.
 *
 * @see #complete
 */
@FunctionalInterface
public interface CompletionHandler {
    /**
     * @param ref the {@code ref} object ({@code ref/prompt} with {@code name}, or {@code ref/resource} with {@code uri})
     * @param argumentName the argument being completed
     * @param partialValue what the user typed so far
     * @param context other arguments already chosen ({@code context.arguments}), or an empty object
     */
    List<String> complete(JsonNode ref, String argumentName, String partialValue, JsonNode context);
}
