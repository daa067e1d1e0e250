package io.agentwire.aonp.wire;

/**
 * One entry of the AONP error code registry: a varint value and its registered name. Common codes are in
 * {@link ErrorCodes}; each protocol keeps its own range (M2TP 0x100, SMIP 0x200, SRMP 0x300, AIDP 0x400, A2P 0x500).
 */
public record ErrorCode(long value, String name) {
    public ErrorCode {
        VarInt.size(value);
    }

    @Override
    public String toString() {
        return name + "(0x" + Long.toHexString(value) + ")";
    }
}
