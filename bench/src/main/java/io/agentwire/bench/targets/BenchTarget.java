package io.agentwire.bench.targets;

import io.agentwire.bench.load.RequestProfile;

/**
 * A server under test that serves one trivial MCP tool, {@code echo}, answering the text {@code "ok"}.
 *
 * <p>{@link #start()} and {@link #stop()} run inside the server's own child JVM (see
 * {@code io.agentwire.bench.server}); {@link #requestFor} runs in the load generator's JVM, on a fresh unstarted
 * instance, so constructors must be cheap and side-effect free.
 */
public interface BenchTarget {

    /** Stable command-line id, e.g. {@code raw-echo}. */
    String id();

    /** Human-readable name for reports, including versions and protocol era. */
    String label();

    /** Starts the server on 127.0.0.1 with an ephemeral port and returns that port. */
    int start() throws Exception;

    /** The requests one load-generator connection sends to this target listening on {@code host:port}. */
    RequestProfile requestFor(String host, int port);

    /** Whether the target keeps MCP sessions, i.e. the idle-sessions benchmark applies. */
    boolean hasSessions();

    /** Stops the server and releases its threads. */
    void stop() throws Exception;
}
