package io.agentwire.mcp.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A pointer to a resource the client may read later (2025-06-18 and later). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "uri", "name"})
public record ResourceLink(String uri, String name, String title, String description, String mimeType,
                           Annotations annotations) implements Content {
    @Override
    public String type() {
        return "resource_link";
    }
}
