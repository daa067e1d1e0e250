package io.agentwire.jsonrpc.transport.http;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.agentwire.jsonrpc.transport.sse.SseEncoder;
import io.agentwire.jsonrpc.transport.sse.SseEvent;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * The Netty side of one {@link HttpExchange}. The request is copied out of its buffer at once, so no pooled
 * memory outlives the read; responses are written through the channel, which is safe from any thread.
 */
final class NettyHttpExchange implements HttpExchange {
    private final Channel channel;
    private final String method;
    private final String path;
    private final String query;
    private final HttpHeaders headers;
    private final byte[] body;
    private final boolean keepAlive;
    private final Runnable onComplete;
    private final List<Runnable> closeCallbacks = new ArrayList<>(1);
    private boolean answered;
    private boolean complete;
    private boolean closed;
    private volatile boolean streaming;

    NettyHttpExchange(Channel channel, FullHttpRequest request, Runnable onComplete) {
        this.channel = channel;
        this.method = request.method().name();
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        this.path = uri.path();
        int q = request.uri().indexOf('?');
        this.query = q < 0 ? "" : request.uri().substring(q + 1);
        this.headers = request.headers().copy();
        this.body = ByteBufUtil.getBytes(request.content());
        this.keepAlive = HttpUtil.isKeepAlive(request);
        this.onComplete = onComplete;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String query() {
        return query;
    }

    @Override
    public String header(String name) {
        return headers.get(name);
    }

    @Override
    public List<String> headers(String name) {
        return headers.getAll(name);
    }

    @Override
    public byte[] body() {
        return body;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) channel.remoteAddress();
    }

    @Override
    public void respond(int status, Map<String, String> extraHeaders, byte[] responseBody) {
        synchronized (this) {
            if (answered) {
                throw new IllegalStateException("exchange already answered");
            }
            answered = true;
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status),
                Unpooled.wrappedBuffer(responseBody));
        extraHeaders.forEach(response.headers()::set);
        response.headers().set(HttpHeaderNames.CONTENT_LENGTH, responseBody.length);
        finishWrite(response);
    }

    @Override
    public SseStream openSse(int status, Map<String, String> extraHeaders) {
        synchronized (this) {
            if (answered) {
                throw new IllegalStateException("exchange already answered");
            }
            answered = true;
        }
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream")
                .set(HttpHeaderNames.CACHE_CONTROL, "no-cache")
                .set("X-Accel-Buffering", "no")
                .set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        extraHeaders.forEach(response.headers()::set);
        streaming = true;
        channel.writeAndFlush(response);
        return new Stream();
    }

    @Override
    public void onClose(Runnable callback) {
        boolean runNow;
        synchronized (this) {
            runNow = closed;
            if (!runNow && !complete) {
                closeCallbacks.add(callback);
            }
        }
        if (runNow) {
            callback.run();
        }
    }

    void failInternally(RuntimeException cause) {
        boolean unanswered;
        synchronized (this) {
            unanswered = !answered;
        }
        if (unanswered) {
            respond(500, Map.of("Content-Type", "text/plain"), "Internal Server Error".getBytes(StandardCharsets.UTF_8));
        }
    }

    boolean isStreaming() {
        return streaming;
    }

    /** The connection closed: tell whoever waits on this exchange, once. */
    void connectionClosed() {
        List<Runnable> callbacks;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            callbacks = List.copyOf(closeCallbacks);
            closeCallbacks.clear();
        }
        callbacks.forEach(Runnable::run);
    }

    private void finishWrite(Object last) {
        var future = channel.writeAndFlush(last);
        markComplete();
        if (!keepAlive) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** The response is fully written: the connection may read the next request; close callbacks are moot. */
    private void markComplete() {
        synchronized (this) {
            complete = true;
            closeCallbacks.clear();
        }
        streaming = false;
        if (keepAlive) {
            channel.eventLoop().execute(onComplete);
        }
    }

    /** The open event stream of this exchange. */
    private final class Stream implements SseStream {
        private final List<Runnable> streamCallbacks = new ArrayList<>(1);
        private boolean ended;

        Stream() {
            NettyHttpExchange.this.onClose(this::ended);
        }

        @Override
        public CompletionStage<Void> send(SseEvent event) {
            return write(SseEncoder.encodeBytes(event));
        }

        @Override
        public void comment(String text) {
            write(SseEncoder.comment(text));
        }

        private CompletionStage<Void> write(byte[] bytes) {
            CompletableFuture<Void> written = new CompletableFuture<>();
            if (!isOpen()) {
                written.completeExceptionally(new IllegalStateException("stream closed"));
                return written;
            }
            channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(bytes))).addListener(f -> {
                if (f.isSuccess()) {
                    written.complete(null);
                } else {
                    written.completeExceptionally(f.cause());
                }
            });
            return written;
        }

        @Override
        public void close() {
            synchronized (this) {
                if (ended) {
                    return;
                }
            }
            if (channel.isActive()) {
                finishWrite(LastHttpContent.EMPTY_LAST_CONTENT);
            }
            ended();
        }

        @Override
        public synchronized boolean isOpen() {
            return !ended && channel.isActive();
        }

        @Override
        public void onClose(Runnable callback) {
            boolean runNow;
            synchronized (this) {
                runNow = ended;
                if (!runNow) {
                    streamCallbacks.add(callback);
                }
            }
            if (runNow) {
                callback.run();
            }
        }

        private void ended() {
            List<Runnable> callbacks;
            synchronized (this) {
                if (ended) {
                    return;
                }
                ended = true;
                callbacks = List.copyOf(streamCallbacks);
                streamCallbacks.clear();
            }
            callbacks.forEach(Runnable::run);
        }
    }
}
