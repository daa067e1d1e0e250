package io.agentwire.aonp.transport.tcp;

import java.util.List;

import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCodes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * The preface a TCP client sends before its first frame: {@code "AONP\r\n" 0x01 0x0A}. It lets a server refuse
 * a client of another protocol (an HTTP request, a TLS hello) after eight bytes instead of misreading frames. The
 * server-side decoder checks it and then removes itself.
 */
final class TcpPreface extends ByteToMessageDecoder {
    static final byte[] BYTES = {'A', 'O', 'N', 'P', '\r', '\n', 0x01, '\n'};

    static ByteBuf buffer() {
        return Unpooled.wrappedBuffer(BYTES);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int checked = Math.min(in.readableBytes(), BYTES.length);
        for (int i = 0; i < checked; i++) {
            if (in.getByte(in.readerIndex() + i) != BYTES[i]) {
                throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION, "not an AONP client: preface starts "
                        + ByteBufUtil.hexDump(in, in.readerIndex(), checked));
            }
        }
        if (checked == BYTES.length) {
            in.skipBytes(BYTES.length);
            ctx.pipeline().remove(this);
        }
    }
}
