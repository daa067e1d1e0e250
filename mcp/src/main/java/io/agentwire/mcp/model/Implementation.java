package io.agentwire.mcp.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Name and version of an MCP client or server. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Implementation(String name, String version, String title, String description, String websiteUrl,
                             List<Icon> icons) {
    public static Implementation of(String name, String version) {
        return new Implementation(name, version, null, null, null, null);
    }
}
