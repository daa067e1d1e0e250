package io.agentwire.mcp.client.transport;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads of a transport: a worker pool for sends (the authorizer may block while it fetches a token, so sends
 * never run on an I/O thread) and one timer for reconnection delays. Daemon threads, shut down on close.
 */
final class TransportThreads {
    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor timer;

    TransportThreads(String name) {
        this.workers = newWorkers(name);
        this.timer = new ScheduledThreadPoolExecutor(1, daemon(name + "-timer-"));
        this.timer.setRemoveOnCancelPolicy(true);
    }

    ExecutorService workers() {
        return workers;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    void shutdown() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    /** Virtual threads on JDK 21+ (looked up reflectively because we compile for 17), else a cached pool. */
    private static ExecutorService newWorkers(String name) {
        try {
            Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) factory.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Executors.newCachedThreadPool(daemon(name + "-worker-"));
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
