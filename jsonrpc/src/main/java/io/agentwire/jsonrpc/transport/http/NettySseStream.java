package io.agentwire.jsonrpc.transport.http;

import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.agentwire.jsonrpc.transport.sse.SseEncoder;
import io.agentwire.jsonrpc.transport.sse.SseEvent;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.internal.logging.InternalLogger;
import io.netty.util.internal.logging.InternalLoggerFactory;

/**
 * One open {@code text/event-stream} response. Every state change runs on the channel's event loop, which
 * serialises concurrent {@code send}/{@code close} calls: nothing is ever written after the last chunk.
 */
final class NettySseStream implements SseStream {
    private static final InternalLogger LOG = InternalLoggerFactory.getInstance(NettySseStream.class);

    private final Channel channel;
    private final NettyHttpExchange exchange;
    private final List<Runnable> closeCallbacks = new CopyOnWriteArrayList<>();
    private final AtomicBoolean callbacksFired = new AtomicBoolean();
    private final ChannelFutureListener peerGone = future -> markEnded();
    private final AtomicBoolean closeRequested = new AtomicBoolean();
    /** Written on the event loop only; {@link #closeRequested} answers {@link #isOpen()} at once. */
    private volatile boolean open = true;

    NettySseStream(Channel channel, NettyHttpExchange exchange) {
        this.channel = channel;
        this.exchange = exchange;
        channel.closeFuture().addListener(peerGone);
    }

    @Override
    public CompletionStage<Void> send(SseEvent event) {
        byte[] bytes = SseEncoder.encodeBytes(event); // invalid events fail here, on the caller's thread
        return write(bytes);
    }

    @Override
    public void comment(String text) {
        write(SseEncoder.comment(text));
    }

    private CompletableFuture<Void> write(byte[] bytes) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        if (closeRequested.get()) {
            written.completeExceptionally(new ClosedChannelException());
            return written;
        }
        runOnLoop(() -> {
            if (!open) {
                written.completeExceptionally(new ClosedChannelException());
                return;
            }
            channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(bytes))).addListener(future -> {
                if (future.isSuccess()) {
                    written.complete(null);
                } else {
                    written.completeExceptionally(future.cause());
                    channel.close();
                }
            });
        }, written);
        return written;
    }

    @Override
    public void close() {
        if (!closeRequested.compareAndSet(false, true)) {
            return;
        }
        runOnLoop(() -> {
            if (!open) {
                return;
            }
            open = false;
            channel.closeFuture().removeListener(peerGone);
            channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(exchange::afterFinalWrite);
            fireCallbacks();
        }, null);
    }

    @Override
    public boolean isOpen() {
        return open && !closeRequested.get();
    }

    @Override
    public void onClose(Runnable callback) {
        closeCallbacks.add(callback);
        if (callbacksFired.get() && closeCallbacks.remove(callback)) {
            callback.run(); // registered after the stream ended
        }
    }

    private void markEnded() {
        open = false;
        fireCallbacks();
    }

    private void fireCallbacks() {
        if (!callbacksFired.compareAndSet(false, true)) {
            return;
        }
        for (Runnable callback : closeCallbacks) {
            if (closeCallbacks.remove(callback)) {
                try {
                    callback.run();
                } catch (RuntimeException e) {
                    LOG.warn("SSE close callback failed", e);
                }
            }
        }
    }

    private void runOnLoop(Runnable task, CompletableFuture<Void> failOnReject) {
        if (channel.eventLoop().inEventLoop()) {
            task.run();
            return;
        }
        try {
            channel.eventLoop().execute(task);
        } catch (RejectedExecutionException e) {
            markEnded();
            if (failOnReject != null) {
                failOnReject.completeExceptionally(new ClosedChannelException());
            }
        }
    }
}
