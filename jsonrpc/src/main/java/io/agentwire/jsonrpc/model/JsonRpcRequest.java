package io.agentwire.jsonrpc.model;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * A request: has an id and expects exactly one response with the same id.
 *
 * @param params an object or array node, or {@code null} when the request carried none
 */
public record JsonRpcRequest(JsonRpcId id, String method, JsonNode params) implements JsonRpcMessage {
    public JsonRpcRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
    }
}
