package io.agentwire.jsonrpc.transport.ndjson;

import java.net.InetSocketAddress;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.util.ReferenceCountUtil;

/** Adapts a channel carrying NDJSON frames to an {@link NdjsonHandler}; lines are copied to heap arrays. */
final class NdjsonChannelHandler extends ChannelInboundHandlerAdapter implements NdjsonConnection {
    private static final NdjsonEncoder ENCODER = new NdjsonEncoder();

    private final NdjsonHandler handler;
    private Channel channel;

    private NdjsonChannelHandler(NdjsonHandler handler) {
        this.handler = handler;
    }

    static void install(ChannelPipeline pipeline, int maxLineLength, NdjsonHandler handler) {
        pipeline.addLast("ndjson-decoder", new NdjsonFrameDecoder(maxLineLength));
        pipeline.addLast("ndjson-encoder", ENCODER);
        pipeline.addLast("ndjson-handler", new NdjsonChannelHandler(handler));
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        handler.onOpen(this);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof ByteBuf) {
                handler.onLine(this, ByteBufUtil.getBytes((ByteBuf) msg));
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof NdjsonLineTooLongException) {
            handler.onLineTooLong(this, (NdjsonLineTooLongException) cause);
        } else {
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        handler.onClose(this);
        ctx.fireChannelInactive();
    }

    @Override
    public void send(byte[] json) {
        NdjsonEncoder.requireSingleLine(json);
        channel.writeAndFlush(json).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }

    @Override
    public void close() {
        channel.close();
    }

    @Override
    public boolean isOpen() {
        return channel.isActive();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) channel.remoteAddress();
    }
}
