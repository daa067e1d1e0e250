package io.agentwire.mcp.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A family of resources described by an RFC 6570 URI template. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceTemplate(String uriTemplate, String name, String title, String description, String mimeType,
                               Annotations annotations, List<Icon> icons) {
    public static ResourceTemplate of(String uriTemplate, String name, String description, String mimeType) {
        return new ResourceTemplate(uriTemplate, name, null, description, mimeType, null, null);
    }
}
