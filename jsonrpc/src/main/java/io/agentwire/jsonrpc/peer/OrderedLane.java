package io.agentwire.jsonrpc.peer;

import java.lang.System.Logger.Level;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks one at a time, in submission order, on a shared executor. Notifications need their wire order
 * (an "initialized" must not overtake what preceded it) but must not run on the transport's I/O thread.
 * Bounded, so that a flood of notifications is dropped rather than exhausting memory.
 */
final class OrderedLane {
    private static final System.Logger LOG = System.getLogger(OrderedLane.class.getName());

    private final Executor executor;
    private final int capacity;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();

    OrderedLane(Executor executor, int capacity) {
        this.executor = executor;
        this.capacity = capacity;
    }

    /** Queues the task; returns {@code false} (and drops it) when the lane is full. */
    boolean offer(Runnable task) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            return false;
        }
        queue.add(task);
        scheduleDrain();
        return true;
    }

    private void scheduleDrain() {
        if (draining.compareAndSet(false, true)) {
            PeerExecutors.executeOrRun(executor, this::drain);
        }
    }

    private void drain() {
        while (true) {
            Runnable task;
            while ((task = queue.poll()) != null) {
                size.decrementAndGet();
                runQuietly(task);
            }
            draining.set(false);
            // A task offered between the last poll and the reset found draining == true and did not schedule;
            // pick it up here unless another drain already has.
            if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private static void runQuietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "Notification handler failed", e);
        }
    }
}
