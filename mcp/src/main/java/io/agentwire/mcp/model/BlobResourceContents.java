package io.agentwire.mcp.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Binary contents of a resource, base64-encoded. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlobResourceContents(String uri, String mimeType, String blob) implements ResourceContents {
}
