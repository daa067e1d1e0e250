package io.agentwire.jsonrpc.transport.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.internal.logging.InternalLogger;
import io.netty.util.internal.logging.InternalLoggerFactory;

/**
 * Per-connection state machine: turns aggregated requests into {@link NettyHttpExchange}s, one at a time.
 *
 * <p>Requests that arrive while an exchange is still open (HTTP pipelining) wait in a queue and reading is
 * paused, so answers go out in request order and a client cannot make the queue grow without bound. All
 * methods run on the channel's event loop.
 */
final class HttpServerConnection extends ChannelInboundHandlerAdapter {
    private static final InternalLogger LOG = InternalLoggerFactory.getInstance(HttpServerConnection.class);

    private final HttpHandler handler;
    private final RequestProgressTracker progress;
    private final Queue<ReceivedRequest> pending = new ArrayDeque<>();
    private NettyHttpExchange current;
    private ChannelHandlerContext ctx;
    private boolean inputShutdown;
    private boolean broken;

    HttpServerConnection(HttpHandler handler, RequestProgressTracker progress) {
        this.handler = handler;
        this.progress = progress;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        FullHttpRequest request = (FullHttpRequest) msg;
        ReceivedRequest received;
        try {
            if (broken) {
                return;
            }
            if (request.decoderResult().isFailure()) {
                rejectMalformed(request.decoderResult().cause());
                return;
            }
            received = ReceivedRequest.copyOf(request, ctx.channel().remoteAddress());
        } catch (IllegalArgumentException badUri) {
            rejectMalformed(badUri); // e.g. a path with broken percent-encoding
            return;
        } finally {
            request.release();
        }
        if (current != null) {
            pending.add(received);
            ctx.channel().config().setAutoRead(false);
        } else {
            dispatch(received);
        }
    }

    private void dispatch(ReceivedRequest request) {
        NettyHttpExchange exchange = new NettyHttpExchange(ctx.channel(), request, this);
        current = exchange;
        try {
            handler.handle(exchange);
        } catch (Throwable t) {
            LOG.warn("HTTP handler failed for {} {}", request.method(), request.path(), t);
            exchange.respondIfUnanswered(500, "Internal Server Error");
        }
    }

    /** Called on the event loop when an exchange's response has been completely written. */
    void exchangeCompleted(NettyHttpExchange exchange) {
        exchange.releaseCloseListeners();
        if (exchange != current) {
            return;
        }
        current = null;
        if (!ctx.channel().isActive()) {
            return;
        }
        if (!exchange.keepAlive()) {
            ctx.close();
            return;
        }
        ReceivedRequest next = pending.poll();
        if (next != null) {
            dispatch(next);
            return;
        }
        if (inputShutdown) {
            ctx.close(); // the client will send nothing more and everything it asked for is answered
            return;
        }
        ctx.channel().config().setAutoRead(true);
    }

    private void rejectMalformed(Throwable cause) {
        broken = true; // the decoder discards everything after a bad message; so do we
        HttpResponseStatus status = HttpResponseStatus.BAD_REQUEST;
        if (cause instanceof TooLongHttpLineException) {
            status = HttpResponseStatus.REQUEST_URI_TOO_LONG;
        } else if (cause instanceof TooLongHttpHeaderException) {
            status = HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        } else if (cause instanceof TooLongFrameException) {
            status = HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE;
        }
        pending.clear();
        sendErrorAndClose(status);
    }

    private void sendErrorAndClose(HttpResponseStatus status) {
        byte[] text = (status.reasonPhrase() + "\n").getBytes(StandardCharsets.US_ASCII);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(text));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.TEXT_PLAIN);
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        HttpUtil.setContentLength(response, text.length);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent && ((IdleStateEvent) evt).state() == IdleState.READER_IDLE) {
            onReadTimeout();
        } else if (evt instanceof ChannelInputShutdownEvent) {
            inputShutdown = true;
            // A finished request may still be answered on a half-closed connection, but an event stream has
            // no end to wait for: a client that stops sending while streaming has gone away.
            if ((current == null && pending.isEmpty()) || (current != null && current.isStreaming())) {
                ctx.close();
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    private void onReadTimeout() {
        if (current != null) {
            return; // we owe the client an answer (or are streaming to it); its silence is expected
        }
        if (progress.isReceiving() && !broken) {
            broken = true;
            sendErrorAndClose(HttpResponseStatus.REQUEST_TIMEOUT);
        } else {
            ctx.close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Mostly connection resets from clients that went away; the channel is unusable either way.
        LOG.debug("Closing HTTP connection {} after error", ctx.channel(), cause);
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        pending.clear();
        NettyHttpExchange inProgress = current;
        if (inProgress != null) {
            inProgress.connectionClosed();
        }
        ctx.fireChannelInactive();
    }
}
