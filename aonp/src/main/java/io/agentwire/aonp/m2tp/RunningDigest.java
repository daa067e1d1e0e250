package io.agentwire.aonp.m2tp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32C;

import io.netty.buffer.ByteBuf;

/**
 * The digest of one message, computed chunk by chunk as the chunks pass. It reads each chunk where it lies
 * (direct buffers included), because copying bulk data only to digest it would cost as much as the digest.
 */
abstract class RunningDigest {
    private final DigestAlgorithm algorithm;

    private RunningDigest(DigestAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    static RunningDigest start(DigestAlgorithm algorithm) {
        return switch (algorithm) {
            case CRC32C -> new Crc32c();
            case SHA_256 -> new Sha256();
        };
    }

    DigestAlgorithm algorithm() {
        return algorithm;
    }

    /** Adds the bytes from the buffer's position to its limit, leaving the position at the limit. */
    abstract void update(ByteBuffer data);

    /** The digest of everything added, in its wire form (section 3.10); the digest is done after this. */
    abstract byte[] finish();

    /** Adds the readable bytes of {@code buf} without moving its indexes. */
    final void update(ByteBuf buf) {
        for (ByteBuffer view : views(buf)) {
            update(view);
        }
    }

    /** Adds {@code payload} and hands it to {@code sink}, view by view, without copying. */
    final void feed(MessageSink sink, ByteBuf payload) throws IOException {
        for (ByteBuffer view : views(payload)) {
            update(view.duplicate());
            sink.chunk(view);
        }
    }

    /** The readable bytes of {@code buf} as NIO views, without copying and without moving its indexes. */
    private static ByteBuffer[] views(ByteBuf buf) {
        return buf.nioBufferCount() == 1 ? new ByteBuffer[] {buf.nioBuffer()} : buf.nioBuffers();
    }

    private static final class Crc32c extends RunningDigest {
        private final CRC32C crc = new CRC32C();

        Crc32c() {
            super(DigestAlgorithm.CRC32C);
        }

        @Override
        void update(ByteBuffer data) {
            crc.update(data);
        }

        @Override
        byte[] finish() {
            return ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
        }
    }

    private static final class Sha256 extends RunningDigest {
        private final MessageDigest sha;

        Sha256() {
            super(DigestAlgorithm.SHA_256);
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                // every Java SE runtime must provide SHA-256, so this is a broken JDK, not a condition to handle
                throw new IllegalStateException("the JDK lacks SHA-256", e);
            }
        }

        @Override
        void update(ByteBuffer data) {
            sha.update(data);
        }

        @Override
        byte[] finish() {
            return sha.digest();
        }
    }
}
