package io.agentwire.mcp.client;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Future composition that keeps cancellation working: the futures handed to callers are derived from the
 * request's own, and cancelling one must cancel the request (which the JDK's {@code thenApply} does not do).
 * Failures are reported as {@link McpClientException}s naming the operation.
 */
final class Futures {
    private Futures() {
    }

    static <T, R> CompletableFuture<R> map(String operation, CompletableFuture<T> source, Function<T, R> mapping) {
        CompletableFuture<R> out = new CompletableFuture<>();
        source.whenComplete((value, error) -> {
            if (error != null) {
                out.completeExceptionally(McpClientException.of(operation, error));
                return;
            }
            try {
                out.complete(mapping.apply(value));
            } catch (RuntimeException e) {
                out.completeExceptionally(McpClientException.of(operation, e));
            }
        });
        cancelWith(out, source);
        return out;
    }

    static <T, R> CompletableFuture<R> then(String operation, CompletableFuture<T> first, Function<T, CompletableFuture<R>> next) {
        CompletableFuture<R> out = new CompletableFuture<>();
        cancelWith(out, first);
        first.whenComplete((value, error) -> {
            if (error != null) {
                out.completeExceptionally(McpClientException.of(operation, error));
                return;
            }
            CompletableFuture<R> second;
            try {
                second = next.apply(value);
            } catch (RuntimeException e) {
                out.completeExceptionally(McpClientException.of(operation, e));
                return;
            }
            cancelWith(out, second);
            second.whenComplete((result, failure) -> {
                if (failure != null) {
                    out.completeExceptionally(McpClientException.of(operation, failure));
                } else {
                    out.complete(result);
                }
            });
        });
        return out;
    }

    private static void cancelWith(CompletableFuture<?> derived, CompletableFuture<?> source) {
        derived.whenComplete((value, error) -> {
            if (error instanceof CancellationException) {
                source.cancel(true);
            }
        });
    }
}
