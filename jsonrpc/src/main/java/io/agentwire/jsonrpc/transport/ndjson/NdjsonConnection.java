package io.agentwire.jsonrpc.transport.ndjson;

import java.net.InetSocketAddress;

/** One NDJSON peer over TCP. Thread-safe. */
public interface NdjsonConnection {
    /** Writes one JSON text and a line break, and flushes. */
    void send(byte[] json);

    void close();

    boolean isOpen();

    InetSocketAddress remoteAddress();
}
