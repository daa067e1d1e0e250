package io.agentwire.jsonrpc.transport.sse;

import java.nio.charset.StandardCharsets;

/**
 * Serialises {@link SseEvent}s to the {@code text/event-stream} wire format of the HTML standard.
 *
 * <p>Every event carries at least one {@code data:} line, even when its data is empty, because a receiver only
 * dispatches events whose data buffer is non-empty; a lone {@code data:} line makes a priming event
 * ({@code id} plus empty data) visible to the client. Line breaks inside the data (CR, LF or CRLF) become
 * separate {@code data:} lines, which the receiver joins back with LF. Stateless and thread-safe.
 */
public final class SseEncoder {
    private SseEncoder() {
    }

    /** The event as UTF-8 bytes, terminated by the blank line that makes the receiver dispatch it. */
    public static byte[] encodeBytes(SseEvent event) {
        return encode(event).getBytes(StandardCharsets.UTF_8);
    }

    /** The event as text, terminated by a blank line. */
    public static String encode(SseEvent event) {
        StringBuilder out = new StringBuilder(64 + (event.data() == null ? 0 : event.data().length()));
        if (event.id() != null) {
            requireSingleLine("id", event.id());
            if (event.id().indexOf('\0') >= 0) {
                // A receiver silently ignores such an id, which would break resumption without anyone noticing.
                throw new IllegalArgumentException("SSE id must not contain NUL");
            }
            appendField(out, "id", event.id());
        }
        if (event.event() != null) {
            requireSingleLine("event", event.event());
            appendField(out, "event", event.event());
        }
        if (event.retryMillis() != null) {
            if (event.retryMillis() < 0) {
                throw new IllegalArgumentException("SSE retry must not be negative: " + event.retryMillis());
            }
            appendField(out, "retry", Long.toString(event.retryMillis()));
        }
        appendData(out, event.data() == null ? "" : event.data());
        return out.append('\n').toString();
    }

    /**
     * A comment block ({@code : text} per line). Receivers ignore it; servers send it to keep idle
     * connections and intermediaries alive. Needs no blank line, so it never disturbs a pending event.
     */
    public static byte[] comment(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        forEachLine(text, line -> {
            out.append(':');
            if (!line.isEmpty()) {
                out.append(' ').append(line);
            }
            out.append('\n');
        });
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendData(StringBuilder out, String data) {
        forEachLine(data, line -> appendField(out, "data", line));
    }

    private static void appendField(StringBuilder out, String name, String value) {
        out.append(name).append(':');
        if (!value.isEmpty()) {
            // One space is stripped by the receiver, so a value that itself starts with a space survives.
            out.append(' ').append(value);
        }
        out.append('\n');
    }

    /** Splits on CRLF, CR and LF; an empty text or a trailing break yields an empty last line. */
    private static void forEachLine(String text, java.util.function.Consumer<String> lineConsumer) {
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                lineConsumer.accept(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lineConsumer.accept(text.substring(start));
    }

    private static void requireSingleLine(String field, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("SSE " + field + " must not contain a line break");
        }
    }
}
