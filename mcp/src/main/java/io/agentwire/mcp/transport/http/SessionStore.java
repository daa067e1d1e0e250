package io.agentwire.mcp.transport.http;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.agentwire.mcp.server.LegacySession;
import io.agentwire.mcp.server.ServerRuntime;

/**
 * Legacy-era HTTP sessions by id. Ids are 128 random bits in hex (visible ASCII, unguessable); sessions idle
 * longer than the timeout are closed by a background sweep so abandoned clients cannot pile up.
 */
final class SessionStore implements AutoCloseable {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final ServerRuntime runtime;
    private final long idleTimeoutNanos;
    private final ScheduledExecutorService sweeper;

    SessionStore(ServerRuntime runtime, Duration idleTimeout) {
        this.runtime = runtime;
        this.idleTimeoutNanos = idleTimeout.toNanos();
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mcp-session-sweeper");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, idleTimeout.toSeconds() / 4);
        sweeper.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.SECONDS);
    }

    HttpSession create() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        HttpSession session = new HttpSession(runtime.openSession(id));
        sessions.put(id, session);
        return session;
    }

    HttpSession get(String id) {
        HttpSession session = sessions.get(id);
        if (session != null) {
            session.protocol().touch();
        }
        return session;
    }

    boolean remove(String id) {
        HttpSession session = sessions.remove(id);
        if (session == null) {
            return false;
        }
        runtime.closeSession(session.protocol());
        return true;
    }

    int size() {
        return sessions.size();
    }

    private void sweep() {
        sessions.forEach((id, session) -> {
            LegacySession protocol = session.protocol();
            if (protocol.idleNanos() > idleTimeoutNanos) {
                remove(id);
            }
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        sessions.keySet().forEach(this::remove);
    }
}
