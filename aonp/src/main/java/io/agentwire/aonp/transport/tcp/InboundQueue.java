package io.agentwire.aonp.transport.tcp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.channel.Channel;

/**
 * Moves inbound work off the event loop onto one worker thread per connection, in order, and stops reading the
 * socket while more than {@code high} bytes wait, so a slow consumer pushes back through TCP's window instead of
 * filling memory (spec/aonp/m2tp.md section 8). Work is gathered per read and handed over as one batch, so a bulk
 * transfer costs the worker one wake-up per read burst rather than one per frame.
 */
final class InboundQueue {
    private final ExecutorService worker;
    private final AtomicLong queued = new AtomicLong();
    private final long high;
    private final long low;
    private volatile Channel channel;
    /** Set and cleared on the event loop only, so pausing and resuming cannot race each other. */
    private volatile boolean paused;
    /** Work added since the last hand-over; touched on the event loop only. */
    private List<Runnable> batch = new ArrayList<>();
    private long batchBytes;

    InboundQueue(String name, long high, long low) {
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        this.high = high;
        this.low = low;
    }

    void attach(Channel channel) {
        this.channel = channel;
    }

    /** Adds work to the current batch, which {@link #handOver} passes to the worker. Called on the event loop. */
    void add(long bytes, Runnable work) {
        batch.add(work);
        batchBytes += bytes;
    }

    /**
     * Passes the batch to the worker. When the worker has shut down, the batch runs here instead: its items must
     * then only release what they hold (the link marks itself closed before it shuts the worker down).
     */
    void handOver() {
        if (batch.isEmpty()) {
            return;
        }
        List<Runnable> items = batch;
        batch = new ArrayList<>();
        long bytes = batchBytes;
        batchBytes = 0;
        Runnable all = () -> items.forEach(Runnable::run);
        if (!submit(bytes, all)) {
            all.run();
        }
    }

    /**
     * Runs {@code work} later on the worker, after any batch added before; returns false (the caller cleans up)
     * when the queue is shut. Called on the event loop. The item queued here runs after any pause this call
     * makes, and its completion resumes reading once the queue is low, so reading cannot stay paused on an empty
     * queue.
     */
    boolean submit(long bytes, Runnable work) {
        if (!batch.isEmpty()) {
            handOver();
        }
        long now = queued.addAndGet(bytes);
        Channel ch = channel;
        if (now > high && ch != null && !paused) {
            paused = true;
            ch.config().setAutoRead(false);
        }
        try {
            worker.execute(() -> {
                try {
                    work.run();
                } finally {
                    long left = queued.addAndGet(-bytes);
                    Channel c = channel;
                    if (left < low && paused && c != null && !c.eventLoop().isShuttingDown()) {
                        c.eventLoop().execute(this::resume);
                    }
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            queued.addAndGet(-bytes);
            return false;
        }
    }

    private void resume() {
        Channel ch = channel;
        if (paused && queued.get() < low && ch != null) {
            paused = false;
            ch.config().setAutoRead(true);
        }
    }

    /** Runs what is queued, then stops the worker. */
    void shutdown() {
        handOver();
        worker.shutdown();
    }
}
