package io.agentwire.aonp.smip;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.smip.wire.SessionAccept;
import io.agentwire.aonp.smip.wire.SessionOpen;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.smip.wire.SmipMessage;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.Frame;

/** A hand-driven SMIP client: sends whatever a test builds and records what comes back, for protocol tests. */
final class RawPeer implements FrameHandler {
    /** One received frame. */
    record Received(long type, SmipMessage message) {
    }

    final BlockingQueue<Received> frames = new LinkedBlockingQueue<>();
    final BlockingQueue<ErrorCode> closes = new LinkedBlockingQueue<>();
    FrameChannel channel;

    static RawPeer connect(SmipFixture fixture, String auth) {
        RawPeer peer = new RawPeer();
        peer.channel = fixture.connector(auth).connect(peer).orTimeout(20, TimeUnit.SECONDS).join();
        return peer;
    }

    @Override
    public void onFrame(FrameChannel ch, Frame frame) {
        long type = frame.type();
        frames.add(new Received(type, SmipFrames.decodeAndRelease(frame)));
    }

    @Override
    public void onClose(FrameChannel ch, ErrorCode code, String reason) {
        closes.add(code);
    }

    void send(long type, Object message) {
        channel.send(ControlCodec.frame(type, message));
    }

    /** The next frame that is not a HEARTBEAT or ACK. */
    Received next() throws InterruptedException {
        while (true) {
            Received received = frames.poll(20, TimeUnit.SECONDS);
            if (received == null) {
                throw new AssertionError("no frame within 20 s");
            }
            if (received.type() != SmipFrames.HEARTBEAT && received.type() != SmipFrames.ACK) {
                return received;
            }
        }
    }

    /** Opens a new session and returns the server's SESSION_ACCEPT. */
    SessionAccept openSession() throws InterruptedException {
        send(SmipFrames.SESSION_OPEN, SessionOpen.fresh(16L, null, null));
        return (SessionAccept) next().message();
    }

    ErrorCode closeCode() throws InterruptedException {
        ErrorCode code = closes.poll(20, TimeUnit.SECONDS);
        if (code == null) {
            throw new AssertionError("connection not closed within 20 s");
        }
        return code;
    }
}
