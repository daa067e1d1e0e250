package io.agentwire.aonp.transport.quic;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads and window sizes shared by the QUIC client and server. */
final class QuicThreads {
    /** Receive window of one stream: enough to keep a loopback or LAN path busy, small enough to bound memory. */
    static final long STREAM_WINDOW = 4L << 20;
    static final long CONNECTION_WINDOW = 16L << 20;

    private QuicThreads() {
    }

    /** Daemon threads, one per active stream; kwik's streams block, so they cannot share a small pool. */
    static ExecutorService executor(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
