package io.agentwire.aonp.m2tp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.agentwire.aonp.m2tp.wire.GroupAck;
import io.agentwire.aonp.m2tp.wire.GroupEnd;
import io.agentwire.aonp.m2tp.wire.M2tpErrors;
import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.netty.buffer.ByteBuf;

/**
 * Reassembles one group of a datagram-mode track (spec/aonp/m2tp.md section 6): puts objects back in order within
 * a bounded reorder window, asks for missing ones with NACK, and after the allowed rounds either reports a gap
 * (loss-tolerant) or fails the group. Time is passed in, so tests drive it without sleeping.
 */
final class DatagramAssembler {
    /** What the assembler asks its owner to do. */
    interface Actions {
        void nack(List<Long> missing);

        void done(GroupAck ack);
    }

    private static final int MAX_NACK_IDS = 256;

    private final MessageInfo info;
    private final MessageSink sink;
    private final M2tpOptions options;
    private final RunningDigest digest;
    private final TreeMap<Long, ByteBuf> pending = new TreeMap<>();
    private final List<Long> missing = new ArrayList<>();
    private long next;
    private long delivered;
    private long objectSize;
    private GroupEnd end;
    private long blockedSince = -1;
    private long lastNack;
    private int rounds;
    private boolean finished;

    DatagramAssembler(MessageInfo info, MessageSink sink, M2tpOptions options, DigestAlgorithm algorithm) {
        this.info = info;
        this.sink = sink;
        this.options = options;
        this.digest = RunningDigest.start(algorithm);
    }

    MessageInfo info() {
        return info;
    }

    synchronized boolean finished() {
        return finished;
    }

    /** One datagram object; the payload stays owned by the caller (it is copied when buffered). */
    synchronized void offer(ObjectHeader header, ByteBuf payload, long now, Actions out) {
        long id = header.object();
        if (finished || id < next || pending.containsKey(id) || id > next + options.reorderWindow()
                || (end != null && id >= end.objects())) {
            return;
        }
        objectSize = Math.max(objectSize, payload.readableBytes());
        if (id == next) {
            if (!deliver(payload, out)) {
                return;
            }
            next++;
            rounds = 0;
            blockedSince = -1;
            drain(out);
        } else {
            pending.put(id, payload.copy());
        }
        progress(now, out);
    }

    /** GROUP_END arrived on the control path. */
    synchronized void end(GroupEnd groupEnd, long now, Actions out) {
        if (finished) {
            return;
        }
        end = groupEnd;
        progress(now, out);
    }

    /** Called periodically: sends NACKs for gaps that waited long enough and gives up on hopeless objects. */
    synchronized void tick(long now, Actions out) {
        if (finished || blockedSince < 0 || now - lastNack < options.reorderTimeout().toNanos()) {
            return;
        }
        if (rounds < options.maxNackRounds()) {
            rounds++;
            lastNack = now;
            out.nack(missingIds());
            return;
        }
        if (!options.lossTolerant()) {
            fail(M2tpErrors.INCOMPLETE_GROUP, "object " + next + " lost after " + rounds + " NACKs", out);
            return;
        }
        missing.add(next);
        try {
            sink.gap(next * objectSize, objectSize);
        } catch (IOException | RuntimeException e) {
            fail(M2tpErrors.CANCELLED, "receiver could not record a gap: " + e.getMessage(), out);
            return;
        }
        next++;
        rounds = 0;
        blockedSince = -1;
        drain(out);
        progress(now, out);
    }

    synchronized void abandon(ErrorCode code, String reason) {
        if (!finished) {
            finished = true;
            releasePending();
            sink.failed(code, reason);
        }
    }

    private List<Long> missingIds() {
        long limit = end != null ? end.objects() : (pending.isEmpty() ? next + 1 : pending.lastKey());
        List<Long> ids = new ArrayList<>();
        for (long id = next; id < limit && ids.size() < MAX_NACK_IDS; id++) {
            if (!pending.containsKey(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private void drain(Actions out) {
        for (Map.Entry<Long, ByteBuf> first = pending.firstEntry(); first != null && first.getKey() == next;
                first = pending.firstEntry()) {
            pending.pollFirstEntry();
            boolean ok = deliver(first.getValue(), out);
            first.getValue().release();
            if (!ok) {
                return;
            }
            next++;
        }
    }

    private boolean deliver(ByteBuf payload, Actions out) {
        delivered += payload.readableBytes();
        try {
            digest.feed(sink, payload);
            return true;
        } catch (IOException | RuntimeException e) {
            fail(M2tpErrors.CANCELLED, "receiver could not store the message: " + e.getMessage(), out);
            return false;
        }
    }

    /** Completes the group when everything is in, else notes whether the next object is overdue. */
    private void progress(long now, Actions out) {
        if (finished) {
            return;
        }
        if (end != null && next >= end.objects()) {
            complete(out);
            return;
        }
        boolean blocked = !pending.isEmpty() || end != null;
        if (blocked && blockedSince < 0) {
            blockedSince = now;
            lastNack = now;
        }
    }

    private void complete(Actions out) {
        finished = true;
        releasePending();
        byte[] actual = digest.finish();
        if (!missing.isEmpty()) {
            try {
                sink.complete(new Delivery(info.track(), info.group(), delivered, digest.algorithm(), actual, missing));
            } catch (IOException | RuntimeException e) {
                sink.failed(M2tpErrors.CANCELLED, e.getMessage());
            }
            out.done(new GroupAck(info.track(), info.group(), M2tpErrors.INCOMPLETE_GROUP.value(), delivered,
                    List.copyOf(missing)));
            return;
        }
        String digestProblem = digest.algorithm().mismatch(actual, end.digest());
        if (delivered != end.size() || digestProblem != null) {
            sink.failed(M2tpErrors.INTEGRITY_FAILED, "GROUP_END says " + end.size() + " bytes, received " + delivered
                    + (digestProblem == null ? "" : "; " + digestProblem));
            out.done(new GroupAck(info.track(), info.group(), M2tpErrors.INTEGRITY_FAILED.value(), delivered, null));
            return;
        }
        try {
            sink.complete(new Delivery(info.track(), info.group(), delivered, digest.algorithm(), actual, List.of()));
        } catch (IOException | RuntimeException e) {
            sink.failed(M2tpErrors.CANCELLED, e.getMessage());
            out.done(new GroupAck(info.track(), info.group(), M2tpErrors.CANCELLED.value(), delivered, null));
            return;
        }
        out.done(new GroupAck(info.track(), info.group(), ErrorCodes.NO_ERROR.value(), delivered, null));
    }

    private void fail(ErrorCode code, String reason, Actions out) {
        finished = true;
        releasePending();
        sink.failed(code, reason);
        out.done(new GroupAck(info.track(), info.group(), code.value(), delivered, List.copyOf(missing)));
    }

    private void releasePending() {
        pending.values().forEach(ByteBuf::release);
        pending.clear();
    }
}
