package io.agentwire.jsonrpc.transport.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.channel.ChannelFutureListener;
import io.netty.util.AttributeKey;

/**
 * Turns each aggregated request into an {@link NettyHttpExchange}. One exchange at a time per connection: reading
 * pauses until the current one is answered, so pipelined requests are answered in order without queues.
 */
final class HttpExchangeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final AttributeKey<NettyHttpExchange> CURRENT = AttributeKey.valueOf("agentwire.exchange");

    private final HttpHandler handler;

    HttpExchangeHandler(HttpHandler handler) {
        this.handler = handler;
    }

    static boolean isStreaming(Channel channel) {
        NettyHttpExchange exchange = channel.attr(CURRENT).get();
        return exchange != null && exchange.isStreaming();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        DecoderResult result = request.decoderResult();
        if (result.isFailure()) {
            HttpResponseStatus status = result.cause() instanceof TooLongFrameException
                    ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE : HttpResponseStatus.BAD_REQUEST;
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status);
            response.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0).set(HttpHeaderNames.CONNECTION, "close");
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        Channel channel = ctx.channel();
        channel.config().setAutoRead(false);
        NettyHttpExchange exchange = new NettyHttpExchange(channel, request, () -> {
            channel.attr(CURRENT).set(null);
            channel.config().setAutoRead(true);
            channel.read();
        });
        channel.attr(CURRENT).set(exchange);
        try {
            handler.handle(exchange);
        } catch (RuntimeException e) {
            exchange.failInternally(e);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        NettyHttpExchange exchange = ctx.channel().attr(CURRENT).getAndSet(null);
        if (exchange != null) {
            exchange.connectionClosed();
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close(); // I/O errors and timeouts end the connection; channelInactive informs the exchange
    }
}
