package io.agentwire.jsonrpc.transport.http;

import java.util.concurrent.CompletionStage;

import io.agentwire.jsonrpc.transport.sse.SseEvent;

/** The server side of one open event stream. Thread-safe. */
public interface SseStream {
    /** Writes and flushes one event; completes when written, exceptionally if the stream is closed. */
    CompletionStage<Void> send(SseEvent event);

    /** Writes a comment line ({@code : text}), used as a keep-alive. */
    void comment(String text);

    /** Ends the response (last chunk) and, for a non-keep-alive connection, closes it. Idempotent. */
    void close();

    boolean isOpen();

    /** Runs the callback once when the stream ends, by {@link #close()} or because the peer went away. */
    void onClose(Runnable callback);
}
