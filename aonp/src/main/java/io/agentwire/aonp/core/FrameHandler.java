package io.agentwire.aonp.core;

import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.Frame;

/**
 * Receives the frames of one connection that the connection layer does not handle itself (everything except
 * HELLO, HELLO_ACK, PING, PONG and CLOSE). Calls for one connection come from one thread at a time, in order.
 */
public interface FrameHandler {
    /** The handshake finished; {@code channel} is ready. */
    default void onOpen(FrameChannel channel) {
    }

    /**
     * One frame. The handler owns it and must release it. Throwing an
     * {@link io.agentwire.aonp.wire.AonpProtocolException} closes the connection with that exception's error code
     * (a type the handler does not know should be answered so, with UNKNOWN_FRAME_TYPE).
     */
    void onFrame(FrameChannel channel, Frame frame);

    /**
     * The frames of one read from the transport have all been passed to {@link #onFrame}. A handler that hands
     * frames to another thread can pass them on together now, one hand-off per read instead of one per frame.
     */
    default void onReadComplete(FrameChannel channel) {
    }

    /** The connection ended: by a CLOSE from either side (its code), or by the transport failing (INTERNAL_ERROR). */
    default void onClose(FrameChannel channel, ErrorCode code, String reason) {
    }
}
