package io.agentwire.jsonrpc.transport.sse;

/**
 * One server-sent event. Every field is optional; an event with only {@code id} and {@code retryMillis} is a
 * valid priming event.
 *
 * @param id the {@code id:} field, or {@code null}
 * @param event the {@code event:} type, or {@code null} for the default "message"
 * @param data the payload; line breaks are split into several {@code data:} lines on the wire; may be empty
 * @param retryMillis the {@code retry:} reconnection delay, or {@code null}
 */
public record SseEvent(String id, String event, String data, Long retryMillis) {
    public static SseEvent message(String data) {
        return new SseEvent(null, null, data, null);
    }

    public static SseEvent message(String id, String data) {
        return new SseEvent(id, null, data, null);
    }
}
