package io.agentwire.mcp.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A resource's contents carried inline. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "resource"})
public record EmbeddedResource(ResourceContents resource, Annotations annotations) implements Content {
    @Override
    public String type() {
        return "resource";
    }
}
