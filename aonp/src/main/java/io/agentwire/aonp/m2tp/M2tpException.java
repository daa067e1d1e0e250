package io.agentwire.aonp.m2tp;

import io.agentwire.aonp.wire.ErrorCode;

/** A message that could not be sent or delivered, with the spec's error code. */
public class M2tpException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ErrorCode code;

    public M2tpException(ErrorCode code, String message) {
        super(code.name() + ": " + message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
