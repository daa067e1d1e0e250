package io.agentwire.jsonrpc.transport.sse;

/** An event (its pending line plus buffered data) grew past the decoder's limit. */
public final class SseEventTooLargeException extends SseDecodingException {
    private static final long serialVersionUID = 1L;

    private final int limit;

    public SseEventTooLargeException(int limit) {
        super("Server-sent event exceeds the maximum size of " + limit + " bytes");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
