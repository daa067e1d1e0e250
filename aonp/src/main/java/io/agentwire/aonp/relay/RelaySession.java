package io.agentwire.aonp.relay;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.m2tp.GroupPath;
import io.agentwire.aonp.m2tp.M2tpInbound;
import io.agentwire.aonp.m2tp.M2tpLink;
import io.agentwire.aonp.m2tp.WaitingMap;
import io.agentwire.aonp.m2tp.wire.GroupCancel;
import io.agentwire.aonp.m2tp.wire.GroupEnd;
import io.agentwire.aonp.m2tp.wire.GroupOpen;
import io.agentwire.aonp.m2tp.wire.M2tpErrors;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.m2tp.wire.ObjectCodec;
import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.agentwire.aonp.m2tp.wire.TrackClose;
import io.agentwire.aonp.m2tp.wire.TrackOpen;
import io.agentwire.aonp.node.AonpConnector;
import io.agentwire.aonp.node.NodeAddress;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;

/**
 * The relay's side of one downstream connection. Frames are forwarded as they are, with their original bytes:
 * the relay reads control metadata (track and group IDs) and object headers, never object payloads, and keeps no
 * message in memory. Track and Group IDs pass through unchanged because each downstream connection gets its own
 * upstream connections.
 */
final class RelaySession implements M2tpInbound {
    private record Key(long track, long group) {
    }

    private static final Duration TRACK_WAIT = Duration.ofSeconds(15);

    private final AonpConnector connector;
    private final RelayRoutes routes;
    private final Map<NodeAddress, M2tpLink> upstreams = new ConcurrentHashMap<>();
    private final WaitingMap<Long, M2tpLink> trackUpstream = new WaitingMap<>();
    private final Map<Long, Boolean> datagramTracks = new ConcurrentHashMap<>();
    private final Map<Key, GroupPath> paths = new ConcurrentHashMap<>();
    private final Set<Long> refusedTracks = ConcurrentHashMap.newKeySet();
    private volatile M2tpLink downstream;

    RelaySession(AonpConnector connector, RelayRoutes routes) {
        this.connector = connector;
        this.routes = routes;
    }

    @Override
    public void onOpen(M2tpLink link) {
        downstream = link;
    }

