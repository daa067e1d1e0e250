package io.agentwire.mcp.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An image, base64-encoded. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "data", "mimeType"})
public record ImageContent(String data, String mimeType, Annotations annotations) implements Content {
    @Override
    public String type() {
        return "image";
    }
}
