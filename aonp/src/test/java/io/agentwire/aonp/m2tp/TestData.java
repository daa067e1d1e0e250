package io.agentwire.aonp.m2tp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;

/** Deterministic pseudo-random streams of any length that use no memory for their content, and their digests. */
final class TestData {
    private TestData() {
    }

    static InputStream stream(long size, long seed) {
        return new InputStream() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private long left = size;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return random.nextInt(256);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) random.nextInt(256);
                }
                left -= n;
                return n;
            }
        };
    }

    /** SHA-256 of the stream's content: the tests' own check that a message arrived unchanged. */
    static byte[] contentSha256(long size, long seed) throws IOException {
        return digest(DigestAlgorithm.SHA_256, stream(size, seed));
    }

    static byte[] contentSha256(byte[] message) throws IOException {
        return digest(DigestAlgorithm.SHA_256, message);
    }

    /** What GROUP_END must carry for the stream, computed with the JDK alone, apart from the code under test. */
    static byte[] digest(DigestAlgorithm algorithm, long size, long seed) throws IOException {
        return digest(algorithm, stream(size, seed));
    }

    static byte[] digest(DigestAlgorithm algorithm, byte[] message) throws IOException {
        return digest(algorithm, new ByteArrayInputStream(message));
    }

    private static byte[] digest(DigestAlgorithm algorithm, InputStream in) throws IOException {
        CRC32C crc = new CRC32C();
        MessageDigest sha = newSha256();
        byte[] buf = new byte[65_536];
        try (in) {
            for (int n; (n = in.read(buf)) > 0;) {
                crc.update(buf, 0, n);
                sha.update(buf, 0, n);
            }
        }
        return algorithm == DigestAlgorithm.CRC32C ? ByteBuffer.allocate(4).putInt((int) crc.getValue()).array()
                : sha.digest();
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
