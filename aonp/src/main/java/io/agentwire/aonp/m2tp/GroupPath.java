package io.agentwire.aonp.m2tp;

import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.Frame;

/** The ordered path of one group: its GROUP_OPEN, OBJECTs and GROUP_END, in order. */
public interface GroupPath {
    /** Sends a frame, blocking while the transport is full; takes ownership of the frame. */
    void send(Frame frame);

    /** No more frames follow (ends a QUIC stream's send side). */
    void finish();

    /** Abandons the path (resets a QUIC stream). */
    void abort(ErrorCode code);
}
