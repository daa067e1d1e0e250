package io.agentwire.aonp.core;

import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.Frame;

/**
 * A reliable, ordered path for frames to one peer: the control stream of an AONP connection over TCP or QUIC, after
 * the HELLO handshake. The protocols above (M2TP control, SMIP) only see this interface.
 */
public interface FrameChannel {
    /** Queues {@code frame} for the peer and takes ownership of it; frames sent after close are released and dropped. */
    void send(Frame frame);

    /** Sends CLOSE with {@code code} and closes the transport. */
    void close(ErrorCode code, String reason);

    boolean isOpen();

    /** What the peer announced in its HELLO or HELLO_ACK. */
    PeerInfo peer();
}
