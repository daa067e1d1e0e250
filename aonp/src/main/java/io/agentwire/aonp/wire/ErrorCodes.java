package io.agentwire.aonp.wire;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The common error codes (0x00–0xFF, spec/aonp/framing.md "Error codes") and the lookup of every registered code. */
public final class ErrorCodes {
    public static final ErrorCode NO_ERROR = new ErrorCode(0x00, "NO_ERROR");
    public static final ErrorCode PROTOCOL_VIOLATION = new ErrorCode(0x01, "PROTOCOL_VIOLATION");
    public static final ErrorCode FRAME_ENCODING_ERROR = new ErrorCode(0x02, "FRAME_ENCODING_ERROR");
    public static final ErrorCode UNKNOWN_FRAME_TYPE = new ErrorCode(0x03, "UNKNOWN_FRAME_TYPE");
    public static final ErrorCode FRAME_TOO_LARGE = new ErrorCode(0x04, "FRAME_TOO_LARGE");
    public static final ErrorCode VERSION_NEGOTIATION_FAILED = new ErrorCode(0x05, "VERSION_NEGOTIATION_FAILED");
    public static final ErrorCode INTERNAL_ERROR = new ErrorCode(0x06, "INTERNAL_ERROR");
    public static final ErrorCode IDLE_TIMEOUT = new ErrorCode(0x07, "IDLE_TIMEOUT");
    public static final ErrorCode SLOW_READER = new ErrorCode(0x08, "SLOW_READER");
    public static final ErrorCode UNAUTHORIZED = new ErrorCode(0x09, "UNAUTHORIZED");
    public static final ErrorCode FORBIDDEN = new ErrorCode(0x0A, "FORBIDDEN");
    public static final ErrorCode NOT_FOUND = new ErrorCode(0x0B, "NOT_FOUND");
    public static final ErrorCode LIMIT_EXCEEDED = new ErrorCode(0x0C, "LIMIT_EXCEEDED");

    private static final Map<Long, ErrorCode> BY_VALUE = new ConcurrentHashMap<>();

    static {
        register(List.of(NO_ERROR, PROTOCOL_VIOLATION, FRAME_ENCODING_ERROR, UNKNOWN_FRAME_TYPE, FRAME_TOO_LARGE,
                VERSION_NEGOTIATION_FAILED, INTERNAL_ERROR, IDLE_TIMEOUT, SLOW_READER, UNAUTHORIZED, FORBIDDEN,
                NOT_FOUND, LIMIT_EXCEEDED));
    }

    private ErrorCodes() {
    }

    /** Adds a protocol's codes to the lookup; a value registered twice under different names is a programming error. */
    public static void register(List<ErrorCode> codes) {
        for (ErrorCode code : codes) {
            ErrorCode previous = BY_VALUE.putIfAbsent(code.value(), code);
            if (previous != null && !previous.equals(code)) {
                throw new IllegalStateException(code + " clashes with " + previous);
            }
        }
    }

    /** The registered code for {@code value}, or an unnamed one (a peer may use codes we do not know). */
    public static ErrorCode of(long value) {
        ErrorCode known = BY_VALUE.get(value);
        return known != null ? known : new ErrorCode(value, "UNKNOWN");
    }
}
