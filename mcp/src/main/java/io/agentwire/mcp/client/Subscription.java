package io.agentwire.mcp.client;

import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * An open 2026-07-28 {@code subscriptions/listen} stream. The notifications it brings go to the client's
 * notification listeners; {@link #close()} ends the stream (which is how the server learns to stop).
 */
public final class Subscription implements AutoCloseable {
    private final CompletableFuture<JsonNode> acknowledged;
    private final CompletableFuture<JsonNode> stream;

    Subscription(CompletableFuture<JsonNode> acknowledged, CompletableFuture<JsonNode> stream) {
        this.acknowledged = acknowledged;
        this.stream = stream;
    }

    /** Completes with the filter the server agreed to (the {@code notifications} of its acknowledgement). */
    public CompletableFuture<JsonNode> acknowledged() {
        return acknowledged;
    }

    /** Completes when the stream ends; exceptionally if it broke. */
    public CompletableFuture<JsonNode> ended() {
        return stream;
    }

    @Override
    public void close() {
        stream.cancel(true);
        acknowledged.cancel(true);
    }
}
