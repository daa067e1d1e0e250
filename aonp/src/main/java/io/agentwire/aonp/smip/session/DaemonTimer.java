package io.agentwire.aonp.smip.session;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The one timer thread a client or server uses for delayed ACKs, heartbeats, lifetimes and reconnects. */
public final class DaemonTimer {
    private DaemonTimer() {
    }

    /** A single daemon thread, so a forgotten client or server does not keep the JVM alive. */
    public static ScheduledExecutorService create(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
