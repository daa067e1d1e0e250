package io.agentwire.jsonrpc.peer;

import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;

/**
 * Where a {@link JsonRpcPeer} writes its outbound messages; supplied by the transport. Called from many threads
 * at once, so implementations must be thread-safe, and should not block for long (hand the bytes to an I/O
 * thread). Throwing fails the outbound request that caused the send, or is logged for responses and
 * notifications.
 */
@FunctionalInterface
public interface MessageSink {
    void send(JsonRpcMessage message);

    /**
     * Sends a message that belongs to an inbound request: its response, and the notifications and requests a
     * handler emits while serving it. Transports that keep a channel per request (such as an HTTP response
     * stream) override this to route by {@code relatedRequestId}; the default ignores it.
     *
     * @param relatedRequestId the inbound request this message belongs to, or {@code null} when unrelated
     */
    default void send(JsonRpcMessage message, JsonRpcId relatedRequestId) {
        send(message);
    }
}
