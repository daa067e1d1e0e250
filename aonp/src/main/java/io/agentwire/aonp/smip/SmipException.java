package io.agentwire.aonp.smip;

import io.agentwire.aonp.wire.ErrorCode;

/** Why an invocation ended without a result: its terminal state, the SMIP error code and the peer's reason. */
public final class SmipException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ErrorCode code;
    private final InvocationState state;
    private final transient Payload detail;

    public SmipException(InvocationState state, ErrorCode code, String reason, Payload detail) {
        super(state.wireName() + " " + code + (reason == null ? "" : ": " + reason));
        this.state = state;
        this.code = code;
        this.detail = detail;
    }

    public ErrorCode code() {
        return code;
    }

    public InvocationState state() {
        return state;
    }

    /** Application error detail the service attached, or null. */
    public Payload detail() {
        return detail;
    }
}
