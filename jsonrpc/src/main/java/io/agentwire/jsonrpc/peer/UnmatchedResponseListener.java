package io.agentwire.jsonrpc.peer;

import io.agentwire.jsonrpc.model.JsonRpcResponse;

/**
 * Hears about responses that answer no pending request: late answers to timed-out or cancelled requests,
 * duplicates, and error responses with a {@code null} id (the remote side could not read one of our messages).
 * Must not throw; anything thrown is logged and ignored.
 */
@FunctionalInterface
public interface UnmatchedResponseListener {
    void unmatchedResponse(JsonRpcResponse response);
}
