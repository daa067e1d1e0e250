package io.agentwire.aonp.codec;

import java.util.List;

import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.VarInt;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;

/**
 * Writes a {@link Frame} as its varint header followed by the payload buffer itself, so large payloads go to the
 * socket without being copied.
 */
@Sharable
public final class FrameEncoder extends MessageToMessageEncoder<Frame> {
    public static final FrameEncoder INSTANCE = new FrameEncoder();

    private FrameEncoder() {
        super(Frame.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Frame frame, List<Object> out) {
        out.add(header(ctx.alloc(), frame));
        out.add(frame.payload().retain());
    }

    /** The {@code Type (i), Length (i)} header of {@code frame}. */
    public static ByteBuf header(ByteBufAllocator alloc, Frame frame) {
        long length = frame.payload().readableBytes();
        ByteBuf header = alloc.buffer(VarInt.size(frame.type()) + VarInt.size(length));
        VarInt.write(header, frame.type());
        VarInt.write(header, length);
        return header;
    }

    /** The whole frame in one new buffer, for datagrams and test vectors. */
    public static ByteBuf encodeToBuffer(ByteBufAllocator alloc, Frame frame) {
        ByteBuf header = header(alloc, frame);
        ByteBuf whole = alloc.buffer(header.readableBytes() + frame.payload().readableBytes());
        whole.writeBytes(header);
        header.release();
        whole.writeBytes(frame.payload(), frame.payload().readerIndex(), frame.payload().readableBytes());
        return whole;
    }
}
