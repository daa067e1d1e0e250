package io.agentwire.mcp.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Plain text content. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "text"})
public record TextContent(String text, Annotations annotations) implements Content {
    @Override
    public String type() {
        return "text";
    }
}
