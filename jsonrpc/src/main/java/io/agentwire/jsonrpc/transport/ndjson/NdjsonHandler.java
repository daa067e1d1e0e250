package io.agentwire.jsonrpc.transport.ndjson;

/** Application side of an NDJSON TCP connection. Called on a Netty event loop: do not block. */
public interface NdjsonHandler {
    default void onOpen(NdjsonConnection connection) {
    }

    /** One JSON text, without the line break. */
    void onLine(NdjsonConnection connection, byte[] json);

    /** A line exceeded the limit and was skipped; the connection stays open unless the handler closes it. */
    default void onLineTooLong(NdjsonConnection connection, NdjsonLineTooLongException error) {
    }

    /** The connection is closed. Called once. */
    default void onClose(NdjsonConnection connection) {
    }
}
