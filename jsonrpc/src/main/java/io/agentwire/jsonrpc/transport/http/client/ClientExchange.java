package io.agentwire.jsonrpc.transport.http.client;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.pool.ChannelPool;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpUtil;

/**
 * One request/response on a pooled connection, read completely (subclassed for streaming). The {@code on...} methods run on the connection's event loop;
 * {@link #fail} may be called from any thread (timeouts, cancellation). Whatever happens, the connection goes
 * back to the pool exactly once, and only if the response was read to its end and the server allows keep-alive;
 * otherwise it is closed first so the pool discards it.
 */
class ClientExchange {
    private final AtomicBoolean finished = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();
    final CompletableFuture<HttpResponse> response = new CompletableFuture<>();
    private final int maxResponseBytes;
    private volatile Channel channel;
    private volatile ChannelPool pool;
    private volatile ScheduledFuture<?> timeout;
    private volatile Runnable staleRetry;
    private volatile boolean headSeen;

    private int status;
    private Map<String, List<String>> headers;
    private boolean keepAlive;
    private ByteArrayOutputStream body;

    ClientExchange(int maxResponseBytes) {
        this.maxResponseBytes = maxResponseBytes;
    }

    /** Called once the connection is acquired; returns false if the exchange already failed (e.g. timed out). */
    boolean bind(Channel channel, ChannelPool pool) {
        this.pool = pool;
        this.channel = channel;
        if (finished.get()) {
            releaseOnce(false, null);
            return false;
        }
        return true;
    }

    /** What to do if the connection, a reused one, turns out dead before the response starts; null if not allowed. */
    void staleRetry(Runnable retry) {
        this.staleRetry = retry;
    }

    /**
     * The connection died. If it was a reused one and nothing of the response has arrived, the server had closed it
     * while idle and never saw the request: drop it and send again. Returns false when the caller must fail instead.
     */
    boolean retryOnFreshConnection() {
        Runnable retry = staleRetry;
        if (retry == null || headSeen || finished.get()) {
            return false;
        }
        staleRetry = null;
        Channel dead = channel;
        ChannelPool deadPool = pool;
        channel = null;
        pool = null;
        if (dead != null && deadPool != null) {
            ClientConnectionHandler handler = dead.pipeline().get(ClientConnectionHandler.class);
            if (handler != null) {
                handler.detach(this); // so the dead connection's close cannot touch the next attempt
            }
            dead.close().addListener(closed -> deadPool.release(dead));
        }
        retry.run();
        return true;
    }

    void timeout(ScheduledFuture<?> timeout) {
        this.timeout = timeout;
    }

    void cancelTimeout() {
        ScheduledFuture<?> t = timeout;
        if (t != null) {
            t.cancel(false);
        }
    }

    boolean isFinished() {
        return finished.get();
    }

    void onHead(io.netty.handler.codec.http.HttpResponse head) {
        headSeen = true;
        status = head.status().code();
        headers = copyHeaders(head.headers());
        keepAlive = HttpUtil.isKeepAlive(head);
        long length = HttpUtil.getContentLength(head, -1L);
        if (length > maxResponseBytes) {
            fail(new HttpClientException("Response of " + length + " bytes exceeds the limit of " + maxResponseBytes));
            return;
        }
        body = new ByteArrayOutputStream(length > 0 ? (int) length : 256);
        onHeadReceived();
    }

    /** Hook for streaming: the head is recorded; subclasses decide how to read the body. */
    void onHeadReceived() {
    }

    void onContent(ByteBuf content) {
        if (body.size() + content.readableBytes() > maxResponseBytes) {
            fail(new HttpClientException("Response body exceeds the limit of " + maxResponseBytes + " bytes"));
            return;
        }
        body.writeBytes(io.netty.buffer.ByteBufUtil.getBytes(content));
    }

    /** The last chunk arrived: the connection is clean and may be reused. */
    void onEnd() {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        cancelTimeout();
        // Back to the pool first, so that a request sent as soon as this one completes can reuse the connection.
        releaseOnce(keepAlive, this::completeNormally);
    }

    /** Completes the futures of a response read to its end. */
    void completeNormally() {
        response.complete(completeResponse());
    }

    HttpResponse completeResponse() {
        return new HttpResponse(status, headers, body.toByteArray());
    }

    HttpResponse headOnlyResponse() {
        return new HttpResponse(status, headers, new byte[0]);
    }

    int status() {
        return status;
    }

    Map<String, List<String>> headers() {
        return headers;
    }

    /** Ends the exchange with an error and closes the connection. Safe from any thread; first call wins. */
    void fail(Throwable cause) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        cancelTimeout();
        completeExceptionally(cause);
        releaseOnce(false, null);
    }

    void completeExceptionally(Throwable cause) {
        response.completeExceptionally(cause);
    }

    private void releaseOnce(boolean reusable, Runnable afterwards) {
        Channel ch = channel;
        ChannelPool p = pool;
        if (ch == null || p == null || !released.compareAndSet(false, true)) {
            runQuietly(afterwards);
            return;
        }
        if (reusable && ch.isActive()) {
            ClientConnectionHandler handler = ch.pipeline().get(ClientConnectionHandler.class);
            if (handler != null) {
                handler.detach(this);
            }
            p.release(ch).addListener(released -> runQuietly(afterwards));
        } else {
            // Closing first makes the pool's health check drop the connection instead of reusing it.
            ch.close().addListener(closed -> p.release(ch));
            runQuietly(afterwards);
        }
    }

    private static void runQuietly(Runnable action) {
        if (action != null) {
            action.run();
        }
    }

    private static Map<String, List<String>> copyHeaders(HttpHeaders source) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : source) {
            copy.computeIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry.getValue());
        }
        copy.replaceAll((k, v) -> List.copyOf(v));
        return copy;
    }

    static boolean isEventStream(Map<String, List<String>> headers) {
        List<String> types = headers.get(HttpHeaderNames.CONTENT_TYPE.toString());
        return types != null && !types.isEmpty()
                && types.get(0).toLowerCase(Locale.ROOT).startsWith("text/event-stream");
    }
}
