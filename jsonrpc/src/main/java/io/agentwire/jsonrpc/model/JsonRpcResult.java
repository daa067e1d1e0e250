package io.agentwire.jsonrpc.model;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/** A successful response. */
public record JsonRpcResult(JsonRpcId id, JsonNode result) implements JsonRpcResponse {
    public JsonRpcResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(result, "result");
    }
}
