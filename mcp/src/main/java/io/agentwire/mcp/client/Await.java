package io.agentwire.mcp.client;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Blocking waits for the synchronous API, turning every failure into a {@link McpClientException}. */
final class Await {
    private Await() {
    }

    /** Waits for the outcome; the future is bounded by the request timeout, so this never waits forever. */
    static <T> T result(String operation, CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw McpClientException.of(operation, e.getCause());
        } catch (CancellationException e) {
            throw new McpClientException(operation + " was cancelled", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new McpClientException(operation + " was interrupted", e);
        }
    }
}
