package io.agentwire.aonp.m2tp.wire;

import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.VarInt;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;

/**
 * Binary OBJECT and OBJECT_DATAGRAM frames. Encoding puts the header in a small buffer in front of the payload
 * (a composite, no copy); decoding reads the header and leaves the payload as a slice of the frame.
 */
public final class ObjectCodec {
    private ObjectCodec() {
    }

    /** Bytes the header of {@code header} takes inside the frame payload. */
    public static int headerSize(ObjectHeader header) {
        return VarInt.size(header.track()) + VarInt.size(header.group()) + VarInt.size(header.object()) + 1;
    }

    /** The largest header any object can have (three 8-byte varints and the flags). */
    public static final int MAX_HEADER = 25;

    /** A frame of {@code type} carrying {@code payload}, whose ownership passes to the frame. */
    public static Frame encode(ByteBufAllocator alloc, long type, ObjectHeader header, ByteBuf payload) {
        if (header.flags() < 0 || header.flags() > 0xFF) {
            payload.release();
            throw new IllegalArgumentException("flags must fit 8 bits: " + header.flags());
        }
        ByteBuf head = alloc.buffer(headerSize(header));
        VarInt.write(head, header.track());
        VarInt.write(head, header.group());
        VarInt.write(head, header.object());
        head.writeByte(header.flags());
        if (!payload.isReadable()) {
            payload.release();
            return new Frame(type, head);
        }
        CompositeByteBuf whole = alloc.compositeBuffer(2);
        whole.addComponents(true, head, payload);
        return new Frame(type, whole);
    }

    /** Reads the header at the payload's reader index and leaves the index at the object payload. */
    public static ObjectHeader readHeader(ByteBuf payload) {
        long track = VarInt.readComplete(payload);
        long group = VarInt.readComplete(payload);
        long object = VarInt.readComplete(payload);
        if (!payload.isReadable()) {
            throw new AonpProtocolException(ErrorCodes.FRAME_ENCODING_ERROR, "object header without flags");
        }
        return new ObjectHeader(track, group, object, payload.readUnsignedByte());
    }

    /** The header of an object frame, read without moving the frame's reader index (for relays). */
    public static ObjectHeader peekHeader(Frame frame) {
        return readHeader(frame.payload().duplicate());
    }
}
