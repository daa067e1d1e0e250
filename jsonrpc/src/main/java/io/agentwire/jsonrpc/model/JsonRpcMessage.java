package io.agentwire.jsonrpc.model;

/**
 * One JSON-RPC 2.0 message. The four shapes are closed: a request expects a response, a notification does
 * not, and a response is either a result or an error.
 */
public sealed interface JsonRpcMessage permits JsonRpcRequest, JsonRpcNotification, JsonRpcResponse {
}
