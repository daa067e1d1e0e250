package io.agentwire.jsonrpc.transport.sse;

/** The only exception {@link SseDecoder} throws on its own: the stream cannot be decoded any further. */
public class SseDecodingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SseDecodingException(String message) {
        super(message);
    }
}
