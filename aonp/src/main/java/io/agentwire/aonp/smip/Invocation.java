package io.agentwire.aonp.smip;

import java.util.concurrent.CompletableFuture;

import io.agentwire.aonp.smip.session.InvocationEvent;
import io.agentwire.aonp.smip.session.InvocationStateMachine;

/**
 * The client's handle on one invocation. {@link #result()} completes exactly once: with the RESULT payload, or
 * exceptionally with a {@link SmipException} (failed, canceled, rejected, or the session ended).
 */
public final class Invocation {
    private final long id;
    private final ClientSession session;
    private final InvocationListener listener;
    private final CompletableFuture<Payload> result = new CompletableFuture<>();
    private volatile InvocationState state = InvocationState.SUBMITTED;
    private boolean cancelRequested;

    Invocation(long id, ClientSession session, InvocationListener listener) {
        this.id = id;
        this.session = session;
        this.listener = listener;
    }

    public long id() {
        return id;
    }

    /** The state as the client last heard it. */
    public InvocationState state() {
        return state;
    }

    public CompletableFuture<Payload> result() {
        return result;
    }

    /** Answers INPUT_REQUIRED; legal only while the invocation is input-required or auth-required. */
    public void sendInput(Payload input) {
        session.input(this, input);
    }

    /** Asks the server to cancel; the result then fails with state canceled unless the invocation ended first. */
    public void cancel(String reason) {
        session.cancel(this, reason);
    }

    InvocationListener listener() {
        return listener;
    }

    /** Applies a state change (under the session's monitor); an illegal one is INVALID_TRANSITION. */
    void apply(InvocationEvent event) {
        state = InvocationStateMachine.next(state, event);
    }

    /** Marks a cancel as sent; false when one was already sent. */
    boolean markCancelRequested() {
        boolean first = !cancelRequested;
        cancelRequested = true;
        return first;
    }
}
