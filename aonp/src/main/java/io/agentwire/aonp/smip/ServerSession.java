package io.agentwire.aonp.smip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.smip.session.SessionEvent;
import io.agentwire.aonp.smip.session.SessionLink;
import io.agentwire.aonp.smip.session.SessionState;
import io.agentwire.aonp.smip.session.SessionStateMachine;
import io.agentwire.aonp.smip.wire.Cancel;
import io.agentwire.aonp.smip.wire.Input;
import io.agentwire.aonp.smip.wire.InvocationError;
import io.agentwire.aonp.smip.wire.Invoke;
import io.agentwire.aonp.smip.wire.SessionAccept;
import io.agentwire.aonp.smip.wire.SessionOpen;
import io.agentwire.aonp.smip.wire.Sequenced;
import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.smip.wire.SmipMessage;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCodes;

/**
 * The server end of one session: the active invocations, and the session's life across connections (attached,
 * detached for at most the resume lifetime, resumed on a new connection by the same principal).
 */
final class ServerSession extends SessionLink {
    private final SmipServer server;
    private final byte[] id;
    private final String principal;
    private final SessionTarget target;
    private final long heartbeatMillis;
    private final long lifetimeMillis;
    private final Map<Long, ServerInvocation> active = new HashMap<>();
    private SessionState state = SessionState.IDLE;
    private long detachedAt;
    private long highestId;

    ServerSession(SmipServer server, byte[] id, String principal, SessionOpen open, ScheduledExecutorService timer) {
        super(server.options().window(), server.options().ackDelay().toMillis(), timer);
        SmipOptions options = server.options();
        this.server = server;
        this.id = id;
        this.principal = principal;
        this.target = new SessionTarget(open.to(), open.grant());
        this.heartbeatMillis = options.heartbeat().toMillis();
        long asked = open.lifetime() == null ? Long.MAX_VALUE : open.lifetime();
        this.lifetimeMillis = Math.min(asked, options.lifetime().toMillis());
    }

    String principal() {
        return principal;
    }

    /** The agent name and grant the client opened the session with. */
    SessionTarget target() {
        return target;
    }

    synchronized boolean isEnded() {
        return state.isTerminal();
    }

    synchronized int activeInvocations() {
        return active.size();
    }

    /**
     * Attaches {@code ch}: answers SESSION_ACCEPT and retransmits what the client did not receive. Returns the
     * connection the session leaves (to close), or null. False-y: throws IllegalStateException when the session
     * already ended, which the caller answers as SESSION_EXPIRED.
     */
    synchronized FrameChannel attachTo(FrameChannel ch, SessionOpen open) {
        if (state.isTerminal()) {
            throw new IllegalStateException("session ended");
        }
        boolean resume = open.session() != null;
        FrameChannel previous = detach();
        if (state == SessionState.OPEN) {
            move(SessionEvent.TRANSPORT_LOST);
        }
        move(SessionEvent.ACCEPTED);
        long peerWindow = open.window() == null ? server.options().window() : open.window();
        SessionAccept accept = new SessionAccept(id.clone(), resume, received(), window(),
                (long) server.options().maxInvocations(), heartbeatMillis, lifetimeMillis);
        attach(ch, resume ? open.acked() : 0, peerWindow, heartbeatMillis, SmipFrames.SESSION_ACCEPT, accept);
        return previous == ch ? null : previous;
    }

