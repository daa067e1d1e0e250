package io.agentwire.jsonrpc.transport.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Sits between the HTTP decoder and the aggregator and remembers whether a request has started but not
 * finished, so that a read timeout can tell a stalled upload (answer 408) from an idle connection (just close).
 */
final class RequestProgressTracker extends ChannelInboundHandlerAdapter {
    private boolean receiving;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest) {
            receiving = true;
        }
        if (msg instanceof LastHttpContent) {
            receiving = false;
        }
        ctx.fireChannelRead(msg);
    }

    boolean isReceiving() {
        return receiving;
    }
}
