package io.agentwire.jsonrpc.model;

import java.util.Objects;

/** A failed response; {@code id} is {@code null} when the failed request's id could not be read. */
public record JsonRpcErrorResponse(JsonRpcId id, JsonRpcError error) implements JsonRpcResponse {
    public JsonRpcErrorResponse {
        Objects.requireNonNull(error, "error");
    }
}
