package io.agentwire.jsonrpc.transport.sse;

import java.nio.charset.StandardCharsets;

/** Writes {@link SseEvent}s in the text/event-stream format; line breaks in data become several data lines. */
public final class SseEncoder {
    private SseEncoder() {
    }

    public static String encode(SseEvent event) {
        StringBuilder out = new StringBuilder(32 + (event.data() == null ? 0 : event.data().length()));
        if (event.id() != null) {
            out.append("id: ").append(event.id()).append('\n');
        }
        if (event.event() != null) {
            out.append("event: ").append(event.event()).append('\n');
        }
        if (event.retryMillis() != null) {
            out.append("retry: ").append(event.retryMillis()).append('\n');
        }
        if (event.data() != null) {
            String data = event.data();
            int start = 0;
            for (int i = 0; i < data.length(); i++) {
                char c = data.charAt(i);
                if (c == '\n' || c == '\r') {
                    out.append("data: ").append(data, start, i).append('\n');
                    if (c == '\r' && i + 1 < data.length() && data.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            out.append("data: ").append(data, start, data.length()).append('\n');
        }
        return out.append('\n').toString();
    }

    public static byte[] encodeBytes(SseEvent event) {
        return encode(event).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] comment(String text) {
        return (": " + text.replace('\n', ' ').replace('\r', ' ') + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
