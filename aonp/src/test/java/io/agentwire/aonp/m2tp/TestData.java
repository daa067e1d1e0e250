package io.agentwire.aonp.m2tp;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.SplittableRandom;

/** Deterministic pseudo-random streams of any length that use no memory for their content. */
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

    static byte[] sha256(long size, long seed) throws java.io.IOException {
        MessageDigest digest = Digests.sha256();
        byte[] buf = new byte[65_536];
        try (InputStream in = stream(size, seed)) {
            for (int n; (n = in.read(buf)) > 0;) {
                digest.update(buf, 0, n);
            }
        }
        return digest.digest();
    }
}
