package io.agentwire.aonp.transport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.codec.FrameDecoder;
import io.agentwire.aonp.core.Close;
import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.core.Hello;
import io.agentwire.aonp.core.HelloAck;
import io.agentwire.aonp.core.PeerInfo;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.ScheduledFuture;

/**
 * One AONP connection over a Netty byte stream, from either side: it runs the handshake, then hands every frame
 * but the connection-level ones to the {@link FrameHandler}. Any {@link AonpProtocolException}, from the decoder or
 * the handler, is answered with a CLOSE carrying its code; the transport closes after the CLOSE is written.
 */
public final class AonpConnection extends ChannelInboundHandlerAdapter implements FrameChannel {
    private enum State { HANDSHAKE, OPEN, CLOSED }

    private static final long CLOSE_LINGER_MILLIS = 2_000;

    private final boolean client;
    private final Handshake handshake;
    private final String auth;
    private final FrameHandler handler;
    private final ConnectionLimits limits;
    private final CompletableFuture<FrameChannel> opened = new CompletableFuture<>();
    private volatile Channel channel;
    private volatile State state = State.HANDSHAKE;
    private volatile PeerInfo peer;
    private ScheduledFuture<?> handshakeTimer;
    private ScheduledFuture<?> slowReaderTimer;
    private final Object writability = new Object();
    private volatile ErrorCode closeCode;

    private AonpConnection(boolean client, Handshake handshake, String auth, FrameHandler handler,
            ConnectionLimits limits) {
        this.client = client;
        this.handshake = handshake;
        this.auth = auth;
        this.handler = handler;
        this.limits = limits;
    }

    public static AonpConnection client(Handshake handshake, String auth, FrameHandler handler,
            ConnectionLimits limits) {
        return new AonpConnection(true, handshake, auth, handler, limits);
    }

    public static AonpConnection server(Handshake handshake, FrameHandler handler, ConnectionLimits limits) {
        return new AonpConnection(false, handshake, null, handler, limits);
    }

