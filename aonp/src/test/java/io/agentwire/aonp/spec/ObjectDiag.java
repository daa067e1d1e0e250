package io.agentwire.aonp.spec;

import java.nio.charset.StandardCharsets;

import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.netty.buffer.ByteBufUtil;

/** The diag line of a binary object vector: header fields, then the payload as text when printable, else hex. */
final class ObjectDiag {
    private ObjectDiag() {
    }

    static String of(ObjectHeader header, byte[] payload) {
        return "track=" + header.track() + " group=" + header.group() + " object=" + header.object()
                + " flags=0x" + String.format("%02x", header.flags()) + " payload=" + payload(payload);
    }

    private static String payload(byte[] payload) {
        for (byte b : payload) {
            if (b < 0x20 || b > 0x7e) {
                return "h'" + ByteBufUtil.hexDump(payload) + "'";
            }
        }
        return "\"" + new String(payload, StandardCharsets.US_ASCII) + "\"";
    }
}
