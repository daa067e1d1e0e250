package io.agentwire.jsonrpc.transport.ndjson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Newline-delimited JSON over a pair of blocking streams, normally {@code System.in} and {@code System.out}
 * (the MCP stdio transport). A dedicated daemon thread reads lines and hands them to a {@link Listener};
 * {@link #send} writes one message per line and flushes, and may be called from any thread.
 *
 * <p>Lines longer than the limit are skipped and reported to {@link Listener#onLineTooLong}; reading goes on.
 * Nothing but protocol messages may be written to the output stream: logging belongs on {@code System.err}.
 */
public final class StdioTransport implements AutoCloseable {
    /** Receives the input side of the transport, on the reader thread. */
    public interface Listener {
        /** One JSON text (without the line break). */
        void onLine(byte[] json);

        /** A line exceeded the limit and was skipped. */
        default void onLineTooLong(NdjsonLineTooLongException error) {
        }

        /** The input ended ({@code cause == null}) or failed. Called once. */
        default void onClose(Throwable cause) {
        }
    }

    private final InputStream in;
    private final OutputStream out;
    private final int maxLineLength;
    private final Object writeLock = new Object();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private Thread reader;

    public StdioTransport(InputStream in, OutputStream out) {
        this(in, out, NdjsonFrameDecoder.DEFAULT_MAX_LINE_LENGTH);
    }

    public StdioTransport(InputStream in, OutputStream out, int maxLineLength) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        if (maxLineLength <= 0) {
            throw new IllegalArgumentException("maxLineLength must be positive");
        }
        this.maxLineLength = maxLineLength;
    }

    /** For the MCP stdio transport of a server process. */
    public static StdioTransport ofSystemStreams() {
        return new StdioTransport(System.in, System.out);
    }

    /** Starts the reader thread. */
    public void start(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        reader = new Thread(() -> readLoop(listener), "agentwire-stdio-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop(Listener listener) {
        LineSplitter splitter = new LineSplitter(maxLineLength, new LineSplitter.Sink() {
            @Override
            public void line(byte[] line) {
                listener.onLine(line);
            }

            @Override
            public void tooLong(NdjsonLineTooLongException error) {
                listener.onLineTooLong(error);
            }
        });
        byte[] buffer = new byte[8192];
        Throwable failure = null;
        try {
            for (int n = in.read(buffer); n >= 0 && !closed.get(); n = in.read(buffer)) {
                splitter.feed(buffer, 0, n);
            }
            if (!closed.get()) {
                splitter.end();
            }
        } catch (IOException | RuntimeException e) {
            failure = closed.get() ? null : e;
        }
        listener.onClose(failure);
    }

    /** Writes one JSON text and a line break, then flushes. Thread-safe; messages never interleave. */
    public void send(byte[] json) {
        NdjsonEncoder.requireSingleLine(json);
        synchronized (writeLock) {
            if (closed.get()) {
                throw new IllegalStateException("transport is closed");
            }
            try {
                out.write(json);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write to the output stream", e);
            }
        }
    }

    public void send(String json) {
        send(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Stops reading and closes the input stream (which unblocks the reader on most streams). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is best effort; the reader is a daemon thread
        }
        synchronized (writeLock) {
            try {
                out.flush();
            } catch (IOException ignored) {
                // the peer may already be gone
            }
        }
    }
}
