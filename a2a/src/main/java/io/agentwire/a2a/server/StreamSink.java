package io.agentwire.a2a.server;

import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.StreamResponse;

/**
 * Where the engine writes one stream ({@code SendStreamingMessage}, {@code SubscribeToTask}). Called in event order,
 * possibly from different threads but never concurrently; implementations must not block (queue and return).
 */
public interface StreamSink {

    void event(StreamResponse event);

    /** The stream is over: the task reached a terminal or interrupted state, or the answer was a message. */
    void end();

    /** The stream cannot start or go on. */
    void error(A2aException error);

    /** Whether the client went away; the engine then stops writing to this sink. */
    boolean closed();
}
