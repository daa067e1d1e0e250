package io.agentwire.jsonrpc.transport.http.client;

import java.nio.channels.ClosedChannelException;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResultProvider;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

/**
 * Last handler of a pooled client connection: routes the decoded response parts to the exchange that owns
 * the connection at the moment. Runs on the event loop only.
 */
final class ClientConnectionHandler extends ChannelInboundHandlerAdapter {
    private ClientExchange current;

    void attach(ClientExchange exchange) {
        current = exchange;
    }

    void detach(ClientExchange exchange) {
        if (current == exchange) {
            current = null;
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            ClientExchange exchange = current;
            if (exchange == null || exchange.isFinished()) {
                // Nobody asked: a server talking out of turn leaves the connection in an unknown state.
                ctx.close();
                return;
            }
            if (msg instanceof DecoderResultProvider && ((DecoderResultProvider) msg).decoderResult().isFailure()) {
                exchange.fail(new HttpClientException("Malformed HTTP response",
                        ((DecoderResultProvider) msg).decoderResult().cause()));
                return;
            }
            if (msg instanceof HttpResponse) {
                exchange.onHead((HttpResponse) msg);
            }
            if (msg instanceof HttpContent && !exchange.isFinished()) {
                exchange.onContent(((HttpContent) msg).content());
            }
            if (msg instanceof LastHttpContent && !exchange.isFinished()) {
                current = null;
                exchange.onEnd();
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ClientExchange exchange = current;
        current = null;
        if (exchange != null && !exchange.retryOnFreshConnection()) {
            exchange.fail(new HttpClientException("Connection closed before the response was complete",
                    new ClosedChannelException()));
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ClientExchange exchange = current;
        current = null;
        if (exchange != null && !exchange.retryOnFreshConnection()) {
            exchange.fail(new HttpClientException("HTTP connection failed: " + cause.getMessage(), cause));
        }
        ctx.close();
    }
}
