package io.agentwire.jsonrpc.model;

/** The answer to a request: a {@link JsonRpcResult} or a {@link JsonRpcErrorResponse}. */
public sealed interface JsonRpcResponse extends JsonRpcMessage permits JsonRpcResult, JsonRpcErrorResponse {
    /** The id of the request answered; {@code null} only for errors about a request whose id was unreadable. */
    JsonRpcId id();
}
