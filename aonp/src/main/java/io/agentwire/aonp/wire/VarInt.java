package io.agentwire.aonp.wire;

import io.netty.buffer.ByteBuf;

/**
 * QUIC variable-length integers (RFC 9000 §16): the two high bits of the first byte give the length (1, 2, 4 or 8
 * bytes), the rest is the value in network byte order. AONP writes the shortest form and reads any form.
 */
public final class VarInt {
    /** The largest value a varint can carry, 2^62 - 1. */
    public static final long MAX = (1L << 62) - 1;

    private VarInt() {
    }

    /** Bytes needed for {@code value} in its shortest form. */
    public static int size(long value) {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("not a varint value: " + value);
        }
        if (value < (1 << 6)) {
            return 1;
        }
        if (value < (1 << 14)) {
            return 2;
        }
        if (value < (1L << 30)) {
            return 4;
        }
        return 8;
    }

    /** Length in bytes of the varint whose first byte is {@code firstByte}. */
    public static int encodedLength(byte firstByte) {
        return 1 << ((firstByte & 0xC0) >>> 6);
    }

    /** Writes {@code value} in its shortest form. */
    public static void write(ByteBuf out, long value) {
        switch (size(value)) {
            case 1 -> out.writeByte((int) value);
            case 2 -> out.writeShort((int) value | 0x4000);
            case 4 -> out.writeInt((int) value | 0x8000_0000);
            default -> out.writeLong(value | 0xC000_0000_0000_0000L);
        }
    }

    /**
     * Reads a varint at the reader index, or returns -1 and leaves the index alone when the buffer does not yet
     * hold all its bytes (a stream decoder then waits for more).
     */
    public static long read(ByteBuf in) {
        if (!in.isReadable()) {
            return -1;
        }
        int index = in.readerIndex();
        int length = encodedLength(in.getByte(index));
        if (in.readableBytes() < length) {
            return -1;
        }
        long value = switch (length) {
            case 1 -> in.getByte(index) & 0x3F;
            case 2 -> in.getShort(index) & 0x3FFF;
            case 4 -> in.getInt(index) & 0x3FFF_FFFFL;
            default -> in.getLong(index) & 0x3FFF_FFFF_FFFF_FFFFL;
        };
        in.skipBytes(length);
        return value;
    }

    /** Reads a varint that must be complete, as inside a frame payload. */
    public static long readComplete(ByteBuf in) {
        long value = read(in);
        if (value < 0) {
            throw new AonpProtocolException(ErrorCodes.FRAME_ENCODING_ERROR, "truncated varint");
        }
        return value;
    }
}
