package io.agentwire.jsonrpc.transport.http.client;

import java.util.concurrent.CompletableFuture;

/**
 * A response being received in streaming mode. If the server answers with {@code text/event-stream}, the
 * events go to the listener as they arrive and {@link #response()} completes with the status and headers (and
 * an empty body) as soon as the headers are in; any other response is read completely and delivered through
 * {@link #response()} with its body, and no event is delivered.
 */
public interface EventStream {
    /** Completes when the headers (event stream) or the whole response (anything else) have arrived. */
    CompletableFuture<HttpResponse> response();

    /**
     * Completes normally when the server ends the response; exceptionally when the connection fails, an event
     * exceeds the limit, the listener throws, the timeout expires before the headers, or on {@link #cancel()}
     * (with {@link java.util.concurrent.CancellationException}).
     */
    CompletableFuture<Void> completion();

    /** Stops receiving: closes the connection (it is never reused) and completes {@link #completion()}. */
    void cancel();

    /** The last event id seen, for resuming with {@code Last-Event-ID}; empty if none. */
    String lastEventId();
}
