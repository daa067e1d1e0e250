package io.agentwire.mcp.client;

import tools.jackson.databind.JsonNode;

/**
 * Answers one kind of server request (sampling, elicitation, roots): given the request's params, returns the
 * result object. Used for server-to-client requests in the legacy era and for {@code input_required} rounds in
 * the 2026-07-28 era alike. Throw {@link io.agentwire.jsonrpc.JsonRpcException} to answer with a specific error.
 */
@FunctionalInterface
public interface ClientRequestHandler {
    JsonNode handle(JsonNode params) throws Exception;
}
