package io.agentwire.aonp.m2tp;

import io.agentwire.aonp.core.PeerInfo;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.Frame;

/**
 * One open AONP connection as M2TP sees it: a control path, ordered group paths and a datagram path
 * (spec/aonp/m2tp.md section 2). Send methods take ownership of the frame and may block while the transport is
 * full, which is how backpressure reaches a sender; they must not be called from a transport's I/O thread.
 */
public interface M2tpLink {
    /** Sends on the control path; throws {@link io.agentwire.aonp.wire.AonpProtocolException} once closed. */
    void sendControl(Frame frame);

    /** Opens the ordered path for one group (a QUIC stream, or the TCP connection itself). */
    GroupPath openGroupPath();

    /** Sends an OBJECT_DATAGRAM frame on the datagram path (over TCP: as an ordinary frame). */
    void sendDatagram(Frame frame);

    /** The largest whole frame (header included) the datagram path takes. */
    int maxDatagramFrame();

    /** What the peer said in its handshake, including its frame size limit. */
    PeerInfo peer();

    boolean isOpen();

    /** Sends CLOSE with {@code code} and closes the transport. */
    void close(ErrorCode code, String reason);

    /** Whether this side opened the connection (its tracks get even IDs). */
    boolean isClient();

    /** A short description for logs: transport and remote address. */
    String describe();
}
