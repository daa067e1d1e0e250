package io.agentwire.bench.load;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * An incremental HTTP/1.1 response parser for one connection: feed it whatever bytes arrive, it calls back once per
 * complete response.
 *
 * <p>Hand-written instead of Netty's {@code HttpClientCodec} because the client shares two cores with the server
 * under test: this avoids the codec's per-message objects and header maps and keeps only what MCP needs. It handles
 * {@code Content-Length} and {@code chunked} bodies (a chunked SSE response is therefore complete exactly when its
 * terminating chunk arrives), bodiless statuses, and bodies delimited by connection close ({@link #onClose()}).
 * Not thread-safe: one instance per connection, used from its event loop.
 */
public final class HttpResponseParser {

    private enum State { STATUS_LINE, HEADERS, FIXED_BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_END, TRAILERS, UNTIL_CLOSE }

    private final Consumer<HttpResponse> sink;
    private State state = State.STATUS_LINE;

    private byte[] line = new byte[256];
    private int lineLength;

    private byte[] body = new byte[1024];
    private int bodyLength;
    private long remaining;

    private int status;
    private String contentType;
    private String sessionId;
    private boolean connectionClose;
    private long contentLength;
    private boolean chunked;

    /** Creates a parser that hands each complete response to {@code sink}. */
    public HttpResponseParser(Consumer<HttpResponse> sink) {
        this.sink = sink;
    }

    /** Consumes all readable bytes of {@code in} (without releasing it). */
    public void feed(ByteBuf in) {
        while (in.isReadable()) {
            switch (state) {
                case STATUS_LINE:
                    if (readLine(in)) {
                        parseStatusLine();
                        state = State.HEADERS;
                    }
                    break;
                case HEADERS:
                    if (readLine(in)) {
                        if (lineLength == 0) {
                            endOfHeaders();
                        } else {
                            parseHeader();
                        }
                    }
                    break;
                case FIXED_BODY:
                    readBody(in);
                    if (remaining == 0) {
                        complete();
                    }
                    break;
                case CHUNK_SIZE:
                    if (readLine(in)) {
                        long size = parseChunkSize();
                        if (size == 0) {
                            state = State.TRAILERS;
                        } else {
                            remaining = size;
                            state = State.CHUNK_DATA;
                        }
                    }
                    break;
                case CHUNK_DATA:
                    readBody(in);
                    if (remaining == 0) {
                        state = State.CHUNK_DATA_END;
                    }
                    break;
                case CHUNK_DATA_END:
                    if (readLine(in)) {
                        if (lineLength != 0) {
                            throw new IllegalStateException("missing CRLF after chunk data");
                        }
                        state = State.CHUNK_SIZE;
                    }
                    break;
                case TRAILERS:
                    if (readLine(in)) {
                        if (lineLength == 0) {
                            complete();
                        } else {
                            lineLength = 0; // trailer fields carry nothing the bench needs
                        }
                    }
                    break;
                case UNTIL_CLOSE:
                    remaining = in.readableBytes();
                    readBody(in);
                    break;
                default:
                    throw new IllegalStateException(state.name());
            }
        }
    }

    /** Tells the parser the connection closed; completes a close-delimited body, reports whether one was pending. */
    public boolean onClose() {
        if (state == State.UNTIL_CLOSE) {
            complete();
            return false;
        }
        return state != State.STATUS_LINE || lineLength != 0;
    }

    private boolean readLine(ByteBuf in) {
        while (in.isReadable()) {
            byte b = in.readByte();
            if (b == '\n') {
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
            if (lineLength == line.length) {
                if (line.length >= 65536) {
                    throw new IllegalStateException("HTTP line longer than 64 KiB");
                }
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[lineLength++] = b;
        }
        return false;
    }

    private String takeLine() {
        String s = new String(line, 0, lineLength, StandardCharsets.ISO_8859_1);
        lineLength = 0;
        return s;
    }

    private void parseStatusLine() {
        String s = takeLine();
        // "HTTP/1.1 200 OK": the code sits between the first and second space.
        int sp = s.indexOf(' ');
        if (!s.startsWith("HTTP/1.") || sp < 0 || s.length() < sp + 4) {
            throw new IllegalStateException("bad status line: " + s);
        }
        status = Integer.parseInt(s.substring(sp + 1, sp + 4));
        contentType = null;
        sessionId = null;
        connectionClose = s.startsWith("HTTP/1.0");
        contentLength = -1;
        chunked = false;
        bodyLength = 0;
    }

    private void parseHeader() {
        String s = takeLine();
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("bad header line: " + s);
        }
        String name = s.substring(0, colon).trim();
        String value = s.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("content-length")) {
            contentLength = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("transfer-encoding")) {
            chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
        } else if (name.equalsIgnoreCase("content-type")) {
            contentType = value;
        } else if (name.equalsIgnoreCase("mcp-session-id")) {
            sessionId = value;
        } else if (name.equalsIgnoreCase("connection")) {
            connectionClose = value.equalsIgnoreCase("close");
        }
    }

    private void endOfHeaders() {
        if (status < 200 || status == 204 || status == 304) {
            if (status < 200) {
                // An interim response (100 Continue): the real one follows.
                state = State.STATUS_LINE;
                return;
            }
            complete();
        } else if (chunked) {
            state = State.CHUNK_SIZE;
        } else if (contentLength >= 0) {
            remaining = contentLength;
            if (remaining == 0) {
                complete();
            } else {
                state = State.FIXED_BODY;
            }
        } else {
            state = State.UNTIL_CLOSE;
        }
    }

    private long parseChunkSize() {
        String s = takeLine();
        int ext = s.indexOf(';');
        return Long.parseLong((ext < 0 ? s : s.substring(0, ext)).trim(), 16);
    }

    private void readBody(ByteBuf in) {
        int n = (int) Math.min(remaining, in.readableBytes());
        if (bodyLength + n > body.length) {
            body = Arrays.copyOf(body, Math.max(body.length * 2, bodyLength + n));
        }
        in.readBytes(body, bodyLength, n);
        bodyLength += n;
        remaining -= n;
    }

    private void complete() {
        HttpResponse response = new HttpResponse(status, contentType, sessionId, connectionClose,
                Arrays.copyOf(body, bodyLength));
        state = State.STATUS_LINE;
        bodyLength = 0;
        lineLength = 0;
        sink.accept(response);
    }
}
