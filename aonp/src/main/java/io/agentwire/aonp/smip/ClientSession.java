package io.agentwire.aonp.smip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.smip.session.InvocationEvent;
import io.agentwire.aonp.smip.session.SessionEvent;
import io.agentwire.aonp.smip.session.SessionLink;
import io.agentwire.aonp.smip.session.SessionState;
import io.agentwire.aonp.smip.session.SessionStateMachine;
import io.agentwire.aonp.smip.wire.Cancel;
import io.agentwire.aonp.smip.wire.Input;
import io.agentwire.aonp.smip.wire.InputRequired;
import io.agentwire.aonp.smip.wire.InvocationError;
import io.agentwire.aonp.smip.wire.Invoke;
import io.agentwire.aonp.smip.wire.Progress;
import io.agentwire.aonp.smip.wire.Result;
import io.agentwire.aonp.smip.wire.SessionAccept;
import io.agentwire.aonp.smip.wire.SessionClose;
import io.agentwire.aonp.smip.wire.SessionOpen;
import io.agentwire.aonp.smip.wire.SessionReject;
import io.agentwire.aonp.smip.wire.Sequenced;
import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.smip.wire.SmipMessage;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;

/**
 * The client end of one session: opens it, keeps the pending invocations, and after the connection drops
 * reconnects through the connector and resumes until the resume lifetime runs out.
 */
final class ClientSession extends SessionLink {
    private static final long MAX_BACKOFF_MILLIS = 1_000;

    private final SmipConnector connector;
    private final SmipOptions options;
    private final SessionTarget target;
    private final ScheduledExecutorService timer;
    private final Map<Long, Invocation> pending = new HashMap<>();
    private final CompletableFuture<ClientSession> opened = new CompletableFuture<>();
    private SessionState state = SessionState.IDLE;
    private byte[] id;
    private long heartbeatMillis;
    private long lifetimeNanos;
    private int maxFrame;
    private long nextId = 1;
    private long detachedAt;
    private long resumingSince;
    private long backoffMillis;
    private FrameChannel connecting;
    private ScheduledFuture<?> ticker;

    ClientSession(SmipConnector connector, SmipOptions options, SessionTarget target,
            ScheduledExecutorService timer) {
        super(options.window(), options.ackDelay().toMillis(), timer);
        this.target = target;
        this.connector = connector;
        this.options = options;
        this.timer = timer;
        this.heartbeatMillis = options.heartbeat().toMillis();
        this.lifetimeNanos = options.lifetime().toNanos();
    }

    CompletableFuture<ClientSession> open() {
        synchronized (this) {
            move(SessionEvent.OPEN_SENT);
        }
        connect(null);
        return opened;
    }

    synchronized SessionState state() {
        return state;
    }

    synchronized byte[] id() {
        return id == null ? null : id.clone();
    }

    Invocation invoke(Payload request, String operation, byte[] grant, InvocationListener listener) {
        synchronized (this) {
            if (state.isTerminal()) {
                throw new IllegalStateException("session is " + state);
            }
            if (request.body() != null && request.body().length + 1_024 > maxFrame) {
                throw new IllegalArgumentException("payload of " + request.body().length
                        + " bytes does not fit a frame of " + maxFrame + "; send it as an M2TP group reference");
            }
            long invocationId = nextId++;
            Invocation invocation = new Invocation(invocationId, this, listener);
            pending.put(invocationId, invocation);
            sendSequenced(SmipFrames.INVOKE, seq -> new Invoke(seq, invocationId, request.contentType(),
                    request.body(), request.ref(), operation, grant));
            return invocation;
        }
    }

    synchronized void input(Invocation invocation, Payload input) {
        if (!invocation.state().isInterrupted() || pending.get(invocation.id()) != invocation) {
            throw new IllegalStateException("invocation " + invocation.id() + " is " + invocation.state());
        }
        invocation.apply(InvocationEvent.INPUT);
        sendSequenced(SmipFrames.INPUT, seq -> new Input(seq, invocation.id(), input.contentType(), input.body(),
                input.ref()));
    }

    synchronized void cancel(Invocation invocation, String reason) {
        if (pending.get(invocation.id()) == invocation && !state.isTerminal() && invocation.markCancelRequested()) {
            sendSequenced(SmipFrames.CANCEL, seq -> new Cancel(seq, invocation.id(), reason));
        }
    }

    /** Ends the session for good (SESSION_CLOSE) and fails what is still pending. */
    void close() {
        List<Runnable> after = new ArrayList<>();
        FrameChannel ch;
        synchronized (this) {
            if (state.isTerminal()) {
                return;
            }
            sendNow(SmipFrames.SESSION_CLOSE, new SessionClose(ErrorCodes.NO_ERROR.value(), null));
            ch = detach();
            end(SessionEvent.CLOSE, SmipErrorCodes.SESSION_CLOSED, "session closed by the client", after);
        }
        if (ch != null) {
            ch.close(ErrorCodes.NO_ERROR, "SMIP session closed");
        }
        after.forEach(Runnable::run);
    }

