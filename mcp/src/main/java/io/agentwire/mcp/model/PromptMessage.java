package io.agentwire.mcp.model;

/** One message of a rendered prompt; {@code role} is {@code user} or {@code assistant}. */
public record PromptMessage(String role, Content content) {
    public static PromptMessage user(Content content) {
        return new PromptMessage("user", content);
    }

    public static PromptMessage assistant(Content content) {
        return new PromptMessage("assistant", content);
    }
}
