package io.agentwire.mcp.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An icon a client may show for a tool, resource, prompt or implementation (2025-11-25 and later). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Icon(String src, String mimeType, List<String> sizes, String theme) {
    public static Icon of(String src, String mimeType) {
        return new Icon(src, mimeType, null, null);
    }
}
