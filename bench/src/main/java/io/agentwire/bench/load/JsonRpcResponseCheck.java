package io.agentwire.bench.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether an HTTP response carries a JSON-RPC response, from either a JSON body or an SSE stream.
 *
 * <p>Deliberately a byte scan, not a JSON parse: the client must stay cheap, and the servers under test are trusted
 * to emit valid JSON (their own test suites check that). A payload counts as a JSON-RPC response when it has an
 * {@code "id"} and a {@code "result"} (or {@code "error"}) member and no {@code "method"}; in an SSE body, events are
 * split on blank lines and their {@code data:} lines joined as the SSE specification says, and an event left
 * unterminated at the end of the body is discarded, as a browser would.
 */
public final class JsonRpcResponseCheck {

    /** The verdict on one response. */
    public enum Outcome {
        /** A JSON-RPC success response. */
        RESULT,
        /** A JSON-RPC error response. */
        ERROR,
        /** 202 Accepted, the answer to a notification. */
        ACCEPTED,
        /** A non-2xx status. */
        HTTP_ERROR,
        /** 2xx, but no JSON-RPC response in the body. */
        INVALID
    }

    private static final byte[] RESULT = bytes("\"result\"");
    private static final byte[] ERROR = bytes("\"error\"");
    private static final byte[] ID = bytes("\"id\"");
    private static final byte[] METHOD = bytes("\"method\"");

    private JsonRpcResponseCheck() {
    }

    /** Classifies {@code response}. */
    public static Outcome classify(HttpResponse response) {
        int status = response.status();
        if (status == 202) {
            return Outcome.ACCEPTED;
        }
        if (status < 200 || status > 299) {
            return Outcome.HTTP_ERROR;
        }
        byte[] body = response.body();
        if (response.isEventStream()) {
            return classifyEventStream(body);
        }
        Outcome outcome = classifyPayload(body, 0, body.length);
        return outcome == null ? Outcome.INVALID : outcome;
    }

    private static Outcome classifyEventStream(byte[] body) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(body.length);
        boolean hasData = false;
        int pos = 0;
        while (pos < body.length) {
            int end = pos;
            while (end < body.length && body[end] != '\n' && body[end] != '\r') {
                end++;
            }
            if (end == body.length) {
                break; // unterminated last line: not part of a dispatched event
            }
            int next = end + 1;
            if (body[end] == '\r' && next < body.length && body[next] == '\n') {
                next++;
            }
            if (end == pos) {
                if (hasData) {
                    byte[] payload = data.toByteArray();
                    Outcome outcome = classifyPayload(payload, 0, payload.length);
                    if (outcome != null) {
                        return outcome;
                    }
                }
                data.reset();
                hasData = false;
            } else if (startsWith(body, pos, end, "data")) {
                int value = pos + 4;
                if (value == end || body[value] == ':') {
                    value = Math.min(value + 1, end);
                    if (value < end && body[value] == ' ') {
                        value++;
                    }
                    if (hasData) {
                        data.write('\n');
                    }
                    data.write(body, value, end - value);
                    hasData = true;
                }
            }
            pos = next;
        }
        return Outcome.INVALID;
    }

    private static Outcome classifyPayload(byte[] b, int from, int to) {
        if (indexOf(b, from, to, ID) < 0 || indexOf(b, from, to, METHOD) >= 0) {
            return null;
        }
        if (indexOf(b, from, to, RESULT) >= 0) {
            return Outcome.RESULT;
        }
        return indexOf(b, from, to, ERROR) >= 0 ? Outcome.ERROR : null;
    }

    private static boolean startsWith(byte[] b, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] b, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
