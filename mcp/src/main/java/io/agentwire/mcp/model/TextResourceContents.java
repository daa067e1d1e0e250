package io.agentwire.mcp.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Text contents of a resource. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextResourceContents(String uri, String mimeType, String text) implements ResourceContents {
}
