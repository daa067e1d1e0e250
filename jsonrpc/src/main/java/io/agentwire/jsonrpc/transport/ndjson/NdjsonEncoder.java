package io.agentwire.jsonrpc.transport.ndjson;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;

/**
 * Writes one JSON text per line: accepts {@code byte[]} or {@link String} (compact JSON, e.g. from
 * {@code JsonRpcCodec.encode}) and appends {@code \n}. A text that contains a raw line break would split into
 * two frames on the other side, so it is rejected. Stateless and sharable.
 */
@ChannelHandler.Sharable
public final class NdjsonEncoder extends MessageToMessageEncoder<Object> {
    private static final byte[] NEWLINE = {'\n'};

    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof byte[] || msg instanceof String;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, List<Object> out) {
        byte[] json = msg instanceof String ? ((String) msg).getBytes(StandardCharsets.UTF_8) : (byte[]) msg;
        requireSingleLine(json);
        out.add(Unpooled.wrappedBuffer(json, NEWLINE));
    }

    static void requireSingleLine(byte[] json) {
        for (byte b : json) {
            if (b == '\n' || b == '\r') {
                throw new IllegalArgumentException("An NDJSON message must not contain a raw line break");
            }
        }
    }
}
