package io.agentwire.bench.aonp;

import java.io.InputStream;
import java.util.SplittableRandom;

/**
 * {@code size} bytes made by cycling one 1 MiB random block: costs no memory per byte and almost no CPU, so the
 * benchmark measures the transport rather than a data generator.
 */
final class PatternStream extends InputStream {
    static final byte[] BLOCK = new byte[1 << 20];

    static {
        SplittableRandom random = new SplittableRandom(2026);
        for (int i = 0; i < BLOCK.length; i++) {
            BLOCK[i] = (byte) random.nextInt(256);
        }
    }

    private long left;
    private int offset;

    PatternStream(long size) {
        this.left = size;
    }

    @Override
    public int read() {
        if (left == 0) {
            return -1;
        }
        left--;
        int b = BLOCK[offset] & 0xFF;
        offset = (offset + 1) % BLOCK.length;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (left == 0) {
            return -1;
        }
        int n = (int) Math.min(Math.min(len, left), BLOCK.length - offset);
        System.arraycopy(BLOCK, offset, b, off, n);
        offset = (offset + n) % BLOCK.length;
        left -= n;
        return n;
    }
}
