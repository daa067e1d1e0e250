package io.agentwire.jsonrpc.transport.ndjson;

import java.io.ByteArrayOutputStream;

/**
 * The byte-array twin of {@link NdjsonFrameDecoder} for blocking streams: same line rules, same length
 * limit, no Netty buffers. Not thread-safe.
 */
final class LineSplitter {
    interface Sink {
        void line(byte[] line);

        void tooLong(NdjsonLineTooLongException error);
    }

    private final int maxLineLength;
    private final Sink sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean discarding;

    LineSplitter(int maxLineLength, Sink sink) {
        this.maxLineLength = maxLineLength;
        this.sink = sink;
    }

    void feed(byte[] bytes, int offset, int length) {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            append(bytes, start, i - start);
            finishLine();
            start = i + 1;
        }
        append(bytes, start, end - start);
    }

    /** End of input: a last line without {@code \n} still counts. */
    void end() {
        finishLine();
    }

    private void append(byte[] bytes, int offset, int length) {
        if (discarding || length == 0) {
            return;
        }
        // One byte of slack for a '\r' before the '\n', which is not part of the line.
        if (line.size() + length > maxLineLength + 1) {
            line.reset();
            discarding = true;
            sink.tooLong(new NdjsonLineTooLongException(maxLineLength));
            return;
        }
        line.write(bytes, offset, length);
    }

    private void finishLine() {
        if (discarding) {
            discarding = false;
            return;
        }
        byte[] bytes = line.toByteArray();
        line.reset();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        if (length > maxLineLength) {
            sink.tooLong(new NdjsonLineTooLongException(maxLineLength));
            return;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                sink.line(length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length));
                return;
            }
        }
    }
}
