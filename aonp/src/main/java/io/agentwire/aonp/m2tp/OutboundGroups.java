package io.agentwire.aonp.m2tp;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.m2tp.wire.GroupAck;
import io.agentwire.aonp.m2tp.wire.GroupCancel;
import io.agentwire.aonp.m2tp.wire.GroupEnd;
import io.agentwire.aonp.m2tp.wire.GroupOpen;
import io.agentwire.aonp.m2tp.wire.M2tpErrors;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.m2tp.wire.Nack;
import io.agentwire.aonp.m2tp.wire.ObjectCodec;
import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;

/**
 * The sending half of an endpoint (spec/aonp/m2tp.md section 4): cuts a stream into objects, one chunk in memory
 * at a time, and waits for the receiver's GROUP_ACK.
 */
final class OutboundGroups {
    private static final ByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;
    /** Largest frame header: an 8-byte type and an 8-byte length never occur here, 1 + 4 is the real bound. */
    private static final int FRAME_HEADER = 5;

    private final M2tpOptions options;
    private final Map<GroupKey, CompletableFuture<GroupAck>> acks = new ConcurrentHashMap<>();
    private final Map<GroupKey, Retransmissions> retransmissions = new ConcurrentHashMap<>();
    private final Map<Long, AonpProtocolException> refusedTracks = new ConcurrentHashMap<>();

    OutboundGroups(M2tpOptions options) {
        this.options = options;
    }

    /**
     * Sends one message as the track's next group. Concurrent sends on one track take their Group IDs and write
     * their GROUP_OPENs under the track's lock, so the IDs reach the wire in increasing order (spec section 3.3);
     * the rest of the group goes out without the lock.
     */
    Delivery send(M2tpLink link, Track track, InputStream data, MessageMeta meta, ProgressListener progress)
            throws IOException, M2tpException, InterruptedException {
        ReentrantLock order = track.groupOrder();
        order.lock();
        try {
            return send(link, track, track.nextGroup(), data, meta, progress, order::unlock);
        } finally {
            if (order.isHeldByCurrentThread()) {
                order.unlock();
            }
        }
    }

    private Delivery send(M2tpLink link, Track track, long group, InputStream data, MessageMeta meta,
            ProgressListener progress, Runnable opened) throws IOException, M2tpException, InterruptedException {
        GroupKey key = new GroupKey(track.id(), group);
        CompletableFuture<GroupAck> ack = new CompletableFuture<>();
        acks.put(key, ack);
        try {
            AonpProtocolException refused = refusedTracks.get(track.id());
            if (refused != null) {
                throw refused;
            }
            GroupOpen open = new GroupOpen(track.id(), group, meta.contentType(), meta.size(), meta.name(),
                    options.digest().groupOpenField());
            GroupEnd end = track.datagrams() ? sendDatagrams(link, key, open, opened, data, meta, progress, ack)
                    : sendStream(link, key, open, opened, data, meta, progress, ack);
            // with no GROUP_END the receiver already answered (or the track was refused): no need to wait
            return verdict(key, ack.get(end == null ? 0 : options.ackTimeout().toMillis(), TimeUnit.MILLISECONDS),
                    end);
        } catch (TimeoutException e) {
            throw new M2tpException(M2tpErrors.ACK_TIMEOUT, "no GROUP_ACK for group " + group + " within "
                    + options.ackTimeout());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            ErrorCode code = cause instanceof AonpProtocolException p ? p.code() : ErrorCodes.INTERNAL_ERROR;
            throw new M2tpException(code, "link closed: " + cause.getMessage());
        } catch (AonpProtocolException e) {
            throw new M2tpException(e.code(), e.getMessage());
        } finally {
            acks.remove(key);
            Retransmissions kept = retransmissions.remove(key);
            if (kept != null) {
                kept.release();
            }
        }
    }

    private GroupEnd sendStream(M2tpLink link, GroupKey key, GroupOpen open, Runnable opened, InputStream data,
            MessageMeta meta, ProgressListener progress, CompletableFuture<GroupAck> ack) throws IOException {
        GroupPath path = link.openGroupPath();
        try {
            path.send(ControlCodec.frame(M2tpFrames.GROUP_OPEN, open));
            opened.run();
            int chunk = link.peer().maxFrame() - ObjectCodec.MAX_HEADER;
            GroupEnd end = chunks(key, data, chunk, meta, progress, ack, (header, payload) ->
                    path.send(ObjectCodec.encode(ALLOC, M2tpFrames.OBJECT, header, payload)));
            if (end == null) {
                path.send(cancelFrame(key));
            } else {
                path.send(ControlCodec.frame(M2tpFrames.GROUP_END, end));
            }
            path.finish();
            return end;
        } catch (IOException | RuntimeException e) {
            path.abort(M2tpErrors.CANCELLED);
            throw e;
        }
    }

