package io.agentwire.aonp.transport.quic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.VarInt;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;

/** Frames on blocking streams (kwik's QUIC streams): the same layout as {@link io.agentwire.aonp.codec.FrameDecoder}. */
final class StreamFrames {

    private StreamFrames() {
    }

    /**
     * Wraps a kwik stream so that frame headers are not read byte by byte: kwik hands out flow-control credit
     * as the application consumes data, and single-byte reads of a fast stream were seen to stall that exchange.
     */
    static InputStream buffered(InputStream in) {
        return new java.io.BufferedInputStream(in, 64 << 10);
    }

    /**
     * Reads one frame, or returns null at a clean end of stream. A frame longer than {@code maxPayload} is refused
     * (FRAME_TOO_LARGE) before its payload is read; a stream that ends inside a frame is a FRAME_ENCODING_ERROR.
     */
    static Frame read(InputStream in, int maxPayload) throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        long type = varint(in, first);
        long length = varint(in, in.read());
        if (length > maxPayload) {
            throw new AonpProtocolException(ErrorCodes.FRAME_TOO_LARGE,
                    "frame of " + length + " bytes exceeds the limit of " + maxPayload);
        }
        ByteBuf payload = PooledByteBufAllocator.DEFAULT.heapBuffer((int) length);
        try {
            while (payload.writableBytes() > 0) {
                if (payload.writeBytes(in, payload.writableBytes()) < 0) {
                    throw new AonpProtocolException(ErrorCodes.FRAME_ENCODING_ERROR, "stream ended inside a frame");
                }
            }
            return new Frame(type, payload);
        } catch (IOException | RuntimeException e) {
            payload.release();
            throw e;
        }
    }

    private static long varint(InputStream in, int first) throws IOException {
        if (first < 0) {
            throw new AonpProtocolException(ErrorCodes.FRAME_ENCODING_ERROR, "stream ended inside a frame header");
        }
        int length = VarInt.encodedLength((byte) first);
        long value = first & 0x3F;
        for (int i = 1; i < length; i++) {
            int next = in.read();
            if (next < 0) {
                throw new AonpProtocolException(ErrorCodes.FRAME_ENCODING_ERROR, "stream ended inside a varint");
            }
            value = (value << 8) | next;
        }
        return value;
    }

    /**
     * Writes {@code frame} with one write call and releases it: kwik turns each write into stream data of its own,
     * so a separate write for the few header bytes would cost a packet.
     */
    static void write(OutputStream out, Frame frame) throws IOException {
        try {
            ByteBuf payload = frame.payload();
            int length = payload.readableBytes();
            int headerSize = VarInt.size(frame.type()) + VarInt.size(length);
            byte[] whole = new byte[headerSize + length];
            ByteBuf view = io.netty.buffer.Unpooled.wrappedBuffer(whole);
            view.writerIndex(0);
            VarInt.write(view, frame.type());
            VarInt.write(view, length);
            payload.getBytes(payload.readerIndex(), whole, headerSize, length);
            out.write(whole);
        } finally {
            frame.release();
        }
    }
}
