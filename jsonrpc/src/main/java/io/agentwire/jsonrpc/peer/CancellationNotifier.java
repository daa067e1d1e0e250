package io.agentwire.jsonrpc.peer;

import io.agentwire.jsonrpc.model.JsonRpcRequest;

/**
 * Tells the remote side that this side gave up on one of its requests, in whatever way the protocol prescribes
 * (MCP sends {@code notifications/cancelled}). JSON-RPC itself has no cancellation message, hence the hook.
 * Called when the caller cancels the request's future, calls {@link JsonRpcPeer#cancelOutbound}, or the
 * request times out; never on {@link JsonRpcPeer#close}, since the connection is gone by then.
 */
@FunctionalInterface
public interface CancellationNotifier {
    /** Does nothing: the remote side finishes the work and its late response is reported as unmatched. */
    CancellationNotifier NONE = (peer, request, reason) -> { };

    /**
     * @param request the request that was abandoned, as it was sent
     * @param reason why, for humans; {@code null} when the caller gave none (a plain {@code future.cancel})
     */
    void requestCancelled(JsonRpcPeer peer, JsonRpcRequest request, String reason);
}
