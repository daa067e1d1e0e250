package io.agentwire.a2a.push;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * One serial, bounded queue ("lane") per push config. Serial, so a webhook sees a task's events in the order they
 * were generated (§3.5.2), even with retries. Bounded, so a webhook that hangs or keeps failing cannot make the
 * agent hold an ever-growing backlog.
 *
 * <p>Overflow policy: <b>drop the oldest</b> waiting delivery. Its future completes with
 * {@code delivered=false, attempts=0} and a "dropped" error, and a warning is logged (rate-limited per lane).
 * Oldest, not newest, because a task's latest event (typically its terminal state) is the one the receiver needs
 * most, and a receiver that missed intermediate updates can catch up with GetTask. The delivery in flight is never
 * dropped, so a lane holds at most {@code capacity + 1} deliveries.
 *
 * <p>All lane state changes happen inside {@link ConcurrentHashMap#compute} for the lane's key, so enqueueing,
 * advancing and removing an idle lane cannot race; the deliveries themselves run outside that lock.
 */
final class DeliveryLanes {
    private static final System.Logger LOG = System.getLogger(DeliveryLanes.class.getName());
    /** A flood into a hung webhook must not become a flood of log lines: the 1st, 101st, 201st... drop is logged. */
    private static final int LOG_EVERY_DROPS = 100;

    /** A delivery waiting in or running on a lane. */
    static final class Job {
        final String description; // for logs: never credentials, never the URL path
        final Supplier<CompletableFuture<DeliveryResult>> run;
        final CompletableFuture<DeliveryResult> result = new CompletableFuture<>();

        Job(String description, Supplier<CompletableFuture<DeliveryResult>> run) {
            this.description = description;
            this.run = run;
        }
    }

    private static final class Lane {
        Job current;
        final ArrayDeque<Job> waiting = new ArrayDeque<>();
        long dropped;
    }

    private final Map<Object, Lane> lanes = new ConcurrentHashMap<>();
    private final int capacity;
    private final Executor executor;

    DeliveryLanes(int capacity, Executor executor) {
        this.capacity = capacity;
        this.executor = executor;
    }

    /** Queues {@code job} behind earlier jobs with the same key and returns its result. */
    CompletableFuture<DeliveryResult> submit(Object key, Job job) {
        Job[] startOrDrop = new Job[2];
        long[] droppedSoFar = new long[1];
        lanes.compute(key, (k, lane) -> {
            Lane l = lane == null ? new Lane() : lane;
            if (l.current == null) {
                l.current = job;
                startOrDrop[0] = job;
            } else {
                if (l.waiting.size() >= capacity) {
                    startOrDrop[1] = l.waiting.pollFirst();
                    droppedSoFar[0] = ++l.dropped;
                }
                l.waiting.addLast(job);
            }
            return l;
        });
        if (startOrDrop[1] != null) {
            Job dropped = startOrDrop[1];
            if (droppedSoFar[0] % LOG_EVERY_DROPS == 1) {
                LOG.log(Level.WARNING, "Push delivery queue full ({0} waiting): dropped the oldest, {1} dropped"
                        + " while this webhook was busy ({2})", capacity, droppedSoFar[0], dropped.description);
            }
            dropped.result.complete(DeliveryResult.notAttempted(
                    "dropped: the delivery queue for this push config was full (capacity " + capacity + ")"));
        }
        if (startOrDrop[0] != null) {
            run(key, startOrDrop[0]);
        }
        return job.result;
    }

    /** Completes every waiting job with {@code reason}; running jobs finish on their own. */
    void dropWaiting(String reason) {
        List<Job> dropped = new ArrayList<>();
        for (Object key : lanes.keySet()) {
            lanes.computeIfPresent(key, (k, lane) -> {
                dropped.addAll(lane.waiting);
                lane.waiting.clear();
                return lane;
            });
        }
        dropped.forEach(job -> job.result.complete(DeliveryResult.notAttempted(reason)));
    }

    /** Number of lanes with work; for tests. */
    int activeLanes() {
        return lanes.size();
    }

    private void run(Object key, Job job) {
        CompletableFuture<DeliveryResult> running;
        try {
            running = job.run.get();
        } catch (RuntimeException e) {
            running = CompletableFuture.failedFuture(e);
        }
        running.whenComplete((result, error) -> {
            job.result.complete(error == null ? result
                    : DeliveryResult.notAttempted("internal error: " + error.getClass().getSimpleName()));
            Job next = advance(key);
            if (next != null) {
                // Via the executor: a chain of quickly completing jobs must not grow this thread's stack.
                try {
                    executor.execute(() -> run(key, next));
                } catch (RejectedExecutionException closing) {
                    run(key, next);
                }
            }
        });
    }

    /** Makes the next waiting job current, or removes the lane when none is left. */
    private Job advance(Object key) {
        Job[] next = new Job[1];
        lanes.computeIfPresent(key, (k, lane) -> {
            lane.current = lane.waiting.pollFirst();
            next[0] = lane.current;
            return lane.current == null ? null : lane;
        });
        return next[0];
    }
}
