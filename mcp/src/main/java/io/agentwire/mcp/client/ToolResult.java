package io.agentwire.mcp.client;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The result of {@code tools/call} as the server sent it, with accessors for the usual fields.
 * {@link #structuredContent()} has been validated against the tool's {@code outputSchema} when it declares one.
 */
public final class ToolResult {
    private final JsonNode raw;

    public ToolResult(JsonNode raw) {
        this.raw = Objects.requireNonNull(raw, "raw");
    }

    /** The whole result object. */
    public JsonNode raw() {
        return raw;
    }

    /** The content blocks (an array node, missing when absent). */
    public JsonNode content() {
        return raw.path("content");
    }

    /** The structured content, or {@code null}. */
    public JsonNode structuredContent() {
        JsonNode value = raw.get("structuredContent");
        return value == null || value.isNull() ? null : value;
    }

    /** Whether the tool reported a failure for the model to see. */
    public boolean isError() {
        return raw.path("isError").asBoolean(false);
    }

    /** The text of all text blocks, joined with line breaks. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content()) {
            if ("text".equals(block.path("type").asString(""))) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(block.path("text").asString(""));
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "ToolResult" + raw;
    }
}
