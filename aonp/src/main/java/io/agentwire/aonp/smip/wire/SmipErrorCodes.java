package io.agentwire.aonp.smip.wire;

import java.util.List;

import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;

/** The SMIP error codes (0x200–0x2FF, spec/aonp/smip.md "Error codes"). */
public final class SmipErrorCodes {
    /** A sequenced or session frame arrived on a connection that has no open session. */
    public static final ErrorCode SESSION_NOT_OPEN = new ErrorCode(0x200, "SESSION_NOT_OPEN");
    /** SESSION_OPEN named a session the server does not know. */
    public static final ErrorCode UNKNOWN_SESSION = new ErrorCode(0x201, "UNKNOWN_SESSION");
    /** SESSION_OPEN named a session whose resume lifetime ran out. */
    public static final ErrorCode SESSION_EXPIRED = new ErrorCode(0x202, "SESSION_EXPIRED");
    /** SESSION_OPEN tried to resume a session that belongs to another principal. */
    public static final ErrorCode RESUME_FORBIDDEN = new ErrorCode(0x203, "RESUME_FORBIDDEN");
    /** A sequence number skipped ahead, or an acknowledgement covered frames never sent. */
    public static final ErrorCode BAD_SEQUENCE = new ErrorCode(0x204, "BAD_SEQUENCE");
    /** A frame named an invocation id that was never opened, or INVOKE reused an id. */
    public static final ErrorCode UNKNOWN_INVOCATION = new ErrorCode(0x205, "UNKNOWN_INVOCATION");
    /** A frame asked for an invocation state change the state machine does not allow. */
    public static final ErrorCode INVALID_TRANSITION = new ErrorCode(0x206, "INVALID_TRANSITION");
    /** INVOKE beyond the session's maxInvocations (sent as ERROR, state rejected). */
    public static final ErrorCode TOO_MANY_INVOCATIONS = new ErrorCode(0x207, "TOO_MANY_INVOCATIONS");
    /** The peer sent more unacknowledged sequenced frames than the announced window. */
    public static final ErrorCode WINDOW_EXCEEDED = new ErrorCode(0x208, "WINDOW_EXCEEDED");
    /** Nothing arrived for three heartbeat intervals. */
    public static final ErrorCode HEARTBEAT_TIMEOUT = new ErrorCode(0x209, "HEARTBEAT_TIMEOUT");
    /** The invocation was canceled (ERROR code with state canceled). */
    public static final ErrorCode CANCELED = new ErrorCode(0x20A, "CANCELED");
    /** The service failed the invocation (ERROR code with state failed, when it gives no more specific code). */
    public static final ErrorCode INVOCATION_FAILED = new ErrorCode(0x20B, "INVOCATION_FAILED");
    /** A second SESSION_OPEN on a connection that already carries a session. */
    public static final ErrorCode SESSION_ALREADY_OPEN = new ErrorCode(0x20C, "SESSION_ALREADY_OPEN");
    /** A required field is missing or a field has a value outside its range. */
    public static final ErrorCode MALFORMED_MESSAGE = new ErrorCode(0x20D, "MALFORMED_MESSAGE");
    /** The payload's content type or payload reference is not supported by the receiver. */
    public static final ErrorCode UNSUPPORTED_PAYLOAD = new ErrorCode(0x20E, "UNSUPPORTED_PAYLOAD");
    /** The session ended (closed by either side or expired) before the invocation did. */
    public static final ErrorCode SESSION_CLOSED = new ErrorCode(0x20F, "SESSION_CLOSED");

    public static final List<ErrorCode> ALL = List.of(SESSION_NOT_OPEN, UNKNOWN_SESSION, SESSION_EXPIRED,
            RESUME_FORBIDDEN, BAD_SEQUENCE, UNKNOWN_INVOCATION, INVALID_TRANSITION, TOO_MANY_INVOCATIONS,
            WINDOW_EXCEEDED, HEARTBEAT_TIMEOUT, CANCELED, INVOCATION_FAILED, SESSION_ALREADY_OPEN,
            MALFORMED_MESSAGE, UNSUPPORTED_PAYLOAD, SESSION_CLOSED);

    static {
        ErrorCodes.register(ALL);
    }

    private SmipErrorCodes() {
    }

    /** Makes sure the codes are in the common lookup (class initialisation does the work). */
    public static void init() {
        // the static initialiser registers
    }
}
