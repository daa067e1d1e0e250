package io.agentwire.aonp.m2tp;

import java.io.IOException;
import java.util.List;

import io.agentwire.aonp.m2tp.wire.GroupAck;
import io.agentwire.aonp.m2tp.wire.GroupEnd;
import io.agentwire.aonp.m2tp.wire.M2tpErrors;
import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.netty.buffer.ByteBuf;

/**
 * Reassembles one group of a stream-mode track (spec/aonp/m2tp.md section 5): objects arrive in order, each goes
 * straight to the sink and into the group's running digest, so the memory used is this object's fields whatever
 * the message size. A group that fails (too large, sink error) keeps discarding its objects until GROUP_END.
 */
final class GroupAssembler {
    private final MessageInfo info;
    private final MessageSink sink;
    private final long maxMessage;
    private final RunningDigest digest;
    private long nextObject;
    private long size;
    private ErrorCode failure;

    GroupAssembler(MessageInfo info, MessageSink sink, long maxMessage, DigestAlgorithm algorithm) {
        this.info = info;
        this.sink = sink;
        this.maxMessage = maxMessage;
        this.digest = RunningDigest.start(algorithm);
    }

    /** A group refused at GROUP_OPEN: it only swallows its frames. */
    static GroupAssembler refused(MessageInfo info, ErrorCode code) {
        GroupAssembler refused = new GroupAssembler(info, null, 0, DigestAlgorithm.DEFAULT);
        refused.failure = code;
        return refused;
    }

    MessageInfo info() {
        return info;
    }

    boolean failed() {
        return failure != null;
    }

    /**
     * Takes the next object. Returns the GROUP_ACK to send at once when the group fails now, else null. A wrong
     * Object ID is a connection error.
     */
    GroupAck object(ObjectHeader header, ByteBuf payload) {
        if (header.object() != nextObject) {
            throw new AonpProtocolException(M2tpErrors.OBJECT_OUT_OF_ORDER, "group " + info.group() + " expected object "
                    + nextObject + ", got " + header.object());
        }
        nextObject++;
        if (failure != null) {
            return null;
        }
        size += payload.readableBytes();
        if (size > maxMessage) {
            return fail(M2tpErrors.MESSAGE_TOO_LARGE, "more than " + maxMessage + " bytes");
        }
        try {
            digest.feed(sink, payload);
        } catch (IOException | RuntimeException e) {
            return fail(M2tpErrors.CANCELLED, "receiver could not store the message: " + e.getMessage());
        }
        return null;
    }

    /** Checks GROUP_END and returns the verdict (null when a failure was already reported). */
    GroupAck end(GroupEnd end) {
        if (failure != null) {
            return null;
        }
        byte[] actual = digest.finish();
        String digestProblem = digest.algorithm().mismatch(actual, end.digest());
        if (end.objects() != nextObject || end.size() != size || digestProblem != null) {
            return fail(M2tpErrors.INTEGRITY_FAILED, "GROUP_END says " + end.objects() + " objects, " + end.size()
                    + " bytes; received " + nextObject + " objects, " + size + " bytes"
                    + (digestProblem == null ? "" : "; " + digestProblem));
        }
        try {
            sink.complete(new Delivery(info.track(), info.group(), size, digest.algorithm(), actual, List.of()));
        } catch (IOException | RuntimeException e) {
            return fail(M2tpErrors.CANCELLED, "receiver could not finish the message: " + e.getMessage());
        }
        return new GroupAck(info.track(), info.group(), ErrorCodes.NO_ERROR.value(), size, null);
    }

    /** The sender cancelled, or the link closed. */
    void abandon(ErrorCode code, String reason) {
        if (failure == null) {
            failure = code;
            sink.failed(code, reason);
        }
    }

    private GroupAck fail(ErrorCode code, String reason) {
        failure = code;
        sink.failed(code, reason);
        return new GroupAck(info.track(), info.group(), code.value(), size, null);
    }
}
