package io.agentwire.aonp.m2tp;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.m2tp.wire.GroupAck;
import io.agentwire.aonp.m2tp.wire.GroupCancel;
import io.agentwire.aonp.m2tp.wire.GroupEnd;
import io.agentwire.aonp.m2tp.wire.GroupOpen;
import io.agentwire.aonp.m2tp.wire.M2tpErrors;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.m2tp.wire.Nack;
import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.agentwire.aonp.m2tp.wire.TrackClose;
import io.agentwire.aonp.m2tp.wire.TrackOpen;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.netty.buffer.ByteBuf;

/** The receiving half of an endpoint: the peer's tracks and their open groups (spec/aonp/m2tp.md section 5). */
final class InboundGroups {
    private static final Duration TRACK_WAIT = Duration.ofSeconds(5);

    private final MessageReceiver receiver;
    private final M2tpOptions options;
    private final WaitingMap<Long, TrackOpen> tracks = new WaitingMap<>();
    private final Map<Long, Long> lastGroup = new ConcurrentHashMap<>();
    private final Map<GroupKey, GroupAssembler> streamGroups = new ConcurrentHashMap<>();
    private final Map<GroupKey, DatagramAssembler> datagramGroups = new ConcurrentHashMap<>();
    /** Refused datagram groups whose GROUP_END or GROUP_CANCEL may still come, to be swallowed then. */
    private final Set<GroupKey> refusedDatagramGroups = ConcurrentHashMap.newKeySet();

    InboundGroups(MessageReceiver receiver, M2tpOptions options) {
        this.receiver = receiver;
        this.options = options;
    }

