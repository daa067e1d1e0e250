package io.agentwire.jsonrpc.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class PeerExecutorsTest {
    @Test
    void defaultHandlerExecutorUsesVirtualThreadsWhenTheJdkHasThem() throws Exception {
        boolean jdkHasVirtualThreads = Runtime.version().feature() >= 21;
        assertEquals(jdkHasVirtualThreads, PeerExecutors.defaultUsesVirtualThreads());

        AtomicBoolean virtual = new AtomicBoolean();
        AtomicBoolean daemon = new AtomicBoolean();
        CountDownLatch ran = new CountDownLatch(1);
        PeerExecutors.defaultHandlerExecutor().execute(() -> {
            virtual.set(isVirtual(Thread.currentThread()));
            daemon.set(Thread.currentThread().isDaemon());
            ran.countDown();
        });
        assertTrue(ran.await(5, TimeUnit.SECONDS));
        assertEquals(jdkHasVirtualThreads, virtual.get());
        assertTrue(daemon.get(), "handler threads must not keep the JVM alive");
    }

    private static boolean isVirtual(Thread thread) {
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Test
    void fallbackPoolIsBoundedAndNeverQueues() throws Exception {
        ThreadPoolExecutor pool = PeerExecutors.boundedCachedPool(2);
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> await(release));
            pool.execute(() -> await(release));
            assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }));
        } finally {
            release.countDown();
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void executeOrRunFallsBackToTheCallingThread() {
        AtomicBoolean ranHere = new AtomicBoolean();
        Thread caller = Thread.currentThread();
        PeerExecutors.executeOrRun(task -> {
            throw new RejectedExecutionException();
        }, () -> ranHere.set(Thread.currentThread() == caller));
        assertTrue(ranHere.get());
    }

    @Test
    void orderedLaneKeepsSubmissionOrderAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            OrderedLane lane = new OrderedLane(pool, 100_000);
            List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch done = new CountDownLatch(10_000);
            AtomicBoolean overlapping = new AtomicBoolean();
            AtomicBoolean running = new AtomicBoolean();
            for (int i = 0; i < 10_000; i++) {
                int n = i;
                assertTrue(lane.offer(() -> {
                    if (!running.compareAndSet(false, true)) {
                        overlapping.set(true);
                    }
                    seen.add(n);
                    running.set(false);
                    done.countDown();
                }));
            }
            assertTrue(done.await(5, TimeUnit.SECONDS));
            assertFalse(overlapping.get(), "lane ran two tasks at once");
            for (int i = 0; i < seen.size(); i++) {
                assertEquals(i, seen.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void orderedLaneDropsBeyondCapacity() {
        Queue<Runnable> parked = new ConcurrentLinkedQueue<>();
        OrderedLane lane = new OrderedLane(parked::add, 2);
        assertTrue(lane.offer(() -> { }));
        assertTrue(lane.offer(() -> { }));
        assertFalse(lane.offer(() -> { }));
        parked.poll().run(); // the drain empties the lane
        assertTrue(lane.offer(() -> { }));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
