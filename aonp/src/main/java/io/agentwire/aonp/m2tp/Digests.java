package io.agentwire.aonp.m2tp;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.netty.buffer.ByteBuf;

/** SHA-256 helpers: every JDK has the algorithm, so its absence is not a checked condition for callers. */
final class Digests {
    private Digests() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** The readable bytes of {@code buf} as NIO views, without copying and without moving its indexes. */
    static ByteBuffer[] views(ByteBuf buf) {
        return buf.nioBufferCount() == 1 ? new ByteBuffer[] {buf.nioBuffer()} : buf.nioBuffers();
    }

    /** Hashes {@code payload} and hands it to {@code sink}, view by view, without copying. */
    static void feed(MessageDigest digest, MessageSink sink, ByteBuf payload) throws java.io.IOException {
        for (ByteBuffer view : views(payload)) {
            digest.update(view.duplicate());
            sink.chunk(view);
        }
    }

    static void update(MessageDigest digest, ByteBuf buf) {
        for (ByteBuffer view : views(buf)) {
            digest.update(view);
        }
    }
}
