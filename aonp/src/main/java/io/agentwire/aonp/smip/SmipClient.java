package io.agentwire.aonp.smip;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.agentwire.aonp.smip.session.DaemonTimer;
import io.agentwire.aonp.smip.session.SessionState;
import io.agentwire.aonp.smip.wire.SmipFrames;

/**
 * One SMIP session seen from the client. It survives connection loss: it reconnects through its
 * {@link SmipConnector}, resumes the session and retransmits what the server did not acknowledge, so every
 * invocation runs once and completes once.
 *
 * <pre>{@code
 * SmipClient client = SmipClient.open(SmipConnector.tcp(tcp, "127.0.0.1", port, token), SmipOptions.DEFAULTS).join();
 * Payload answer = client.invoke(Payload.json(request)).result().join();
 * }</pre>
 */
public final class SmipClient implements AutoCloseable {
    private final ClientSession session;
    private final ScheduledExecutorService timer;

    private SmipClient(ClientSession session, ScheduledExecutorService timer) {
        this.session = session;
        this.timer = timer;
    }

    /** Opens a new direct session; the future fails with a {@link SmipException} if the server rejects it. */
    public static CompletableFuture<SmipClient> open(SmipConnector connector, SmipOptions options) {
        return open(connector, options, SessionTarget.DIRECT);
    }

    /** Opens a new session with {@code target}'s agent name and grant in SESSION_OPEN. */
    public static CompletableFuture<SmipClient> open(SmipConnector connector, SmipOptions options,
            SessionTarget target) {
        SmipFrames.init();
        ScheduledExecutorService timer = DaemonTimer.create("smip-client-timer");
        ClientSession session = new ClientSession(connector, options, target, timer);
        SmipClient client = new SmipClient(session, timer);
        return session.open().handle((opened, error) -> {
            if (error != null) {
                timer.shutdownNow();
                throw error instanceof RuntimeException ? (RuntimeException) error : new RuntimeException(error);
            }
            return client;
        });
    }

    /** Starts an invocation; frames are queued while the session is resuming. */
    public Invocation invoke(Payload request) {
        return invoke(request, null, null, InvocationListener.NONE);
    }

    /** Starts an invocation with an operation hint and callbacks for PROGRESS and INPUT_REQUIRED. */
    public Invocation invoke(Payload request, String operation, InvocationListener listener) {
        return invoke(request, operation, null, listener);
    }

    /**
     * Starts an invocation that cites its own A2P {@code grant} (may be null), overriding the session's, with an
     * operation hint (may be null) and callbacks for PROGRESS and INPUT_REQUIRED.
     */
    public Invocation invoke(Payload request, String operation, byte[] grant, InvocationListener listener) {
        return session.invoke(request, operation, grant, listener);
    }

    /** The 16-byte session id. */
    public byte[] sessionId() {
        return session.id();
    }

    /** OPEN while attached, DETACHED or RESUMING while reconnecting, CLOSED or EXPIRED at the end. */
    public SessionState state() {
        return session.state();
    }

    /** Sequenced frames sent or queued that the server has not acknowledged yet. */
    public int unacknowledged() {
        return session.unacknowledged();
    }

    /** Sends SESSION_CLOSE, closes the connection and fails whatever is still pending. */
    @Override
    public void close() {
        session.close();
        timer.shutdown();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