    void onMessage(FrameChannel ch, long type, SmipMessage message) {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            if (ch != channel() && ch != connecting) {
                return;
            }
            heard();
            if (linkFrame(type, message)) {
                return;
            } else if (type == SmipFrames.SESSION_ACCEPT && ch == connecting) {
                accepted(ch, (SessionAccept) message, after);
            } else if (type == SmipFrames.SESSION_REJECT && ch == connecting) {
                SessionReject reject = (SessionReject) message;
                connecting = null;
                end(SessionEvent.REJECTED, ErrorCodes.of(reject.code()), reject.reason(), after);
                after.add(() -> ch.close(ErrorCodes.NO_ERROR, "session rejected"));
            } else if (type == SmipFrames.SESSION_CLOSE) {
                SessionClose close = (SessionClose) message;
                detach();
                end(SessionEvent.CLOSE, SmipErrorCodes.SESSION_CLOSED, "closed by the server: "
                        + ErrorCodes.of(close.code()) + " " + close.reason(), after);
            } else if (message instanceof Sequenced && ch == channel()) {
                Sequenced sequenced = (Sequenced) message;
                if (admit(sequenced.seq())) {
                    dispatch(type, sequenced, after);
                }
            } else {
                throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION,
                        "unexpected frame type 0x" + Long.toHexString(type) + " in session state " + state);
            }
        }
        after.forEach(Runnable::run);
    }

    private void accepted(FrameChannel ch, SessionAccept accept, List<Runnable> after) {
        boolean resuming = state == SessionState.RESUMING;
        if (resuming && (!accept.resumed() || !java.util.Arrays.equals(id, accept.session()))) {
            throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION, "SESSION_ACCEPT for another session");
        }
        id = accept.session().clone();
        heartbeatMillis = accept.heartbeat();
        lifetimeNanos = TimeUnit.MILLISECONDS.toNanos(accept.lifetime());
        maxFrame = ch.peer().maxFrame();
        connecting = null;
        move(SessionEvent.ACCEPTED);
        backoffMillis = 0;
        attach(ch, accept.acked(), accept.window(), heartbeatMillis, 0, null);
        if (ticker == null) {
            long tick = SmipOptions.tickMillis(heartbeatMillis, TimeUnit.NANOSECONDS.toMillis(lifetimeNanos));
            ticker = timer.scheduleAtFixedRate(this::tick, tick, tick, TimeUnit.MILLISECONDS);
        }
        after.add(() -> opened.complete(this));
    }

    private void dispatch(long type, Sequenced message, List<Runnable> after) {
        Invocation invocation = pending.get(message.id());
        if (invocation == null) {
            throw new AonpProtocolException(SmipErrorCodes.UNKNOWN_INVOCATION, "no pending invocation " + message.id());
        }
        InvocationListener listener = invocation.listener();
        if (type == SmipFrames.PROGRESS) {
            Progress progress = (Progress) message;
            invocation.apply(InvocationEvent.PROGRESS);
            ProgressUpdate update = new ProgressUpdate(progress.message(), progress.done(), progress.total(),
                    progress.body() == null ? null : Payload.of(progress.contentType(), progress.body()));
            after.add(() -> listener.onProgress(invocation, update));
        } else if (type == SmipFrames.INPUT_REQUIRED) {
            InputRequired required = (InputRequired) message;
            InvocationState wanted = InvocationState.fromWire(required.state());
            invocation.apply(wanted == InvocationState.AUTH_REQUIRED ? InvocationEvent.NEED_AUTH
                    : InvocationEvent.NEED_INPUT);
            InputRequest request = new InputRequest(wanted,
                    required.body() == null ? null : Payload.of(required.contentType(), required.body()));
            after.add(() -> listener.onInputRequired(invocation, request));
        } else if (type == SmipFrames.RESULT) {
            Result result = (Result) message;
            invocation.apply(InvocationEvent.COMPLETE);
            pending.remove(message.id());
            Payload payload = new Payload(result.contentType(), result.body(), result.ref());
            after.add(() -> invocation.result().complete(payload));
        } else if (type == SmipFrames.ERROR) {
            InvocationError error = (InvocationError) message;
            InvocationState terminal = InvocationState.fromWire(error.state());
            invocation.apply(terminal == InvocationState.CANCELED ? InvocationEvent.CANCEL
                    : terminal == InvocationState.REJECTED ? InvocationEvent.REJECT : InvocationEvent.FAIL);
            pending.remove(message.id());
            SmipException failure = new SmipException(terminal, ErrorCodes.of(error.code()), error.reason(),
                    error.body() == null ? null : Payload.of(error.contentType(), error.body()));
            after.add(() -> invocation.result().completeExceptionally(failure));
        } else {
            throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION,
                    SmipFrames.class.getSimpleName() + " type 0x" + Long.toHexString(type) + " goes client to server");
        }
    }

    /** A session error raised while handling a frame: the session cannot continue. */
    void abort(AonpProtocolException e) {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            if (!state.isTerminal()) {
                detach();
                end(SessionEvent.CLOSE, e.code(), e.getMessage(), after);
            }
        }
        after.forEach(Runnable::run);
    }

    void transportLost(FrameChannel ch) {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            if (ch == connecting) {
                connecting = null;
                if (state == SessionState.OPENING) {
                    end(SessionEvent.TRANSPORT_LOST, SmipErrorCodes.SESSION_CLOSED, "connection lost", after);
                } else if (state == SessionState.RESUMING) {
                    move(SessionEvent.TRANSPORT_LOST);
                    scheduleReconnect();
                }
            } else if (ch == channel()) {
                detach();
                lost();
            }
        }
        after.forEach(Runnable::run);
    }

    private void lost() {
        move(SessionEvent.TRANSPORT_LOST);
        detachedAt = System.nanoTime();
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        long delay = backoffMillis;
        backoffMillis = Math.min(MAX_BACKOFF_MILLIS, Math.max(20, backoffMillis * 2));
        timer.schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
    }

    private void reconnect() {
        synchronized (this) {
            if (state != SessionState.DETACHED) {
                return;
            }
            move(SessionEvent.RESUME_SENT);
            resumingSince = System.nanoTime();
        }
        connect(id);
    }

    /** Opens a connection and sends SESSION_OPEN on it (a resume when {@code session} is not null). */
    private void connect(byte[] session) {
        ClientConnectionHandler handler = new ClientConnectionHandler(this);
        connector.connect(handler).whenComplete((ch, error) -> {
            if (error != null) {
                connectFailed(error);
                return;
            }
            synchronized (this) {
                boolean wanted = session == null ? state == SessionState.OPENING : state == SessionState.RESUMING;
                if (!wanted) {
                    ch.close(ErrorCodes.NO_ERROR, "no longer needed");
                    return;
                }
                connecting = ch;
                SessionOpen open = session == null
                        ? new SessionOpen(null, null, target.to(), window(), heartbeatMillis,
                                options.lifetime().toMillis(), target.grant())
                        : SessionOpen.resume(session, received(), window(), heartbeatMillis,
                                options.lifetime().toMillis());
                ch.send(SmipFrames.frame(SmipFrames.SESSION_OPEN, open));
                if (!ch.isOpen()) {
                    transportLost(ch);
                }
            }
        });
    }

    private void connectFailed(Throwable error) {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            if (state == SessionState.OPENING) {
                end(SessionEvent.TRANSPORT_LOST, SmipErrorCodes.SESSION_CLOSED, "connect failed: " + error, after);
            } else if (state == SessionState.RESUMING) {
                move(SessionEvent.TRANSPORT_LOST);
                scheduleReconnect();
            }
        }
        after.forEach(Runnable::run);
    }

    private void tick() {
        List<Runnable> after = new ArrayList<>();
        synchronized (this) {
            long now = System.nanoTime();
            if (state == SessionState.OPEN && !heartbeat()) {
                FrameChannel ch = detach();
                after.add(() -> ch.close(SmipErrorCodes.HEARTBEAT_TIMEOUT, "server silent"));
                lost();
            } else if ((state == SessionState.DETACHED || state == SessionState.RESUMING)
                    && now - detachedAt > lifetimeNanos) {
                closeConnecting(after);
                end(SessionEvent.LIFETIME_OVER, SmipErrorCodes.SESSION_EXPIRED, "could not resume in time", after);
            } else if (state == SessionState.RESUMING
                    && now - resumingSince > TimeUnit.MILLISECONDS.toNanos(HEARTBEAT_MISSES * heartbeatMillis)) {
                closeConnecting(after);
                move(SessionEvent.TRANSPORT_LOST);
                scheduleReconnect();
            }
        }
        after.forEach(Runnable::run);
    }

    private void closeConnecting(List<Runnable> after) {
        FrameChannel ch = connecting;
        connecting = null;
        if (ch != null) {
            after.add(() -> ch.close(ErrorCodes.NO_ERROR, "resume abandoned"));
        }
    }

    private void move(SessionEvent event) {
        state = SessionStateMachine.next(state, event);
    }

    /** Moves to a terminal state and fails every pending invocation with {@code code}. */
    private void end(SessionEvent event, ErrorCode code, String reason, List<Runnable> after) {
        move(event);
        if (ticker != null) {
            ticker.cancel(false);
        }
        SmipException failure = new SmipException(InvocationState.FAILED, code, reason, null);
        List<Invocation> orphans = new ArrayList<>(pending.values());
        pending.clear();
        after.add(() -> {
            opened.completeExceptionally(failure);
            orphans.forEach(invocation -> invocation.result().completeExceptionally(failure));
        });
    }
}
