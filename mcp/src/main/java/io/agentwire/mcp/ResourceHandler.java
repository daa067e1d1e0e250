package io.agentwire.mcp;

import java.util.List;

import io.agentwire.mcp.model.ResourceContents;

/**
 * Reads a resource or a resource-template match. For templates, {@link RequestContext#uriVariables()} holds the
 * values the URI matched.
 */
@FunctionalInterface
public interface ResourceHandler {
    List<ResourceContents> read(RequestContext request) throws Exception;
}
