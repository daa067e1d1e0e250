package io.agentwire.jsonrpc.transport.ndjson;

import io.netty.handler.codec.TooLongFrameException;

/**
 * A line exceeded the maximum length. The offending line is skipped entirely and reading continues with the
 * next line, so the application can answer with a JSON-RPC error (e.g. {@code -32700} or {@code -32600} with a
 * {@code null} id, since the request could not be read) and keep the connection.
 */
public final class NdjsonLineTooLongException extends TooLongFrameException {
    private static final long serialVersionUID = 1L;

    private final int maxLineLength;

    public NdjsonLineTooLongException(int maxLineLength) {
        super("NDJSON line exceeds the maximum length of " + maxLineLength + " bytes; it was skipped");
        this.maxLineLength = maxLineLength;
    }

    public int maxLineLength() {
        return maxLineLength;
    }
}
