package io.agentwire.jsonrpc.peer;

import tools.jackson.databind.JsonNode;

/**
 * Serves one request method synchronously on a handler-executor thread. Throw
 * {@link io.agentwire.jsonrpc.JsonRpcException} to answer with a specific error; any other exception becomes
 * {@code -32603 Internal error} without its details on the wire.
 */
@FunctionalInterface
public interface RequestHandler {
    /**
     * @param params the request's params, or {@code null} when it carried none
     * @return the result; {@code null} is sent as JSON {@code null}
     */
    JsonNode handle(RequestContext context, JsonNode params) throws Exception;
}
