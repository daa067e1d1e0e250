package io.agentwire.bench.server;

import java.io.IOException;
import java.util.OptionalLong;

/** A running server under test, wherever it runs. */
public interface ServerHandle extends AutoCloseable {

    /** The loopback port it listens on. */
    int port();

    /** The server's used heap after full GC, in bytes, when it can be measured apart from the load generator. */
    OptionalLong heapAfterGc() throws Exception;

    /** CPU time the server's process has used so far, in nanoseconds, when it runs in a process of its own. */
    OptionalLong cpuNanos() throws Exception;

    /** Stops the server; bounded. An interrupt is passed on by re-setting the thread's flag. */
    @Override
    void close() throws IOException;
}
