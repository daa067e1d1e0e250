package io.agentwire.aonp.smip;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.agentwire.aonp.smip.session.InvocationEvent;
import io.agentwire.aonp.smip.session.InvocationStateMachine;
import io.agentwire.aonp.smip.wire.InputRequired;
import io.agentwire.aonp.smip.wire.InvocationError;
import io.agentwire.aonp.smip.wire.Invoke;
import io.agentwire.aonp.smip.wire.Progress;
import io.agentwire.aonp.smip.wire.Result;
import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.smip.wire.SmipFrames;

/** The server's record of one active invocation and the {@link InvocationContext} its service works through. */
final class ServerInvocation implements InvocationContext {
    private final ServerSession session;
    private final long id;
    private final String operation;
    private final byte[] grant;
    private final Payload request;
    private final List<Runnable> cancelActions = new ArrayList<>();
    private InvocationState state = InvocationState.SUBMITTED;
    private CompletableFuture<Payload> input;
    private boolean canceled;

    ServerInvocation(ServerSession session, Invoke invoke) {
        this.session = session;
        this.id = invoke.id();
        this.operation = invoke.operation();
        this.grant = invoke.grant() != null ? invoke.grant() : session.target().grant();
        this.request = new Payload(invoke.contentType(), invoke.body(), invoke.ref());
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String operation() {
        return operation;
    }

    @Override
    public byte[] grant() {
        return grant == null ? null : grant.clone();
    }

    @Override
    public String sessionTarget() {
        return session.target().to();
    }

    @Override
    public Payload request() {
        return request;
    }

    @Override
    public InvocationState state() {
        synchronized (session) {
            return state;
        }
    }

    @Override
    public boolean progress(ProgressUpdate update) {
        synchronized (session) {
            if (!move(InvocationEvent.PROGRESS)) {
                return false;
            }
            Payload partial = update.partial();
            session.send(SmipFrames.PROGRESS, seq -> new Progress(seq, id, update.message(), update.done(),
                    update.total(), partial == null ? null : partial.contentType(),
                    partial == null ? null : partial.body()));
            return true;
        }
    }

    @Override
    public CompletableFuture<Payload> requestInput(InvocationState wanted, Payload prompt) {
        InvocationEvent event = wanted == InvocationState.AUTH_REQUIRED ? InvocationEvent.NEED_AUTH
                : InvocationEvent.NEED_INPUT;
        if (!wanted.isInterrupted()) {
            throw new IllegalArgumentException("input is requested with input-required or auth-required");
        }
        synchronized (session) {
            if (!move(event)) {
                return CompletableFuture.failedFuture(new IllegalStateException("invocation " + id + " is " + state));
            }
            input = new CompletableFuture<>();
            session.send(SmipFrames.INPUT_REQUIRED, seq -> new InputRequired(seq, id, wanted.wireName(),
                    prompt == null ? null : prompt.contentType(), prompt == null ? null : prompt.body()));
            return input;
        }
    }

    @Override
    public boolean complete(Payload result) {
        synchronized (session) {
            if (!move(InvocationEvent.COMPLETE)) {
                return false;
            }
            session.send(SmipFrames.RESULT, seq -> new Result(seq, id, result.contentType(), result.body(),
                    result.ref()));
            return true;
        }
    }

    @Override
    public boolean fail(long code, String reason, Payload detail) {
        return end(InvocationEvent.FAIL, InvocationError.FAILED, code, reason, detail);
    }

    @Override
    public boolean reject(long code, String reason) {
        return end(InvocationEvent.REJECT, InvocationError.REJECTED, code, reason, null);
    }

    @Override
    public void onCancel(Runnable action) {
        boolean runNow;
        synchronized (session) {
            runNow = canceled;
            if (!runNow) {
                cancelActions.add(action);
            }
        }
        if (runNow) {
            action.run();
        }
    }

    @Override
    public boolean isCanceled() {
        synchronized (session) {
            return canceled;
        }
    }

    /** INPUT from the client (under the session's monitor): the invocation works again. */
    Runnable inputArrived(Payload answer) {
        state = InvocationStateMachine.next(state, InvocationEvent.INPUT);
        CompletableFuture<Payload> waiting = input;
        input = null;
        return () -> waiting.complete(answer);
    }

    /** CANCEL from the client (under the session's monitor): answers ERROR canceled; returns what to run after. */
    Runnable canceledByClient(String reason) {
        end(InvocationEvent.CANCEL, InvocationError.CANCELED, SmipErrorCodes.CANCELED.value(),
                reason == null ? "canceled by the client" : reason, null);
        return cancelled();
    }

    /** The session ended under the invocation (under the session's monitor): no frame can reach the client now. */
    Runnable sessionEnded() {
        if (!state.isTerminal()) {
            state = InvocationState.CANCELED;
        }
        return cancelled();
    }

    private Runnable cancelled() {
        canceled = true;
        List<Runnable> actions = new ArrayList<>(cancelActions);
        cancelActions.clear();
        CompletableFuture<Payload> waiting = input;
        input = null;
        return () -> {
            if (waiting != null) {
                waiting.cancel(false);
            }
            actions.forEach(Runnable::run);
        };
    }

    private boolean end(InvocationEvent event, String wireState, long code, String reason, Payload detail) {
        synchronized (session) {
            if (!move(event)) {
                return false;
            }
            session.send(SmipFrames.ERROR, seq -> new InvocationError(seq, id, wireState, code, reason,
                    detail == null ? null : detail.contentType(), detail == null ? null : detail.body()));
            return true;
        }
    }

    /**
     * Applies a local state change; false when the invocation already ended (the service lost a race with
     * CANCEL), IllegalStateException when the service asks for something the state machine forbids.
     */
    private boolean move(InvocationEvent event) {
        if (state.isTerminal() || session.isEnded()) {
            return false;
        }
        if (!InvocationStateMachine.allows(state, event)) {
            throw new IllegalStateException(event + " is not allowed in state " + state.wireName());
        }
        state = InvocationStateMachine.next(state, event);
        if (state.isTerminal()) {
            session.finished(id);
        }
        return true;
    }
}
