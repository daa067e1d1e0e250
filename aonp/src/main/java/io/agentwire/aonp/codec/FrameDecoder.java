package io.agentwire.aonp.codec;

import java.util.List;

import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.VarInt;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Cuts a byte stream into {@link Frame}s. A frame whose declared length exceeds the negotiated maximum is refused
 * as soon as its header is read (FRAME_TOO_LARGE), before any of its payload is buffered, so an oversize frame
 * costs no memory. The decoder only checks framing; which types are legal is the connection's business. Payloads
 * are slices of the received buffers, possibly composite: readers go through the buffer's NIO views.
 */
public final class FrameDecoder extends ByteToMessageDecoder {
    private volatile int maxPayload;

    public FrameDecoder(int maxPayload) {
        setMaxPayload(maxPayload);
        // A frame that spans reads is kept as the read buffers themselves, not copied into one: bulk objects
        // mostly span reads, and the merging cumulator copied nearly every byte received once more.
        setCumulator(COMPOSITE_CUMULATOR);
    }

    /** Adjusts the limit after HELLO negotiation. */
    public void setMaxPayload(int maxPayload) {
        if (maxPayload <= 0) {
            throw new IllegalArgumentException("maxPayload must be positive");
        }
        this.maxPayload = maxPayload;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        Frame frame = decodeOne(in, maxPayload);
        if (frame != null) {
            out.add(frame);
        }
    }

    /**
     * Decodes one frame at the reader index, or returns null (index unchanged) when more bytes are needed. The
     * frame's payload is a retained slice of {@code in}, so no bytes are copied.
     */
    public static Frame decodeOne(ByteBuf in, int maxPayload) {
        int start = in.readerIndex();
        long type = VarInt.read(in);
        long length = type < 0 ? -1 : VarInt.read(in);
        if (length < 0) {
            in.readerIndex(start);
            return null;
        }
        if (length > maxPayload) {
            throw new AonpProtocolException(ErrorCodes.FRAME_TOO_LARGE,
                    "frame of " + length + " bytes exceeds the limit of " + maxPayload);
        }
        if (in.readableBytes() < length) {
            in.readerIndex(start);
            return null;
        }
        return new Frame(type, in.readRetainedSlice((int) length));
    }
}
