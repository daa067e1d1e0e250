package io.agentwire.jsonrpc.peer;

/** Undoes one registration (a handler or a progress listener). Idempotent. */
@FunctionalInterface
public interface Registration extends AutoCloseable {
    @Override
    void close();
}