    void onMessage(FrameChannel ch, long type, SmipMessage message) {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            if (ch != channel()) {
                return;
            }
            heard();
            if (linkFrame(type, message)) {
                return;
            } else if (type == SmipFrames.SESSION_CLOSE) {
                detach();
                after.add(end(SessionEvent.CLOSE));
                after.add(() -> server.forget(this, false));
            } else if (type == SmipFrames.INVOKE || type == SmipFrames.INPUT || type == SmipFrames.CANCEL) {
                Sequenced sequenced = (Sequenced) message;
                if (admit(sequenced.seq())) {
                    dispatch(type, sequenced, after);
                }
            } else {
                throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION,
                        "frame type 0x" + Long.toHexString(type) + " does not go client to server");
            }
        }
        after.forEach(Runnable::run);
    }

    private void dispatch(long type, Sequenced message, List<Runnable> after) {
        long invocationId = message.id();
        if (type == SmipFrames.INVOKE) {
            if (invocationId <= highestId) {
                throw new AonpProtocolException(SmipErrorCodes.UNKNOWN_INVOCATION,
                        "invocation id " + invocationId + " is not above " + highestId);
            }
            highestId = invocationId;
            Invoke invoke = (Invoke) message;
            if (active.size() >= server.options().maxInvocations()) {
                send(SmipFrames.ERROR, seq -> new InvocationError(seq, invocationId, InvocationError.REJECTED,
                        SmipErrorCodes.TOO_MANY_INVOCATIONS.value(), "more than "
                                + server.options().maxInvocations() + " active invocations", null, null));
                return;
            }
            ServerInvocation invocation = new ServerInvocation(this, invoke);
            active.put(invocationId, invocation);
            after.add(() -> server.start(invocation));
            return;
        }
        ServerInvocation invocation = active.get(invocationId);
        if (invocation == null) {
            if (invocationId > highestId) {
                throw new AonpProtocolException(SmipErrorCodes.UNKNOWN_INVOCATION, "no invocation " + invocationId);
            }
            return; // it ended while the frame was on its way: nothing to do
        }
        if (type == SmipFrames.INPUT) {
            Input input = (Input) message;
            after.add(invocation.inputArrived(new Payload(input.contentType(), input.body(), input.ref())));
        } else {
            after.add(invocation.canceledByClient(((Cancel) message).reason()));
        }
    }

    /** Sends a sequenced frame (the invocation's monitor is this session's). */
    void send(long type, LongFunction<SmipMessage> build) {
        sendSequenced(type, build);
    }

    /** An invocation reached a terminal state (under the monitor). */
    void finished(long invocationId) {
        active.remove(invocationId);
    }

    void transportLost(FrameChannel ch) {
        synchronized (this) {
            if (ch != channel()) {
                return;
            }
            detach();
            move(SessionEvent.TRANSPORT_LOST);
            detachedAt = System.nanoTime();
        }
    }

    /** Heartbeat and lifetime check; true when the session expired and must be forgotten. */
    boolean tick() {
        FrameChannel silent = null;
        Runnable ended = null;
        synchronized (this) {
            if (state == SessionState.OPEN && !heartbeat()) {
                silent = detach();
                move(SessionEvent.TRANSPORT_LOST);
                detachedAt = System.nanoTime();
            } else if (state == SessionState.DETACHED
                    && System.nanoTime() - detachedAt > TimeUnit.MILLISECONDS.toNanos(lifetimeMillis)) {
                ended = end(SessionEvent.LIFETIME_OVER);
            }
        }
        if (silent != null) {
            silent.close(SmipErrorCodes.HEARTBEAT_TIMEOUT, "no frame for " + HEARTBEAT_MISSES + " heartbeats");
        }
        if (ended != null) {
            ended.run();
            return true;
        }
        return false;
    }

    /** Ends the session (CLOSE or a session error); returns the cancel actions of its invocations. */
    Runnable terminate() {
        synchronized (this) {
            if (state.isTerminal()) {
                return () -> { };
            }
            detach();
            return end(SessionEvent.CLOSE);
        }
    }

    private Runnable end(SessionEvent event) {
        move(event);
        List<Runnable> actions = new ArrayList<>();
        for (ServerInvocation invocation : active.values()) {
            actions.add(invocation.sessionEnded());
        }
        active.clear();
        return () -> actions.forEach(Runnable::run);
    }

    private void move(SessionEvent event) {
        state = SessionStateMachine.next(state, event);
    }

    byte[] id() {
        return id.clone();
    }
}
