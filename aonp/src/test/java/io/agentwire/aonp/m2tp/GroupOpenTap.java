package io.agentwire.aonp.m2tp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.m2tp.wire.GroupOpen;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.Frame;

/**
 * Sits in front of a receiving endpoint and records the {@code digest} field of every GROUP_OPEN as it came off
 * the wire (null when absent). It can also rename the digest algorithm of one track's groups, which plays a sender
 * whose algorithm the receiver does not support: our own sender only offers algorithms every receiver must know.
 */
final class GroupOpenTap implements M2tpInbound {
    /** No track is renamed. */
    static final long NONE = -1;

    final List<String> digests = new CopyOnWriteArrayList<>();
    private final M2tpInbound receiver;
    private final long renamedTrack;
    private final String renamedTo;

    GroupOpenTap(M2tpInbound receiver, long renamedTrack, String renamedTo) {
        this.receiver = receiver;
        this.renamedTrack = renamedTrack;
        this.renamedTo = renamedTo;
    }

    @Override
    public void onOpen(M2tpLink link) {
        receiver.onOpen(link);
    }

    @Override
    public void onFrame(M2tpLink link, Frame frame) {
        if (frame.type() == M2tpFrames.GROUP_OPEN) {
            GroupOpen open = ControlCodec.decode(frame.payload(), GroupOpen.class);
            digests.add(open.digest());
            if (open.track() == renamedTrack) {
                frame.release();
                frame = ControlCodec.frame(M2tpFrames.GROUP_OPEN, new GroupOpen(open.track(), open.group(),
                        open.contentType(), open.size(), open.name(), renamedTo));
            }
        }
        receiver.onFrame(link, frame);
    }

    @Override
    public void onClose(M2tpLink link, ErrorCode code, String reason) {
        receiver.onClose(link, code, reason);
    }
}
