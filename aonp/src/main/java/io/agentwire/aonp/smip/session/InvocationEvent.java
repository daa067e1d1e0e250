package io.agentwire.aonp.smip.session;

/** What can happen to an invocation; each SMIP frame (or local call) that touches one is one of these. */
public enum InvocationEvent {
    /** PROGRESS: the service is working. */
    PROGRESS,
    /** INPUT_REQUIRED with state input-required. */
    NEED_INPUT,
    /** INPUT_REQUIRED with state auth-required. */
    NEED_AUTH,
    /** INPUT: the client answered. */
    INPUT,
    /** RESULT. */
    COMPLETE,
    /** ERROR with state failed. */
    FAIL,
    /** ERROR with state canceled (the answer to CANCEL). */
    CANCEL,
    /** ERROR with state rejected: the server would not start the invocation. */
    REJECT
}
