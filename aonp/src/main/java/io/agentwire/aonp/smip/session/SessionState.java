package io.agentwire.aonp.smip.session;

/** The states of an SMIP session (spec/aonp/smip.md "Session state machine"). */
public enum SessionState {
    /** Nothing sent yet. */
    IDLE,
    /** Client: SESSION_OPEN sent for a new session, no answer yet. */
    OPENING,
    /** Attached to a connection; frames flow. */
    OPEN,
    /** The connection is gone; state is kept for the resume lifetime. */
    DETACHED,
    /** Client: SESSION_OPEN with the session id sent on a new connection, no answer yet. */
    RESUMING,
    /** Ended by SESSION_CLOSE, SESSION_REJECT or a session error. */
    CLOSED,
    /** Detached for longer than the resume lifetime. */
    EXPIRED;

    public boolean isTerminal() {
        return this == CLOSED || this == EXPIRED;
    }
}
