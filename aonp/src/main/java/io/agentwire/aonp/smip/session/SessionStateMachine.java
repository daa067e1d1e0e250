package io.agentwire.aonp.smip.session;

/** The session transition table of spec/aonp/smip.md; illegal events are programming errors or peer violations. */
public final class SessionStateMachine {
    private static final TransitionTable<SessionState, SessionEvent> TABLE =
            new TransitionTable<>(SessionState.class, SessionEvent.class);

    static {
        // rows of (from, event, to), as in the spec's table
        Object[][] rows = {
            {SessionState.IDLE, SessionEvent.OPEN_SENT, SessionState.OPENING},
            {SessionState.IDLE, SessionEvent.ACCEPTED, SessionState.OPEN},
            {SessionState.OPENING, SessionEvent.ACCEPTED, SessionState.OPEN},
            {SessionState.OPENING, SessionEvent.REJECTED, SessionState.CLOSED},
            {SessionState.OPENING, SessionEvent.TRANSPORT_LOST, SessionState.CLOSED},
            {SessionState.OPEN, SessionEvent.TRANSPORT_LOST, SessionState.DETACHED},
            {SessionState.DETACHED, SessionEvent.RESUME_SENT, SessionState.RESUMING},
            {SessionState.DETACHED, SessionEvent.ACCEPTED, SessionState.OPEN},
            {SessionState.DETACHED, SessionEvent.LIFETIME_OVER, SessionState.EXPIRED},
            {SessionState.RESUMING, SessionEvent.ACCEPTED, SessionState.OPEN},
            {SessionState.RESUMING, SessionEvent.REJECTED, SessionState.CLOSED},
            {SessionState.RESUMING, SessionEvent.TRANSPORT_LOST, SessionState.DETACHED},
            {SessionState.RESUMING, SessionEvent.LIFETIME_OVER, SessionState.EXPIRED},
        };
        for (Object[] row : rows) {
            allow((SessionState) row[0], (SessionEvent) row[1], (SessionState) row[2]);
        }
        for (SessionState from : SessionState.values()) {
            if (!from.isTerminal()) {
                allow(from, SessionEvent.CLOSE, SessionState.CLOSED);
            }
        }
    }

    private SessionStateMachine() {
    }

    private static void allow(SessionState from, SessionEvent event, SessionState to) {
        TABLE.allow(from, event, to);
    }

    public static boolean allows(SessionState from, SessionEvent event) {
        return TABLE.next(from, event) != null;
    }

    /** The state after {@code event}; throws IllegalStateException when the table has no such transition. */
    public static SessionState next(SessionState from, SessionEvent event) {
        SessionState to = TABLE.next(from, event);
        if (to == null) {
            throw new IllegalStateException(event + " in session state " + from);
        }
        return to;
    }
}
