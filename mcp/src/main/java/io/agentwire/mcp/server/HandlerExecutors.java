package io.agentwire.mcp.server;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default executor for handlers: virtual threads when the running JDK has them (found reflectively, since
 * the code is compiled for Java 17), else a cached pool of daemon threads.
 */
public final class HandlerExecutors {
    private HandlerExecutors() {
    }

    public static ExecutorService defaultExecutor() {
        try {
            Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) factory.invoke(null);
        } catch (ReflectiveOperationException e) {
            AtomicInteger counter = new AtomicInteger();
            return Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "mcp-handler-" + counter.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }
}
