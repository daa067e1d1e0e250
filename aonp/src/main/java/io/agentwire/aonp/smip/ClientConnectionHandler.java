package io.agentwire.aonp.smip;

import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.Frame;

/** Passes the SMIP frames of one client connection to its session; a new connection gets a new handler. */
final class ClientConnectionHandler implements FrameHandler {
    private final ClientSession session;

    ClientConnectionHandler(ClientSession session) {
        this.session = session;
    }

    @Override
    public void onFrame(FrameChannel channel, Frame frame) {
        long type = frame.type();
        try {
            session.onMessage(channel, type, SmipFrames.decodeAndRelease(frame));
        } catch (AonpProtocolException e) {
            session.abort(e);
            throw e;
        }
    }

    @Override
    public void onClose(FrameChannel channel, ErrorCode code, String reason) {
        session.transportLost(channel);
    }
}