    void trackOpen(M2tpLink link, TrackOpen open) {
        if ((open.track() % 2 == 0) == link.isClient()) {
            throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION, "track " + open.track()
                    + " has the parity of this side's own tracks");
        }
        if (tracks.putIfAbsent(open.track(), open) != null) {
            throw new AonpProtocolException(M2tpErrors.DUPLICATE_ID, "track " + open.track() + " opened twice");
        }
    }

    void trackClose(TrackClose close) {
        tracks.remove(close.track());
    }

    void groupOpen(M2tpLink link, GroupOpen open) {
        TrackOpen track = track(open.track());
        Long previous = lastGroup.get(open.track());
        if (previous != null && open.group() <= previous) {
            throw new AonpProtocolException(M2tpErrors.DUPLICATE_ID, "group " + open.group() + " of track "
                    + open.track() + " is not above " + previous);
        }
        lastGroup.put(open.track(), open.group());
        GroupKey key = new GroupKey(open.track(), open.group());
        MessageInfo info = new MessageInfo(track.name(), open.track(), open.group(), open.contentType(), open.size(),
                open.name(), link.peer().node());
        ErrorCode refusal = null;
        String why = null;
        DigestAlgorithm algorithm = DigestAlgorithm.ofGroupOpen(open.digest()).orElse(null);
        if (streamGroups.size() + datagramGroups.size() + refusedDatagramGroups.size() >= options.maxOpenGroups()) {
            refusal = M2tpErrors.TOO_MANY_GROUPS;
            why = options.maxOpenGroups() + " groups open";
        } else if (open.size() != null && open.size() > options.maxMessage()) {
            refusal = M2tpErrors.MESSAGE_TOO_LARGE;
            why = open.size() + " bytes is above " + options.maxMessage();
        } else if (algorithm == null) {
            refusal = M2tpErrors.UNSUPPORTED_DIGEST;
            why = "digest algorithm \"" + open.digest() + "\" is not supported";
        }
        MessageSink sink = null;
        if (refusal == null) {
            try {
                sink = receiver.open(info);
            } catch (IOException | RuntimeException e) {
                refusal = M2tpErrors.CANCELLED;
                why = "receiver refused: " + e.getMessage();
            }
        }
        if (refusal != null) {
            ack(link, new GroupAck(open.track(), open.group(), refusal.value(), 0, null));
            if (track.datagrams()) {
                refusedDatagramGroups.add(key);
            } else {
                streamGroups.put(key, GroupAssembler.refused(info, refusal));
            }
            return;
        }
        if (track.datagrams()) {
            datagramGroups.put(key, new DatagramAssembler(info, sink, options, algorithm));
        } else {
            streamGroups.put(key, new GroupAssembler(info, sink, options.maxMessage(), algorithm));
        }
    }

    void object(M2tpLink link, ObjectHeader header, ByteBuf payload) {
        GroupAssembler group = streamGroups.get(new GroupKey(header.track(), header.group()));
        if (group == null) {
            throw new AonpProtocolException(M2tpErrors.UNKNOWN_GROUP, "OBJECT for group " + header.group()
                    + " of track " + header.track() + ", which is not open");
        }
        GroupAck failure = group.object(header, payload);
        if (failure != null) {
            ack(link, failure);
        }
    }

    void datagram(M2tpLink link, ObjectHeader header, ByteBuf payload) {
        DatagramAssembler group = datagramGroups.get(new GroupKey(header.track(), header.group()));
        if (group != null) {
            group.offer(header, payload, System.nanoTime(), actions(link, group));
        }
        // a datagram for a group not (yet) open is dropped; NACK repairs it (spec section 6)
    }

    void groupEnd(M2tpLink link, GroupEnd end) {
        GroupKey key = new GroupKey(end.track(), end.group());
        GroupAssembler group = streamGroups.remove(key);
        if (group != null) {
            GroupAck verdict = group.end(end);
            if (verdict != null) {
                ack(link, verdict);
            }
            return;
        }
        DatagramAssembler datagrams = datagramGroups.get(key);
        if (datagrams == null && refusedDatagramGroups.remove(key)) {
            return; // refused at GROUP_OPEN, which was answered already
        }
        if (datagrams == null) {
            throw new AonpProtocolException(M2tpErrors.UNKNOWN_GROUP, "GROUP_END for group " + end.group()
                    + " of track " + end.track() + ", which is not open");
        }
        datagrams.end(end, System.nanoTime(), actions(link, datagrams));
    }

    void groupCancel(GroupCancel cancel) {
        GroupKey key = new GroupKey(cancel.track(), cancel.group());
        GroupAssembler group = streamGroups.remove(key);
        if (group != null) {
            group.abandon(ErrorCodes.of(cancel.code()), "sender cancelled: " + cancel.reason());
        }
        DatagramAssembler datagrams = datagramGroups.remove(key);
        if (datagrams != null) {
            datagrams.abandon(ErrorCodes.of(cancel.code()), "sender cancelled: " + cancel.reason());
        }
        refusedDatagramGroups.remove(key);
    }

    /** Drives the datagram groups' timers; called periodically. */
    void tick(M2tpLink link) {
        long now = System.nanoTime();
        datagramGroups.values().forEach(g -> g.tick(now, actions(link, g)));
    }

    void closed(ErrorCode code, String reason) {
        streamGroups.values().forEach(g -> g.abandon(code, reason));
        streamGroups.clear();
        datagramGroups.values().forEach(g -> g.abandon(code, reason));
        datagramGroups.clear();
        refusedDatagramGroups.clear();
    }

    /** The open track {@code id}, waiting a little for a TRACK_OPEN that a QUIC group stream overtook. */
    private TrackOpen track(long id) {
        TrackOpen track = tracks.await(id, TRACK_WAIT);
        if (track == null) {
            throw new AonpProtocolException(M2tpErrors.UNKNOWN_TRACK, "track " + id + " was not opened");
        }
        return track;
    }

    private DatagramAssembler.Actions actions(M2tpLink link, DatagramAssembler group) {
        return new DatagramAssembler.Actions() {
            @Override
            public void nack(List<Long> missing) {
                if (!missing.isEmpty()) {
                    link.sendControl(ControlCodec.frame(M2tpFrames.NACK,
                            new Nack(group.info().track(), group.info().group(), missing)));
                }
            }

            @Override
            public void done(GroupAck ack) {
                datagramGroups.remove(new GroupKey(ack.track(), ack.group()));
                ack(link, ack);
            }
        };
    }

    private static void ack(M2tpLink link, GroupAck ack) {
        if (link.isOpen()) {
            link.sendControl(ControlCodec.frame(M2tpFrames.GROUP_ACK, ack));
        }
    }
}
