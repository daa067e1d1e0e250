package io.agentwire.aonp.smip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.agentwire.aonp.smip.session.InvocationEvent;
import io.agentwire.aonp.smip.session.InvocationStateMachine;
import io.agentwire.aonp.smip.session.SessionEvent;
import io.agentwire.aonp.smip.session.SessionState;
import io.agentwire.aonp.smip.session.SessionStateMachine;
import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.wire.AonpProtocolException;

/** The transition tables of spec/aonp/smip.md §5.5 and §6.1. */
class SmipStateMachineTest {
    @Test
    void legalInvocationTransitionsFollowTheA2aTaskStates() {
        assertEquals(InvocationState.WORKING, next(InvocationState.SUBMITTED, InvocationEvent.PROGRESS));
        assertEquals(InvocationState.WORKING, next(InvocationState.WORKING, InvocationEvent.PROGRESS));
        assertEquals(InvocationState.INPUT_REQUIRED, next(InvocationState.WORKING, InvocationEvent.NEED_INPUT));
        assertEquals(InvocationState.AUTH_REQUIRED, next(InvocationState.SUBMITTED, InvocationEvent.NEED_AUTH));
        assertEquals(InvocationState.WORKING, next(InvocationState.INPUT_REQUIRED, InvocationEvent.INPUT));
        assertEquals(InvocationState.WORKING, next(InvocationState.AUTH_REQUIRED, InvocationEvent.INPUT));
        assertEquals(InvocationState.COMPLETED, next(InvocationState.SUBMITTED, InvocationEvent.COMPLETE));
        assertEquals(InvocationState.COMPLETED, next(InvocationState.WORKING, InvocationEvent.COMPLETE));
        assertEquals(InvocationState.REJECTED, next(InvocationState.SUBMITTED, InvocationEvent.REJECT));
        assertEquals(InvocationState.FAILED, next(InvocationState.INPUT_REQUIRED, InvocationEvent.FAIL));
        assertEquals(InvocationState.CANCELED, next(InvocationState.AUTH_REQUIRED, InvocationEvent.CANCEL));
        assertEquals(InvocationState.CANCELED, next(InvocationState.WORKING, InvocationEvent.CANCEL));
    }

    @Test
    void illegalInvocationTransitionsAreInvalidTransition() {
        assertIllegal(InvocationState.WORKING, InvocationEvent.REJECT);
        assertIllegal(InvocationState.WORKING, InvocationEvent.INPUT);
        assertIllegal(InvocationState.SUBMITTED, InvocationEvent.INPUT);
        assertIllegal(InvocationState.INPUT_REQUIRED, InvocationEvent.COMPLETE);
        assertIllegal(InvocationState.INPUT_REQUIRED, InvocationEvent.PROGRESS);
        for (InvocationState terminal : InvocationState.values()) {
            if (terminal.isTerminal()) {
                for (InvocationEvent event : InvocationEvent.values()) {
                    assertIllegal(terminal, event);
                }
            }
        }
    }

    @Test
    void wireNamesAreA2aNames() {
        assertEquals("input-required", InvocationState.INPUT_REQUIRED.wireName());
        assertEquals(InvocationState.AUTH_REQUIRED, InvocationState.fromWire("auth-required"));
        assertThrows(IllegalArgumentException.class, () -> InvocationState.fromWire("TASK_STATE_WORKING"));
    }

    @Test
    void sessionLifeCycle() {
        SessionState state = SessionState.IDLE;
        state = SessionStateMachine.next(state, SessionEvent.OPEN_SENT);
        state = SessionStateMachine.next(state, SessionEvent.ACCEPTED);
        assertEquals(SessionState.OPEN, state);
        state = SessionStateMachine.next(state, SessionEvent.TRANSPORT_LOST);
        state = SessionStateMachine.next(state, SessionEvent.RESUME_SENT);
        state = SessionStateMachine.next(state, SessionEvent.TRANSPORT_LOST);
        assertEquals(SessionState.DETACHED, state);
        state = SessionStateMachine.next(state, SessionEvent.RESUME_SENT);
        assertEquals(SessionState.OPEN, SessionStateMachine.next(state, SessionEvent.ACCEPTED));
        assertEquals(SessionState.CLOSED, SessionStateMachine.next(state, SessionEvent.REJECTED));
        assertEquals(SessionState.EXPIRED, SessionStateMachine.next(SessionState.DETACHED, SessionEvent.LIFETIME_OVER));
        assertEquals(SessionState.OPEN, SessionStateMachine.next(SessionState.DETACHED, SessionEvent.ACCEPTED));
    }

    @Test
    void illegalSessionTransitionsAreRefused() {
        assertFalse(SessionStateMachine.allows(SessionState.OPEN, SessionEvent.OPEN_SENT));
        assertFalse(SessionStateMachine.allows(SessionState.OPEN, SessionEvent.LIFETIME_OVER));
        assertFalse(SessionStateMachine.allows(SessionState.CLOSED, SessionEvent.CLOSE));
        assertFalse(SessionStateMachine.allows(SessionState.EXPIRED, SessionEvent.ACCEPTED));
        assertTrue(SessionStateMachine.allows(SessionState.RESUMING, SessionEvent.CLOSE));
        assertThrows(IllegalStateException.class,
                () -> SessionStateMachine.next(SessionState.IDLE, SessionEvent.TRANSPORT_LOST));
    }

    private static InvocationState next(InvocationState from, InvocationEvent event) {
        return InvocationStateMachine.next(from, event);
    }

    private static void assertIllegal(InvocationState from, InvocationEvent event) {
        assertFalse(InvocationStateMachine.allows(from, event), from + " " + event);
        AonpProtocolException e = assertThrows(AonpProtocolException.class, () -> next(from, event));
        assertEquals(SmipErrorCodes.INVALID_TRANSITION, e.code());
    }
}