    @Override
    public void onFrame(M2tpLink down, Frame frame) {
        long type = frame.type();
        if (!refusedTracks.isEmpty() && refusedTracks.contains(trackOf(frame))) {
            frame.release();
            return;
        }
        if (type == M2tpFrames.OBJECT) {
            ObjectHeader header = ObjectCodec.peekHeader(frame);
            path(new Key(header.track(), header.group()), frame).send(frame);
        } else if (type == M2tpFrames.OBJECT_DATAGRAM) {
            upstream(ObjectCodec.peekHeader(frame).track(), frame).sendDatagram(frame);
        } else if (type == M2tpFrames.TRACK_OPEN) {
            trackOpen(down, frame);
        } else if (type == M2tpFrames.GROUP_OPEN) {
            GroupOpen open = peek(frame, GroupOpen.class);
            M2tpLink up = upstream(open.track(), frame);
            if (datagramTracks.getOrDefault(open.track(), false)) {
                up.sendControl(frame);
            } else {
                GroupPath path = up.openGroupPath();
                paths.put(new Key(open.track(), open.group()), path);
                path.send(frame);
            }
        } else if (type == M2tpFrames.GROUP_END) {
            GroupEnd end = peek(frame, GroupEnd.class);
            endGroup(new Key(end.track(), end.group()), frame, false);
        } else if (type == M2tpFrames.GROUP_CANCEL) {
            GroupCancel cancel = peek(frame, GroupCancel.class);
            endGroup(new Key(cancel.track(), cancel.group()), frame, true);
        } else if (type == M2tpFrames.TRACK_CLOSE) {
            TrackClose close = peek(frame, TrackClose.class);
            M2tpLink up = trackUpstream.remove(close.track());
            if (up == null) {
                frame.release();
            } else {
                up.sendControl(frame);
            }
        } else {
            // GROUP_ACK and NACK only flow from upstream receivers back to downstream senders in this relay
            frame.release();
            if (!FrameTypes.isIgnorableExtension(type)) {
                throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION,
                        FrameTypes.name(type) + " from a downstream sender");
            }
        }
    }

    private void trackOpen(M2tpLink down, Frame frame) {
        TrackOpen open = peek(frame, TrackOpen.class);
        Optional<NodeAddress> route = routes.route(open.dest());
        M2tpLink up = null;
        String why = "no route to " + (open.dest() == null ? "a default upstream" : open.dest());
        if (route.isPresent()) {
            try {
                up = upstreams.computeIfAbsent(route.get(), this::connect);
            } catch (UpstreamFailure e) {
                why = e.getMessage();
            }
        }
        if (up == null) {
            frame.release();
            refusedTracks.add(open.track());
            down.sendControl(ControlCodec.frame(M2tpFrames.TRACK_CLOSE, new TrackClose(open.track(),
                    M2tpErrors.NO_ROUTE.value(), why)));
            return;
        }
        datagramTracks.put(open.track(), open.datagrams());
        trackUpstream.putIfAbsent(open.track(), up);
        up.sendControl(frame);
    }

    private M2tpLink connect(NodeAddress address) {
        try {
            return connector.connect(address, new Backward());
        } catch (IOException | RuntimeException e) {
            throw new UpstreamFailure("upstream " + address + " unreachable: " + e.getMessage());
        }
    }

    private void endGroup(Key key, Frame frame, boolean abort) {
        GroupPath path = paths.remove(key);
        if (path == null) {
            upstream(key.track(), frame).sendControl(frame);
            return;
        }
        path.send(frame);
        if (abort) {
            path.abort(M2tpErrors.CANCELLED);
        } else {
            path.finish();
        }
    }

    private GroupPath path(Key key, Frame frame) {
        GroupPath path = paths.get(key);
        if (path == null) {
            frame.release();
            throw new AonpProtocolException(M2tpErrors.UNKNOWN_GROUP, "group " + key.group() + " of track "
                    + key.track() + " is not open");
        }
        return path;
    }

    private M2tpLink upstream(long track, Frame frame) {
        // a QUIC group stream may overtake its TRACK_OPEN, whose upstream connect may take a moment
        M2tpLink up = trackUpstream.await(track, TRACK_WAIT);
        if (up == null) {
            frame.release();
            throw new AonpProtocolException(M2tpErrors.UNKNOWN_TRACK, "track " + track + " was not opened");
        }
        return up;
    }

    /** The Track ID of any M2TP frame from the downstream sender, or -1 (only used to drop refused tracks' frames). */
    private static long trackOf(Frame frame) {
        if (M2tpFrames.isObject(frame.type())) {
            return ObjectCodec.peekHeader(frame).track();
        }
        try {
            return ControlCodec.decodeTree(io.netty.buffer.ByteBufUtil.getBytes(frame.payload())).path("track")
                    .asLong(-1);
        } catch (AonpProtocolException e) {
            return -1;
        }
    }

    /** Reads a control frame's CBOR without consuming it, since the frame is forwarded as it is. */
    private static <T> T peek(Frame frame, Class<T> type) {
        try {
            return ControlCodec.decode(frame.payload().duplicate(), type);
        } catch (AonpProtocolException e) {
            frame.release();
            throw e;
        }
    }

    @Override
    public void onClose(M2tpLink link, ErrorCode code, String reason) {
        paths.values().forEach(p -> p.abort(M2tpErrors.CANCELLED));
        paths.clear();
        upstreams.values().forEach(up -> up.close(ErrorCodes.NO_ERROR, "downstream closed"));
        upstreams.clear();
    }

    /** Frames from an upstream receiver: its verdicts go back to the downstream sender unchanged. */
    private final class Backward implements M2tpInbound {
        @Override
        public void onFrame(M2tpLink up, Frame frame) {
            long type = frame.type();
            M2tpLink down = downstream;
            if ((type == M2tpFrames.GROUP_ACK || type == M2tpFrames.NACK || type == M2tpFrames.TRACK_CLOSE)
                    && down != null && down.isOpen()) {
                down.sendControl(frame);
            } else {
                frame.release();
            }
        }

        @Override
        public void onClose(M2tpLink up, ErrorCode code, String reason) {
            M2tpLink down = downstream;
            if (down != null && down.isOpen() && code != ErrorCodes.NO_ERROR) {
                down.close(M2tpErrors.NO_ROUTE, "upstream closed: " + code + " " + reason);
            }
        }
    }

    /** An upstream connect failure inside computeIfAbsent. */
    private static final class UpstreamFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UpstreamFailure(String message) {
            super(message);
        }
    }
}
