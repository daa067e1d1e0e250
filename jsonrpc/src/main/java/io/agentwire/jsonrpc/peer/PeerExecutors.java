package io.agentwire.jsonrpc.peer;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process-wide defaults shared by every peer, so that a peer needs no shutdown of its own: daemon threads
 * that die when idle, or virtual threads that cost nothing when unused.
 */
public final class PeerExecutors {
    /** Thread cap of the JDK 17 fallback; beyond it handlers are rejected and answered as overloaded. */
    static final int FALLBACK_MAX_THREADS = 512;

    private PeerExecutors() {
    }

    /** The shared executor for work that may block: virtual threads on JDK 21+, a bounded cached pool before. */
    public static Executor defaultHandlerExecutor() {
        return HandlerHolder.EXECUTOR;
    }

    static ScheduledExecutorService defaultTimeoutScheduler() {
        return SchedulerHolder.SCHEDULER;
    }

    /** Whether the default handler executor runs each task on its own virtual thread (JDK 21+). */
    static boolean defaultUsesVirtualThreads() {
        return !(HandlerHolder.EXECUTOR instanceof ThreadPoolExecutor);
    }

    /** Runs the task on the executor, or on the calling thread if the executor refuses it. */
    static void executeOrRun(Executor executor, Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }

    /**
     * We compile for Java 17, where {@code Executors.newVirtualThreadPerTaskExecutor} does not exist, hence the
     * reflective lookup; on JDK 19/20 it exists but fails without preview features, which also lands in the
     * fallback.
     */
    static Executor createHandlerExecutor() {
        try {
            Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (Executor) factory.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return boundedCachedPool(FALLBACK_MAX_THREADS);
        }
    }

    /** A cached pool that never queues: a task either gets a thread now or is rejected. */
    static ThreadPoolExecutor boundedCachedPool(int maxThreads) {
        return new ThreadPoolExecutor(0, maxThreads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads("agentwire-jsonrpc-handler-"));
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class HandlerHolder {
        static final Executor EXECUTOR = createHandlerExecutor();
    }

    private static final class SchedulerHolder {
        static final ScheduledExecutorService SCHEDULER = createScheduler();

        private static ScheduledExecutorService createScheduler() {
            ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, daemonThreads("agentwire-jsonrpc-timeouts-"));
            // Most requests are answered long before their timeout; drop their timers at once instead of
            // keeping every answered request reachable until its deadline.
            scheduler.setRemoveOnCancelPolicy(true);
            return scheduler;
        }
    }
}
