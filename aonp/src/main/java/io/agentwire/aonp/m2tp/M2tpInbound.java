package io.agentwire.aonp.m2tp;

import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.Frame;

/**
 * Receives the M2TP frames of one link, from whichever path carried them. Calls for one path come in order from
 * one thread at a time, on a thread that may block (never a transport I/O thread); different paths of one link
 * may call concurrently.
 */
public interface M2tpInbound {
    /** The link is open (handshake done). */
    default void onOpen(M2tpLink link) {
    }

    /** One frame; the inbound owns it and must release it. Throwing AonpProtocolException closes the link. */
    void onFrame(M2tpLink link, Frame frame);

    /** The link closed with {@code code}. */
    default void onClose(M2tpLink link, ErrorCode code, String reason) {
    }
}
