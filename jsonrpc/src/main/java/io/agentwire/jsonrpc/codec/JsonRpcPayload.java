package io.agentwire.jsonrpc.codec;

import java.util.List;

import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcMessage;

/**
 * What one decoded body or line held: a single message, or a batch.
 *
 * @param messages the valid messages, in wire order
 * @param rejected error responses owed for the batch entries that were not valid JSON-RPC (empty unless batch)
 * @param batch whether the payload was a JSON array
 */
public record JsonRpcPayload(List<JsonRpcMessage> messages, List<JsonRpcErrorResponse> rejected, boolean batch) {
    public JsonRpcPayload {
        messages = List.copyOf(messages);
        rejected = List.copyOf(rejected);
    }

    public static JsonRpcPayload single(JsonRpcMessage message) {
        return new JsonRpcPayload(List.of(message), List.of(), false);
    }

    /** The one message of a non-batch payload. */
    public JsonRpcMessage single() {
        if (batch) {
            throw new IllegalStateException("payload is a batch");
        }
        return messages.get(0);
    }
}