    /** Completes when the handshake is done, or exceptionally when the connection fails before that. */
    public CompletableFuture<FrameChannel> opened() {
        return opened;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        handshakeTimer = ctx.executor().schedule(() -> fail(new AonpProtocolException(ErrorCodes.IDLE_TIMEOUT,
                "no handshake within " + limits.handshakeTimeout())), limits.handshakeTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
        if (client) {
            ctx.writeAndFlush(ControlCodec.frame(FrameTypes.HELLO, handshake.hello(auth)));
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Frame frame = (Frame) msg;
        if (state == State.CLOSED) {
            frame.release();
            return;
        }
        try {
            if (state == State.HANDSHAKE) {
                try {
                    handshake(ctx, frame);
                } finally {
                    frame.release();
                }
                return;
            }
            dispatch(ctx, frame);
        } catch (AonpProtocolException e) {
            fail(e);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (state == State.OPEN) {
            handler.onReadComplete(this);
        }
        ctx.fireChannelReadComplete();
    }

    private void handshake(ChannelHandlerContext ctx, Frame frame) {
        long expected = client ? FrameTypes.HELLO_ACK : FrameTypes.HELLO;
        if (frame.type() != expected) {
            throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION,
                    "expected " + FrameTypes.name(expected) + " first, got " + FrameTypes.name(frame.type()));
        }
        if (client) {
            peer = Handshake.peerOf(ControlCodec.decode(frame.payload(), HelloAck.class));
        } else {
            Hello hello = ControlCodec.decode(frame.payload(), Hello.class);
            HelloAck ack = handshake.answer(hello);
            peer = Handshake.peerOf(hello);
            ctx.writeAndFlush(ControlCodec.frame(FrameTypes.HELLO_ACK, ack));
        }
        handshakeTimer.cancel(false);
        state = State.OPEN;
        handler.onOpen(this);
        opened.complete(this);
    }

    private void dispatch(ChannelHandlerContext ctx, Frame frame) {
        long type = frame.type();
        if (type == FrameTypes.PING) {
            requireEightBytes(frame);
            ctx.writeAndFlush(new Frame(FrameTypes.PONG, frame.payload()));
        } else if (type == FrameTypes.PONG) {
            requireEightBytes(frame);
            frame.release();
        } else if (type == FrameTypes.CLOSE) {
            Close close;
            try {
                close = ControlCodec.decode(frame.payload(), Close.class);
            } finally {
                frame.release();
            }
            closed(ErrorCodes.of(close.code()), close.reason());
            ctx.close();
        } else if (type == FrameTypes.HELLO || type == FrameTypes.HELLO_ACK) {
            frame.release();
            throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION, "second handshake frame");
        } else {
            handler.onFrame(this, frame);
        }
    }

    private static void requireEightBytes(Frame frame) {
        if (frame.payload().readableBytes() != 8) {
            frame.release();
            throw new AonpProtocolException(ErrorCodes.FRAME_ENCODING_ERROR, "PING/PONG payload must be 8 bytes");
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent idle && state == State.OPEN) {
            if (idle.state() == IdleState.READER_IDLE) {
                fail(new AonpProtocolException(ErrorCodes.IDLE_TIMEOUT, "peer silent for " + limits.idleTimeout()));
            } else if (idle.state() == IdleState.WRITER_IDLE) {
                ctx.writeAndFlush(new Frame(FrameTypes.PING, ctx.alloc().buffer(8).writeLong(System.nanoTime())));
            }
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        wakeWriters();
        if (ctx.channel().isWritable()) {
            if (slowReaderTimer != null) {
                slowReaderTimer.cancel(false);
                slowReaderTimer = null;
            }
        } else if (slowReaderTimer == null) {
            slowReaderTimer = ctx.executor().schedule(() -> fail(new AonpProtocolException(ErrorCodes.SLOW_READER,
                    "peer read nothing for " + limits.slowReaderTimeout())), limits.slowReaderTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable root = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        fail(root instanceof AonpProtocolException protocol ? protocol
                : new AonpProtocolException(ErrorCodes.INTERNAL_ERROR, String.valueOf(root.getMessage())));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closed(ErrorCodes.INTERNAL_ERROR, "connection lost");
        ctx.fireChannelInactive();
    }

    @Override
    public void send(Frame frame) {
        Channel ch = channel;
        if (state != State.OPEN || ch == null) {
            frame.release();
            return;
        }
        int size = frame.payload().readableBytes();
        if (size > peer.maxFrame()) {
            frame.release();
            throw new IllegalArgumentException("frame of " + size + " bytes exceeds the peer's limit " + peer.maxFrame());
        }
        if (ch.unsafe().outboundBuffer() != null
                && ch.unsafe().outboundBuffer().totalPendingWriteBytes() > limits.maxPendingBytes()) {
            frame.release();
            ch.eventLoop().execute(() -> fail(new AonpProtocolException(ErrorCodes.SLOW_READER,
                    "more than " + limits.maxPendingBytes() + " bytes queued for a peer that does not read")));
            return;
        }
        writeInOrder(ch, frame, false);
    }

    /**
     * Writes so that frames leave in the order of the calls, whichever threads make them. Netty writes at once
     * on the event loop but queues writes from other threads as tasks, so a write made on the event loop could
     * overtake one queued earlier from another thread (SMIP numbers frames under a lock, and a gap is a protocol
     * error). On the event loop the write is therefore queued as a task too, behind those. Writes from other
     * threads stay Netty's own tasks, which count towards the channel's writability and so keep backpressure.
     */
    private static void writeInOrder(Channel ch, Frame frame, boolean thenClose) {
        if (!ch.eventLoop().inEventLoop()) {
            write(ch, frame, thenClose);
            return;
        }
        try {
            ch.eventLoop().execute(() -> write(ch, frame, thenClose));
        } catch (RejectedExecutionException e) {
            frame.release();
        }
    }

    private static void write(Channel ch, Frame frame, boolean thenClose) {
        if (thenClose) {
            ch.writeAndFlush(frame).addListener(ChannelFutureListener.CLOSE);
        } else {
            ch.writeAndFlush(frame, ch.voidPromise());
        }
    }

    /**
     * Blocks a sending thread until the transport can take more bytes, which bounds what a bulk sender queues to
     * the channel's high-water mark. Returns false when the connection closed first. Never call it on the event
     * loop: only the event loop can make the channel writable again.
     */
    public boolean awaitWritable() throws InterruptedException {
        Channel ch = channel;
        if (ch != null && ch.eventLoop().inEventLoop()) {
            throw new IllegalStateException("awaitWritable on the event loop would deadlock");
        }
        synchronized (writability) {
            while (state == State.OPEN && ch != null && !ch.isWritable()) {
                // the timeout only guards against a lost wake-up; writability changes notify
                writability.wait(50);
            }
        }
        return state == State.OPEN;
    }

    /** The code the connection closed with, or null while it is open. */
    public ErrorCode closeCode() {
        return closeCode;
    }

    private void wakeWriters() {
        synchronized (writability) {
            writability.notifyAll();
        }
    }

    /** Whether the transport can take more bytes now; senders of bulk data pause while it is not. */
    public boolean isWritable() {
        Channel ch = channel;
        return ch != null && ch.isWritable();
    }

    @Override
    public void close(ErrorCode code, String reason) {
        Channel ch = channel;
        if (ch == null || ch.eventLoop().isShuttingDown()) {
            return;
        }
        ch.eventLoop().execute(() -> closeWith(code, reason));
    }

    @Override
    public boolean isOpen() {
        return state == State.OPEN;
    }

    @Override
    public PeerInfo peer() {
        return peer;
    }

    /** The Netty channel underneath, for bindings that tune it (writability listeners, options). */
    public Channel channel() {
        return channel;
    }

    private void fail(AonpProtocolException e) {
        closeWith(e.code(), e.getMessage());
    }

    private void closeWith(ErrorCode code, String reason) {
        Channel ch = channel;
        if (state == State.CLOSED || ch == null) {
            return;
        }
        boolean wasOpen = state == State.OPEN || !client;
        closed(code, reason);
        if (wasOpen && ch.isActive()) {
            // behind every frame sent before, so the peer reads them all before the CLOSE
            writeInOrder(ch, ControlCodec.frame(FrameTypes.CLOSE, Close.of(code, reason)), true);
            // a peer that stopped reading never takes the CLOSE; closing anyway frees what is queued for it
            ch.eventLoop().schedule(() -> {
                ch.close();
            }, CLOSE_LINGER_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ch.close();
        }
    }

    private void closed(ErrorCode code, String reason) {
        if (state == State.CLOSED) {
            return;
        }
        boolean wasOpen = state == State.OPEN;
        closeCode = code;
        state = State.CLOSED;
        wakeWriters();
        if (handshakeTimer != null) {
            handshakeTimer.cancel(false);
        }
        if (slowReaderTimer != null) {
            slowReaderTimer.cancel(false);
        }
        opened.completeExceptionally(new AonpProtocolException(code, reason));
        if (wasOpen) {
            handler.onClose(this, code, reason);
        }
    }
}
