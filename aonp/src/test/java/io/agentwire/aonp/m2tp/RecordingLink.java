package io.agentwire.aonp.m2tp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.core.PeerInfo;
import io.agentwire.aonp.m2tp.wire.GroupAck;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.Frame;

/** A link that records what the endpoint sends back (GROUP_ACKs) instead of sending it anywhere. */
final class RecordingLink implements M2tpLink {
    final List<GroupAck> acks = new CopyOnWriteArrayList<>();
    final List<Long> otherTypes = new CopyOnWriteArrayList<>();

    @Override
    public void sendControl(Frame frame) {
        try {
            if (frame.type() == M2tpFrames.GROUP_ACK) {
                acks.add(ControlCodec.decode(frame.payload(), GroupAck.class));
            } else {
                otherTypes.add(frame.type());
            }
        } finally {
            frame.release();
        }
    }

    @Override
    public GroupPath openGroupPath() {
        throw new UnsupportedOperationException("receive-only");
    }

    @Override
    public void sendDatagram(Frame frame) {
        sendControl(frame);
    }

    @Override
    public int maxDatagramFrame() {
        return 1236;
    }

    @Override
    public PeerInfo peer() {
        return new PeerInfo("peer", List.of("m2tp"), 65_536, null);
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isClient() {
        return false;
    }

    @Override
    public void close(ErrorCode code, String reason) {
        throw new AssertionError("closed with " + code + ": " + reason);
    }

    @Override
    public String describe() {
        return "recording";
    }
}
