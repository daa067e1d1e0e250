package io.agentwire.aonp.smip;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.core.PeerInfo;
import io.agentwire.aonp.smip.session.DaemonTimer;
import io.agentwire.aonp.smip.wire.SessionOpen;
import io.agentwire.aonp.smip.wire.SessionReject;
import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;

/**
 * Serves SMIP sessions for one {@link SmipService}. Plug {@link #handlers()} into a transport server, e.g.
 * {@code TcpNodeServer.bind("127.0.0.1", 0, handshake, smip.handlers(), limits)}. Detached sessions are kept for
 * the resume lifetime, then discarded.
 */
public final class SmipServer implements AutoCloseable {
    /** Ids of expired sessions remembered so a late resume hears SESSION_EXPIRED rather than UNKNOWN_SESSION. */
    private static final int EXPIRED_MEMORY = 10_000;

    private final SmipService service;
    private final SmipOptions options;
    private final Executor executor;
    private final Function<PeerInfo, String> principals;
    private final ScheduledExecutorService timer;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, ServerSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> expired = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > EXPIRED_MEMORY;
        }
    };

    /** A server that runs the service on the connection's thread (the service must not block). */
    public SmipServer(SmipService service, SmipOptions options) {
        this(service, options, Runnable::run, peer -> peer.auth() == null ? "" : peer.auth());
    }

    /**
     * @param executor   where {@link SmipService#invoke} runs
     * @param principals who a connection's peer is (by default its HELLO bearer token); a session can only be
     *                   resumed by the principal that opened it
     */
    public SmipServer(SmipService service, SmipOptions options, Executor executor,
            Function<PeerInfo, String> principals) {
        SmipFrames.init();
        this.service = service;
        this.options = options;
        this.executor = executor;
        this.principals = principals;
        this.timer = DaemonTimer.create("smip-server-timer");
        long tick = options.tickMillis();
        timer.scheduleAtFixedRate(this::sweep, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** A fresh handler per connection. */
    public Supplier<FrameHandler> handlers() {
        return () -> new ServerConnectionHandler(this);
    }

    /** Sessions kept, attached or waiting to be resumed. */
    public int sessionCount() {
        return sessions.size();
    }

    /** Invocations running in all sessions. */
    public int activeInvocations() {
        return sessions.values().stream().mapToInt(ServerSession::activeInvocations).sum();
    }

    SmipOptions options() {
        return options;
    }

    /** SESSION_OPEN on {@code ch}: a new session, a resumed one, or null after a SESSION_REJECT. */
    ServerSession open(FrameChannel ch, SessionOpen open) {
        String principal = principals.apply(ch.peer());
        if (open.session() == null) {
            byte[] id = new byte[16];
            random.nextBytes(id);
            ServerSession session = new ServerSession(this, id, principal, open, timer);
            sessions.put(key(id), session);
            session.attachTo(ch, open);
            return session;
        }
        String key = key(open.session());
        ServerSession session = sessions.get(key);
        if (session == null) {
            boolean wasExpired;
            synchronized (expired) {
                wasExpired = expired.containsKey(key);
            }
            return reject(ch, wasExpired ? SmipErrorCodes.SESSION_EXPIRED : SmipErrorCodes.UNKNOWN_SESSION);
        }
        if (!MessageDigest.isEqual(principal.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                session.principal().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return reject(ch, SmipErrorCodes.RESUME_FORBIDDEN);
        }
        FrameChannel previous;
        try {
            previous = session.attachTo(ch, open);
        } catch (IllegalStateException ended) {
            return reject(ch, SmipErrorCodes.SESSION_EXPIRED);
        }
        if (previous != null) {
            previous.close(ErrorCodes.NO_ERROR, "session resumed on another connection");
        }
        return session;
    }

    private static ServerSession reject(FrameChannel ch, ErrorCode code) {
        ch.send(SmipFrames.frame(SmipFrames.SESSION_REJECT, new SessionReject(code.value(), code.name())));
        return null;
    }

    /** Runs the service for a new invocation; an exception from it fails the invocation. */
    void start(ServerInvocation invocation) {
        executor.execute(() -> {
            try {
                service.invoke(invocation);
            } catch (RuntimeException e) {
                invocation.fail(SmipErrorCodes.INVOCATION_FAILED.value(), e.toString(), null);
            }
        });
    }

    /** A session error: the session ends now and cannot be resumed. */
    void discard(ServerSession session) {
        Runnable cancels = session.terminate();
        forget(session, false);
        cancels.run();
    }

    void forget(ServerSession session, boolean lifetimeOver) {
        String key = key(session.id());
        sessions.remove(key, session);
        if (lifetimeOver) {
            synchronized (expired) {
                expired.put(key, Boolean.TRUE);
            }
        }
    }

    private void sweep() {
        Iterator<ServerSession> it = sessions.values().iterator();
        while (it.hasNext()) {
            ServerSession session = it.next();
            try {
                if (session.tick()) {
                    forget(session, true);
                }
            } catch (RuntimeException e) {
                discard(session);
            }
        }
    }

    private static String key(byte[] id) {
        return HexFormat.of().formatHex(id);
    }

    /** Stops the timer and ends every session (their invocations see a cancel). */
    @Override
    public void close() {
        timer.shutdownNow();
        for (ServerSession session : sessions.values()) {
            discard(session);
        }
    }
}
