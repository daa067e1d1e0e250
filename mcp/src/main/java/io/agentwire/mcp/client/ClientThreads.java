package io.agentwire.mcp.client;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The client's threads for sampling, elicitation and roots handlers, which may wait for a person. */
final class ClientThreads {
    private ClientThreads() {
    }

    /** Virtual threads on JDK 21+ (looked up reflectively: we compile for 17), else a cached daemon pool. */
    static ExecutorService newHandlerExecutor() {
        try {
            Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) factory.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            AtomicInteger counter = new AtomicInteger();
            return Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "agentwire-mcp-client-handler-" + counter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }
}
