package io.agentwire.mcp;

import io.agentwire.mcp.model.GetPromptResult;

/** Renders a prompt from its arguments ({@link RequestContext#arguments()}). */
@FunctionalInterface
public interface PromptHandler {
    GetPromptResult get(RequestContext request) throws Exception;
}
