package io.agentwire.aonp.smip.session;

import io.agentwire.aonp.smip.InvocationState;
import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.wire.AonpProtocolException;

/** The invocation transition table of spec/aonp/smip.md; both ends apply it to every frame of an invocation. */
public final class InvocationStateMachine {
    private static final TransitionTable<InvocationState, InvocationEvent> TABLE =
            new TransitionTable<>(InvocationState.class, InvocationEvent.class);

    static {
        for (InvocationState from : new InvocationState[] {InvocationState.SUBMITTED, InvocationState.WORKING}) {
            allow(from, InvocationEvent.PROGRESS, InvocationState.WORKING);
            allow(from, InvocationEvent.NEED_INPUT, InvocationState.INPUT_REQUIRED);
            allow(from, InvocationEvent.NEED_AUTH, InvocationState.AUTH_REQUIRED);
            allow(from, InvocationEvent.COMPLETE, InvocationState.COMPLETED);
        }
        allow(InvocationState.SUBMITTED, InvocationEvent.REJECT, InvocationState.REJECTED);
        for (InvocationState from : InvocationState.values()) {
            if (!from.isTerminal()) {
                allow(from, InvocationEvent.FAIL, InvocationState.FAILED);
                allow(from, InvocationEvent.CANCEL, InvocationState.CANCELED);
            }
            if (from.isInterrupted()) {
                allow(from, InvocationEvent.INPUT, InvocationState.WORKING);
            }
        }
    }

    private InvocationStateMachine() {
    }

    private static void allow(InvocationState from, InvocationEvent event, InvocationState to) {
        TABLE.allow(from, event, to);
    }

    /** Whether {@code event} is legal in state {@code from}. */
    public static boolean allows(InvocationState from, InvocationEvent event) {
        return TABLE.next(from, event) != null;
    }

    /** The state after {@code event}; an illegal event is INVALID_TRANSITION. */
    public static InvocationState next(InvocationState from, InvocationEvent event) {
        InvocationState to = TABLE.next(from, event);
        if (to == null) {
            throw new AonpProtocolException(SmipErrorCodes.INVALID_TRANSITION, event + " in state " + from.wireName());
        }
        return to;
    }
}
