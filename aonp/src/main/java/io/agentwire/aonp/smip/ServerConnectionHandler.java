package io.agentwire.aonp.smip;

import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.smip.wire.SessionOpen;
import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.smip.wire.SmipMessage;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.Frame;

/** One server connection: at most one session at a time, bound by SESSION_OPEN. */
final class ServerConnectionHandler implements FrameHandler {
    private final SmipServer server;
    private ServerSession session;

    ServerConnectionHandler(SmipServer server) {
        this.server = server;
    }

    @Override
    public void onFrame(FrameChannel channel, Frame frame) {
        try {
            handle(channel, frame);
        } catch (AonpProtocolException e) {
            // any violation on a connection that carries a session is a session error: the session ends too
            if (session != null) {
                server.discard(session);
            }
            throw e;
        }
    }

    private void handle(FrameChannel channel, Frame frame) {
        long type = frame.type();
        SmipMessage message = SmipFrames.decodeAndRelease(frame);
        if (type == SmipFrames.SESSION_OPEN) {
            if (session != null && !session.isEnded()) {
                fail(SmipErrorCodes.SESSION_ALREADY_OPEN, "this connection already carries a session");
            }
            session = server.open(channel, (SessionOpen) message);
            return;
        }
        if (session == null || session.isEnded()) {
            fail(SmipErrorCodes.SESSION_NOT_OPEN, SmipFrames.class.getSimpleName() + " type 0x"
                    + Long.toHexString(type) + " before SESSION_OPEN");
        }
        session.onMessage(channel, type, message);
    }

    @Override
    public void onClose(FrameChannel channel, ErrorCode code, String reason) {
        if (session != null) {
            session.transportLost(channel);
        }
    }

    private static void fail(ErrorCode code, String message) {
        throw new AonpProtocolException(code, message);
    }
}
