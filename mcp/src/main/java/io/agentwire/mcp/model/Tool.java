package io.agentwire.mcp.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A tool as listed by {@code tools/list}.
 *
 * @param inputSchema a JSON Schema object, sent to clients exactly as given
 * @param outputSchema optional JSON Schema the result's {@code structuredContent} must satisfy
 * @param execution optional execution hints, e.g. {@code {"taskSupport":"optional"}}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tool(String name, String title, String description, JsonNode inputSchema, JsonNode outputSchema,
                   ToolAnnotations annotations, List<Icon> icons, JsonNode execution,
                   @JsonProperty("_meta") JsonNode meta) {
}
