package io.agentwire.mcp.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A concrete resource as listed by {@code resources/list}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resource(String uri, String name, String title, String description, String mimeType, Long size,
                       Annotations annotations, List<Icon> icons) {
    public static Resource of(String uri, String name, String description, String mimeType) {
        return new Resource(uri, name, null, description, mimeType, null, null, null);
    }
}
