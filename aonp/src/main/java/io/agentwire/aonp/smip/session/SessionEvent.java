package io.agentwire.aonp.smip.session;

/** What moves a session between states. */
public enum SessionEvent {
    /** Client sent SESSION_OPEN without a session id. */
    OPEN_SENT,
    /** SESSION_ACCEPT sent (server) or received (client). */
    ACCEPTED,
    /** SESSION_REJECT sent or received. */
    REJECTED,
    /** The connection closed or the heartbeat timed out. */
    TRANSPORT_LOST,
    /** Client sent SESSION_OPEN with the session id on a new connection. */
    RESUME_SENT,
    /** The resume lifetime ran out while detached. */
    LIFETIME_OVER,
    /** SESSION_CLOSE sent or received, or a session error. */
    CLOSE
}
