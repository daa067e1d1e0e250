package io.agentwire.bench.client;

/**
 * One MCP client library under test, connected to the benchmark server. {@link #echo()} and {@link #blob()} are
 * called concurrently from several threads, as an application would share one client.
 */
interface ClientDriver extends AutoCloseable {

    /** Report label, with library version and protocol revision. */
    String label();

    /** Connects (and initializes, for session-based revisions). */
    void connect() throws Exception;

    /** One {@code tools/call echo}; fails unless the result text is "ok". */
    void echo() throws Exception;

    /** One {@code tools/call blob}; returns the result text, parsed and ready to use. */
    String blob() throws Exception;

    @Override
    void close();
}
