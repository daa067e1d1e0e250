package io.agentwire.bench.load;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Runs one closed-loop benchmark: {@code connections} keep-alive connections, each with exactly one request in
 * flight, for warm-up plus measurement, then drains and reports.
 *
 * <p>Closed loop means the offered load adapts to the server, so latencies are service times under that
 * concurrency (no coordinated-omission correction: there is no intended arrival schedule to correct against). Every
 * run is bounded: after the window ends no request is sent, and whatever has not answered within the drain timeout
 * is closed and counted as incomplete.
 */
public final class LoadGenerator {

    /** Runs {@code profile} against the server described by {@code config}; blocks for the whole run. */
    public LoadResult run(LoadConfig config, RequestProfile profile) throws InterruptedException {
        return run(config, profile, WindowObserver.NONE);
    }

    /** Same, telling {@code observer} when the measured window opens and closes. */
    public LoadResult run(LoadConfig config, RequestProfile profile, WindowObserver observer)
            throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(config.ioThreads(), NioIoHandler.newFactory());
        List<ConnectionSlot> slots = new ArrayList<>(config.connections());
        try {
            long start = System.nanoTime();
            long measureStart = start + config.warmup().toNanos();
            RunWindow window = new RunWindow(measureStart, measureStart + config.duration().toNanos());
            for (int i = 0; i < config.connections(); i++) {
                ConnectionSlot slot = new ConnectionSlot(group.next(), config, profile, window);
                slots.add(slot);
                slot.start();
            }
            sleepUntil(window.measureStart());
            observer.measureStarted();
            sleepUntil(window.measureEnd());
            observer.measureEnded();
            long drainDeadline = System.nanoTime() + config.drainTimeout().toNanos();
            for (ConnectionSlot slot : slots) {
                long left = drainDeadline - System.nanoTime();
                if (!slot.finished().await(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                    slot.forceStop();
                }
            }
            for (ConnectionSlot slot : slots) {
                slot.finished().await(5, TimeUnit.SECONDS);
            }
        } finally {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
        }
        return merge(slots, config.duration().toNanos() / 1e9);
    }

    private static LoadResult merge(List<ConnectionSlot> slots, double seconds) {
        // Safe to read: the event loops have terminated, which happens-before the termination future's waiters.
        Histogram all = new Histogram(1, ConnectionSlot.MAX_LATENCY_MICROS, 3);
        long completed = 0;
        long allCalls = 0;
        long errors = 0;
        long setupFailures = 0;
        long reconnects = 0;
        long incomplete = 0;
        for (ConnectionSlot slot : slots) {
            all.add(slot.histogram);
            completed += slot.completed;
            allCalls += slot.allCalls;
            errors += slot.errors;
            setupFailures += slot.setupFailures;
            reconnects += slot.reconnects;
            incomplete += slot.incomplete;
        }
        return new LoadResult(completed, allCalls, seconds, all, errors, setupFailures, reconnects, incomplete);
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
        }
    }
}
