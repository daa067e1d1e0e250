package io.agentwire.jsonrpc.transport.sse;

/**
 * Receives what {@link SseDecoder} finds in a stream. Called synchronously from {@code feed}; an exception
 * thrown here propagates to the caller of {@code feed} unchanged.
 */
@FunctionalInterface
public interface SseListener {
    /** A dispatched event: non-empty data buffer, type {@code null} for the default "message". */
    void onEvent(SseEvent event);

    /** A {@code retry:} field with a valid value was seen, whether or not its event is dispatched. */
    default void onRetry(long millis) {
    }

    /** A comment line, without the leading colon and one optional space. Useful to observe keep-alives. */
    default void onComment(String text) {
    }
}
