package io.agentwire.mcp.client.transport;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.codec.JsonRpcPayload;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns one body, line or SSE event into JSON-RPC messages. Anything malformed fails with a
 * {@link MalformedMessageException} naming what was wrong, so that the request waiting on it fails clearly.
 */
final class MessageDecoder {
    private final JsonRpcCodec codec;

    MessageDecoder(JsonRpcCodec codec) {
        this.codec = codec;
    }

    List<JsonRpcMessage> decode(byte[] bytes, String where) {
        try {
            JsonRpcPayload payload = codec.decode(bytes);
            if (!payload.rejected().isEmpty()) {
                throw new MalformedMessageException("Malformed JSON-RPC message in " + where + ": "
                        + payload.rejected().get(0).error().message(), null);
            }
            return payload.messages();
        } catch (JsonRpcException e) {
            throw new MalformedMessageException("Malformed JSON-RPC message in " + where + ": " + e.getMessage(), e);
        }
    }

    List<JsonRpcMessage> decode(String text, String where) {
        return decode(text.getBytes(StandardCharsets.UTF_8), where);
    }

    byte[] encode(JsonRpcMessage message) {
        return codec.encode(message);
    }

    /** The server sent something that is not JSON-RPC; the stream it came on cannot be trusted further. */
    static final class MalformedMessageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedMessageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