    private GroupEnd sendDatagrams(M2tpLink link, GroupKey key, GroupOpen open, Runnable opened, InputStream data,
            MessageMeta meta, ProgressListener progress, CompletableFuture<GroupAck> ack) throws IOException {
        Retransmissions kept = new Retransmissions(options.reorderWindow());
        retransmissions.put(key, kept);
        link.sendControl(ControlCodec.frame(M2tpFrames.GROUP_OPEN, open));
        opened.run();
        int chunk = link.maxDatagramFrame() - FRAME_HEADER - ObjectCodec.MAX_HEADER;
        GroupEnd end = chunks(key, data, chunk, meta, progress, ack, (header, payload) -> {
            kept.remember(header.object(), header.flags(), payload);
            link.sendDatagram(ObjectCodec.encode(ALLOC, M2tpFrames.OBJECT_DATAGRAM, header, payload));
        });
        link.sendControl(end == null ? cancelFrame(key) : ControlCodec.frame(M2tpFrames.GROUP_END, end));
        return end;
    }

    /** What carries one object. */
    private interface ObjectSender {
        void send(ObjectHeader header, ByteBuf payload);
    }

    /**
     * Reads {@code data} chunk by chunk, one chunk ahead so the last object can carry END_OF_GROUP, and returns the
     * GROUP_END to send, or null when the receiver's early GROUP_ACK refused the group.
     */
    private GroupEnd chunks(GroupKey key, InputStream data, int chunk, MessageMeta meta,
            ProgressListener progress, CompletableFuture<GroupAck> ack, ObjectSender sender) throws IOException {
        RunningDigest digest = RunningDigest.start(options.digest());
        long total = meta.size() == null ? -1 : meta.size();
        long sent = 0;
        long object = 0;
        ByteBuf current = fill(data, chunk);
        while (true) {
            ByteBuf following = null;
            if (current.readableBytes() == chunk) {
                following = fill(data, chunk);
                if (!following.isReadable()) {
                    following.release();
                    following = null;
                }
            }
            if (ack.isDone()) {
                current.release();
                if (following != null) {
                    following.release();
                }
                return null;
            }
            digest.update(current);
            sent += current.readableBytes();
            int flags = following == null ? ObjectHeader.END_OF_GROUP : 0;
            try {
                sender.send(new ObjectHeader(key.track(), key.group(), object++, flags), current);
            } catch (RuntimeException e) {
                if (following != null) {
                    following.release();
                }
                throw e;
            }
            progress.progress(sent, total);
            if (following == null) {
                return new GroupEnd(key.track(), key.group(), object, sent, digest.finish());
            }
            current = following;
        }
    }

    private static ByteBuf fill(InputStream data, int chunk) throws IOException {
        ByteBuf buf = ALLOC.heapBuffer(chunk);
        try {
            while (buf.writableBytes() > 0) {
                if (buf.writeBytes(data, buf.writableBytes()) < 0) {
                    break;
                }
            }
            return buf;
        } catch (IOException | RuntimeException e) {
            buf.release();
            throw e;
        }
    }

    private static Frame cancelFrame(GroupKey key) {
        return ControlCodec.frame(M2tpFrames.GROUP_CANCEL, new GroupCancel(key.track(), key.group(),
                M2tpErrors.CANCELLED.value(), "receiver refused the group"));
    }

    private Delivery verdict(GroupKey key, GroupAck ack, GroupEnd end) throws M2tpException {
        if (ack == null) {
            throw new M2tpException(M2tpErrors.CANCELLED, "group " + key.group() + " cancelled");
        }
        boolean lossReported = ack.code() == M2tpErrors.INCOMPLETE_GROUP.value() && ack.missing() != null
                && !ack.missing().isEmpty();
        if (ack.code() != ErrorCodes.NO_ERROR.value() && !lossReported) {
            throw new M2tpException(ErrorCodes.of(ack.code()), "receiver answered group " + key.group()
                    + " with " + ErrorCodes.of(ack.code()) + " after " + ack.size() + " bytes");
        }
        return new Delivery(key.track(), key.group(), ack.size(), options.digest(),
                end == null ? new byte[0] : end.digest(), ack.missing() == null ? List.of() : ack.missing());
    }

    void ack(GroupAck ack) {
        CompletableFuture<GroupAck> waiting = acks.get(new GroupKey(ack.track(), ack.group()));
        if (waiting != null) {
            waiting.complete(ack);
        }
    }

    void nack(M2tpLink link, Nack nack) {
        Retransmissions kept = retransmissions.get(new GroupKey(nack.track(), nack.group()));
        if (kept != null) {
            kept.resend(nack.missing(), (idAndFlags, payload) -> link.sendDatagram(ObjectCodec.encode(ALLOC,
                    M2tpFrames.OBJECT_DATAGRAM, new ObjectHeader(nack.track(), nack.group(), idAndFlags[0],
                            (int) idAndFlags[1]), payload)));
        }
    }

    /** The receiver (or a relay) closed one of our tracks: its sends fail with the given code. */
    void trackRefused(long track, ErrorCode code, String reason) {
        AonpProtocolException failure = new AonpProtocolException(code, "track " + track + " closed by the peer: "
                + reason);
        refusedTracks.put(track, failure);
        acks.forEach((key, future) -> {
            if (key.track() == track) {
                future.completeExceptionally(failure);
            }
        });
    }

    void closed(ErrorCode code, String reason) {
        AonpProtocolException failure = new AonpProtocolException(code, reason == null ? "closed" : reason);
        acks.values().forEach(f -> f.completeExceptionally(failure));
    }
}
