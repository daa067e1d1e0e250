package io.agentwire.aonp.m2tp.wire;

import java.util.List;

import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;

/** M2TP error codes, 0x100–0x1FF (spec/aonp/m2tp.md "Error codes"). */
public final class M2tpErrors {
    public static final ErrorCode INTEGRITY_FAILED = new ErrorCode(0x100, "INTEGRITY_FAILED");
    public static final ErrorCode MESSAGE_TOO_LARGE = new ErrorCode(0x101, "MESSAGE_TOO_LARGE");
    public static final ErrorCode TOO_MANY_GROUPS = new ErrorCode(0x102, "TOO_MANY_GROUPS");
    public static final ErrorCode OBJECT_OUT_OF_ORDER = new ErrorCode(0x103, "OBJECT_OUT_OF_ORDER");
    public static final ErrorCode UNKNOWN_TRACK = new ErrorCode(0x104, "UNKNOWN_TRACK");
    public static final ErrorCode UNKNOWN_GROUP = new ErrorCode(0x105, "UNKNOWN_GROUP");
    public static final ErrorCode DUPLICATE_ID = new ErrorCode(0x106, "DUPLICATE_ID");
    public static final ErrorCode INCOMPLETE_GROUP = new ErrorCode(0x107, "INCOMPLETE_GROUP");
    public static final ErrorCode NO_ROUTE = new ErrorCode(0x108, "NO_ROUTE");
    public static final ErrorCode CANCELLED = new ErrorCode(0x109, "CANCELLED");
    public static final ErrorCode ACK_TIMEOUT = new ErrorCode(0x10A, "ACK_TIMEOUT");
    public static final ErrorCode UNSUPPORTED_DIGEST = new ErrorCode(0x10B, "UNSUPPORTED_DIGEST");

    static {
        ErrorCodes.register(List.of(INTEGRITY_FAILED, MESSAGE_TOO_LARGE, TOO_MANY_GROUPS, OBJECT_OUT_OF_ORDER,
                UNKNOWN_TRACK, UNKNOWN_GROUP, DUPLICATE_ID, INCOMPLETE_GROUP, NO_ROUTE, CANCELLED, ACK_TIMEOUT,
                UNSUPPORTED_DIGEST));
    }

    private M2tpErrors() {
    }

    /** Makes sure the codes are registered (class initialisation does it). */
    public static void register() {
        // the static initialiser did the work
    }
}
