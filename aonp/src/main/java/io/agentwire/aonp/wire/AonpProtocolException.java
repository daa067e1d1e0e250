package io.agentwire.aonp.wire;

/** A violation of the AONP wire rules; the connection answers it with a CLOSE carrying {@link #code()}. */
public class AonpProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ErrorCode code;

    public AonpProtocolException(ErrorCode code, String message) {
        super(code.name() + ": " + message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
