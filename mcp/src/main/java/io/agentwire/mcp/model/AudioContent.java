package io.agentwire.mcp.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Audio, base64-encoded (2025-03-26 and later). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "data", "mimeType"})
public record AudioContent(String data, String mimeType, Annotations annotations) implements Content {
    @Override
    public String type() {
        return "audio";
    }
}
