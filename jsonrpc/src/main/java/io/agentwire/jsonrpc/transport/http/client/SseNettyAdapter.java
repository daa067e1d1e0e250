package io.agentwire.jsonrpc.transport.http.client;

import io.agentwire.jsonrpc.transport.sse.SseDecoder;
import io.netty.buffer.ByteBuf;

/** Feeds Netty buffers to the Netty-independent {@link SseDecoder} without copying when possible. */
final class SseNettyAdapter {
    private SseNettyAdapter() {
    }

    /** Consumes the readable bytes of {@code content}; the caller still owns (and releases) the buffer. */
    static void feed(SseDecoder decoder, ByteBuf content) {
        int readable = content.readableBytes();
        if (readable == 0) {
            return;
        }
        if (content.hasArray()) {
            decoder.feed(content.array(), content.arrayOffset() + content.readerIndex(), readable);
        } else if (content.nioBufferCount() == 1) {
            decoder.feed(content.nioBuffer());
        } else {
            byte[] copy = new byte[readable];
            content.getBytes(content.readerIndex(), copy);
            decoder.feed(copy);
        }
        content.skipBytes(readable);
    }
}
