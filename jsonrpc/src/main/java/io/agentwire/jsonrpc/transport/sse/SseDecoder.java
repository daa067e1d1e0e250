package io.agentwire.jsonrpc.transport.sse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Incremental parser for the {@code text/event-stream} format as the WHATWG HTML standard defines it.
 *
 * <p>Feed it byte chunks of any size, cut anywhere; it recognises CR, LF and CRLF line endings (also a CRLF
 * split across two chunks), drops a leading UTF-8 byte order mark, strips one space after the colon, treats a
 * line without a colon as a field with an empty value, ignores comments and unknown fields, joins data lines
 * with LF, ignores an {@code id} that contains NUL and a {@code retry} that is not all ASCII digits, keeps the
 * last event id across events, and dispatches on a blank line. Events whose data buffer is empty are not
 * dispatched, as the standard says; their {@code retry} still reaches {@link SseListener#onRetry} and their
 * id still updates {@link #lastEventId()}.
 *
 * <p>Dispatched events carry the last event id in effect ({@code null} while it is empty), the type
 * ({@code null} for the default "message") and, if the block had a valid {@code retry:} line, its value.
 *
 * <p>The decoder bounds memory: when the pending line plus the buffered data of one event exceed
 * {@code maxEventBytes}, {@link #feed} throws {@link SseEventTooLargeException}; the decoder is then failed
 * and every later call throws {@link SseDecodingException}. Those are the only exceptions it throws itself.
 * Not thread-safe: feed it from one thread at a time.
 */
public final class SseDecoder {
    /** Large enough for any reasonable JSON-RPC message carried in one event. */
    public static final int DEFAULT_MAX_EVENT_BYTES = 16 * 1024 * 1024;

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final SseListener listener;
    private final int maxEventBytes;

    private byte[] line = new byte[256];
    private int lineLength;
    private boolean lastWasCr;
    private boolean atStreamStart = true;

    private final StringBuilder data = new StringBuilder();
    private String eventType = "";
    private String lastEventId = "";
    private Long blockRetry;
    private long reconnectionTime = -1;
    private int bufferedBytes;
    private boolean failed;

    public SseDecoder(SseListener listener) {
        this(listener, DEFAULT_MAX_EVENT_BYTES);
    }

    public SseDecoder(SseListener listener, int maxEventBytes) {
        if (maxEventBytes <= 0) {
            throw new IllegalArgumentException("maxEventBytes must be positive");
        }
        this.listener = Objects.requireNonNull(listener, "listener");
        this.maxEventBytes = maxEventBytes;
    }

    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    public void feed(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        checkNotFailed();
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            accept(bytes[i]);
        }
    }

    /** Consumes the buffer's remaining bytes, advancing its position. */
    public void feed(ByteBuffer buffer) {
        checkNotFailed();
        if (buffer.hasArray()) {
            int position = buffer.position();
            int remaining = buffer.remaining();
            buffer.position(position + remaining);
            feed(buffer.array(), buffer.arrayOffset() + position, remaining);
            return;
        }
        while (buffer.hasRemaining()) {
            accept(buffer.get());
        }
    }

    /**
     * Signals the end of the stream. An event that was not terminated by a blank line is discarded, as the
     * standard requires; the decoder can still be asked for {@link #lastEventId()} afterwards.
     */
    public void end() {
        lineLength = 0;
        data.setLength(0);
        eventType = "";
        blockRetry = null;
        bufferedBytes = 0;
    }

    /** The last event id seen so far (kept across events), or the empty string. Used for reconnection. */
    public String lastEventId() {
        return lastEventId;
    }

    /** The last valid {@code retry:} value seen, or -1 if none. */
    public long reconnectionTimeMillis() {
        return reconnectionTime;
    }

    private void accept(byte b) {
        if (lastWasCr) {
            lastWasCr = false;
            if (b == LF) {
                return; // second half of a CRLF, the line was already processed at the CR
            }
        }
        if (b == CR) {
            lastWasCr = true;
            endLine();
        } else if (b == LF) {
            endLine();
        } else {
            appendToLine(b);
        }
    }

    private void appendToLine(byte b) {
        if (bufferedBytes + lineLength + 1 > maxEventBytes) {
            failed = true;
            throw new SseEventTooLargeException(maxEventBytes);
        }
        if (lineLength == line.length) {
            line = Arrays.copyOf(line, Math.min(line.length * 2, Math.max(maxEventBytes, 16)));
        }
        line[lineLength++] = b;
    }

    private void endLine() {
        int start = 0;
        if (atStreamStart) {
            atStreamStart = false;
            if (lineLength >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
                start = 3;
            }
        }
        int length = lineLength - start;
        lineLength = 0;
        if (length == 0) {
            dispatch();
            return;
        }
        // CR and LF never occur inside a multi-byte UTF-8 sequence, so decoding per line is exact;
        // invalid sequences become U+FFFD as the standard's "UTF-8 decode" does.
        String text = new String(line, start, length, StandardCharsets.UTF_8);
        processLine(text, length);
        if (line.length > 64 * 1024) {
            line = new byte[256]; // do not keep one huge line's buffer for the rest of a long stream
        }
    }

    private void processLine(String text, int byteLength) {
        int colon = text.indexOf(':');
        if (colon == 0) {
            listener.onComment(stripOneSpace(text.substring(1)));
            return;
        }
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : stripOneSpace(text.substring(colon + 1));
        switch (field) {
            case "event":
                eventType = value;
                bufferedBytes += byteLength;
                break;
            case "data":
                data.append(value).append('\n');
                bufferedBytes += byteLength;
                break;
            case "id":
                if (value.indexOf('\0') < 0) {
                    lastEventId = value;
                }
                break;
            case "retry":
                acceptRetry(value);
                break;
            default:
                break; // unknown fields are ignored
        }
    }

    private void acceptRetry(String value) {
        if (value.isEmpty() || value.length() > 18) {
            return; // more than 18 digits could overflow a long; no sane delay is that large
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return;
            }
        }
        long millis = Long.parseLong(value);
        reconnectionTime = millis;
        blockRetry = millis;
        listener.onRetry(millis);
    }

    private void dispatch() {
        String type = eventType;
        Long retry = blockRetry;
        eventType = "";
        blockRetry = null;
        bufferedBytes = 0;
        if (data.length() == 0) {
            return;
        }
        data.setLength(data.length() - 1); // the LF appended after the last data line
        String payload = data.toString();
        data.setLength(0);
        listener.onEvent(new SseEvent(lastEventId.isEmpty() ? null : lastEventId, type.isEmpty() ? null : type, payload, retry));
    }

    private static String stripOneSpace(String value) {
        return !value.isEmpty() && value.charAt(0) == ' ' ? value.substring(1) : value;
    }

    private void checkNotFailed() {
        if (failed) {
            throw new SseDecodingException("SSE decoder failed earlier; the stream cannot be resumed");
        }
    }
}
