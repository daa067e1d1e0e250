package io.agentwire.jsonrpc.transport.http;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLPeerUnverifiedException;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslHandler;

/**
 * {@link HttpExchange} over one Netty channel. The response is built (and its headers validated) on the
 * calling thread, so mistakes surface to the caller; the write itself is handed to the channel, which is safe
 * from any thread and keeps the order of writes.
 */
final class NettyHttpExchange implements HttpExchange {
    private final Channel channel;
    private final ReceivedRequest request;
    private final HttpServerConnection connection;
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile boolean keepAlive;
    private volatile boolean streaming;

    NettyHttpExchange(Channel channel, ReceivedRequest request, HttpServerConnection connection) {
        this.channel = channel;
        this.request = request;
        this.connection = connection;
        this.keepAlive = request.keepAlive();
    }

    @Override
    public String method() {
        return request.method();
    }

    @Override
    public String path() {
        return request.path();
    }

    @Override
    public String query() {
        return request.query();
    }

    @Override
    public String header(String name) {
        return request.headers().get(name);
    }

    @Override
    public List<String> headers(String name) {
        return request.headers().getAll(name);
    }

    @Override
    public byte[] body() {
        return request.body();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return request.remoteAddress();
    }

    @Override
    public List<X509Certificate> clientCertificates() {
        SslHandler tls = channel.pipeline().get(SslHandler.class);
        if (tls == null) {
            return List.of();
        }
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : tls.engine().getSession().getPeerCertificates()) {
                chain.add((X509Certificate) certificate);
            }
            return List.copyOf(chain);
        } catch (SSLPeerUnverifiedException e) {
            return List.of();
        }
    }

    @Override
    public void respond(int status, Map<String, String> headers, byte[] body) {
        Objects.requireNonNull(body, "body");
        HttpHeaders responseHeaders = buildHeaders(headers);
        claim();
        FullHttpResponse response = new DefaultFullHttpResponse(request.version(), HttpResponseStatus.valueOf(status),
                Unpooled.wrappedBuffer(body), responseHeaders, new DefaultHttpHeaders());
        HttpUtil.setContentLength(response, body.length);
        applyConnectionHeader(response);
        channel.writeAndFlush(response).addListener(this::afterFinalWrite);
    }

    /** Used when the handler threw before answering. */
    void respondIfUnanswered(int status, String text) {
        if (!answered.get()) {
            try {
                respond(status, Map.of("Content-Type", "text/plain; charset=utf-8"), (text + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IllegalStateException raced) {
                // answered concurrently by another thread after all
            }
        }
    }

    @Override
    public SseStream openSse(int status, Map<String, String> headers) {
        HttpHeaders responseHeaders = buildHeaders(headers);
        claim();
        streaming = true;
        responseHeaders.set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream");
        responseHeaders.set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
        // Tells nginx-style proxies not to buffer, otherwise events arrive in bursts.
        responseHeaders.set("X-Accel-Buffering", "no");
        HttpResponse head = new DefaultHttpResponse(request.version(), HttpResponseStatus.valueOf(status), responseHeaders);
        if (request.version().equals(HttpVersion.HTTP_1_0)) {
            keepAlive = false; // no chunked encoding in HTTP/1.0: the end of the stream is the end of the connection
        } else {
            HttpUtil.setTransferEncodingChunked(head, true);
        }
        applyConnectionHeader(head);
        NettySseStream stream = new NettySseStream(channel, this);
        channel.writeAndFlush(head).addListener(future -> {
            if (!future.isSuccess()) {
                channel.close();
            }
        });
        return stream;
    }

    @Override
    public void onClose(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        boolean runNow;
        synchronized (closeCallbacks) {
            if (completed) {
                return; // the response is complete: a later close concerns nobody here
            }
            runNow = connectionClosed;
            if (!runNow) {
                closeCallbacks.add(callback);
            }
        }
        if (runNow) {
            callback.run();
        }
    }

    /**
     * Forgets this exchange's close callbacks once its response is complete: a keep-alive connection serves many
     * exchanges, and their callbacks must not pile up on it until it finally closes.
     */
    void releaseCloseListeners() {
        synchronized (closeCallbacks) {
            completed = true;
            closeCallbacks.clear();
        }
    }

    /** The connection closed while this exchange was in progress (called on the event loop). */
    void connectionClosed() {
        List<Runnable> callbacks;
        synchronized (closeCallbacks) {
            if (connectionClosed) {
                return;
            }
            connectionClosed = true;
            callbacks = completed ? List.of() : List.copyOf(closeCallbacks);
            closeCallbacks.clear();
        }
        callbacks.forEach(Runnable::run);
    }

    // Plain callbacks run by the connection on close: cheaper than a listener per exchange on closeFuture.
    private final List<Runnable> closeCallbacks = new ArrayList<>(1);
    private boolean completed;
    private boolean connectionClosed;

    boolean isStreaming() {
        return streaming;
    }

    boolean keepAlive() {
        return keepAlive;
    }

    /** Called by the stream once its last chunk is written (or failed to be). */
    void afterFinalWrite(io.netty.util.concurrent.Future<? super Void> future) {
        if (!future.isSuccess()) {
            channel.close();
        }
        connection.exchangeCompleted(this);
    }

    private void claim() {
        if (!answered.compareAndSet(false, true)) {
            throw new IllegalStateException("This exchange has already been answered");
        }
    }

    private static HttpHeaders buildHeaders(Map<String, String> headers) {
        HttpHeaders result = new DefaultHttpHeaders(); // validates names and values: no header injection
        if (headers != null) {
            headers.forEach(result::add);
        }
        return result;
    }

    private void applyConnectionHeader(HttpResponse response) {
        if (!HttpUtil.isKeepAlive(response)) {
            keepAlive = false; // the application asked for Connection: close
        }
        HttpUtil.setKeepAlive(response.headers(), request.version(), keepAlive);
    }
}
