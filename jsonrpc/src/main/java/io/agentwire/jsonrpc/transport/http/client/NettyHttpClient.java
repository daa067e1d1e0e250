package io.agentwire.jsonrpc.transport.http.client;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.agentwire.jsonrpc.transport.sse.SseDecoder;
import io.agentwire.jsonrpc.transport.sse.SseListener;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.pool.AbstractChannelPoolHandler;
import io.netty.channel.pool.AbstractChannelPoolMap;
import io.netty.channel.pool.ChannelHealthChecker;
import io.netty.channel.pool.FixedChannelPool;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.concurrent.GlobalEventExecutor;

/**
 * A small HTTP/1.1 client on Netty with a bounded keep-alive connection pool per host and port.
 *
 * <p>{@link #send} reads a complete response (up to {@code maxResponseBytes}); {@link #stream} delivers a
 * {@code text/event-stream} response event by event. Every failure (refused connection, timeout, broken or
 * oversized response) completes the returned future exceptionally; nothing waits forever. A connection goes
 * back to the pool only after its response was read to the end and the server allowed keep-alive.
 * Plain {@code http} only.
 */
public final class NettyHttpClient implements AutoCloseable {
    /** How often a request may move on after finding a pooled connection dead; more than one may have gone stale. */
    private static final int STALE_CONNECTION_RETRIES = 3;
    /** Marks a connection that has carried a request, so its next use counts as a reuse. */
    private static final AttributeKey<Boolean> USED = AttributeKey.valueOf("agentwire.http.used");

    public static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final Duration requestTimeout;
    private final int maxResponseBytes;
    private final int maxEventBytes;
    private final ChannelGroup allConnections = new DefaultChannelGroup("agentwire-http-client", GlobalEventExecutor.INSTANCE);
    private final AbstractChannelPoolMap<HostKey, FixedChannelPool> pools;

    private NettyHttpClient(Builder builder) {
        this.ownsGroup = builder.group == null;
        this.group = ownsGroup ? new MultiThreadIoEventLoopGroup(builder.ioThreads, NioIoHandler.newFactory()) : builder.group;
        this.requestTimeout = builder.requestTimeout;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.maxEventBytes = builder.maxEventBytes;
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) builder.connectTimeout.toMillis());
        int maxConnections = builder.maxConnectionsPerHost;
        long acquireTimeoutMillis = builder.requestTimeout.toMillis();
        this.pools = new AbstractChannelPoolMap<>() {
            @Override
            protected FixedChannelPool newPool(HostKey key) {
                Bootstrap forHost = bootstrap.clone().remoteAddress(InetSocketAddress.createUnresolved(key.host(), key.port()));
                return new FixedChannelPool(forHost, new PoolHandler(), ChannelHealthChecker.ACTIVE,
                        FixedChannelPool.AcquireTimeoutAction.FAIL, acquireTimeoutMillis, maxConnections,
                        Integer.MAX_VALUE, true, true);
            }
        };
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Sends the request and reads the complete response. */
    public CompletableFuture<HttpResponse> send(ClientRequest request) {
        ClientExchange exchange = new ClientExchange(maxResponseBytes);
        start(request, exchange);
        return exchange.response;
    }

    /** Sends the request and delivers a {@code text/event-stream} answer to {@code listener} as it arrives. */
    public EventStream stream(ClientRequest request, SseListener listener) {
        StreamingExchange exchange = new StreamingExchange(maxResponseBytes, maxEventBytes, Objects.requireNonNull(listener));
        start(request, exchange);
        return exchange;
    }

    private void start(ClientRequest request, ClientExchange exchange) {
        HostKey key;
        try {
            key = HostKey.of(request.uri());
        } catch (RuntimeException e) {
            exchange.fail(e);
            return;
        }
        Duration timeout = request.timeout() != null ? request.timeout() : requestTimeout;
        exchange.timeout(group.next().schedule(
                () -> exchange.fail(new TimeoutException("No response from " + request.uri() + " within " + timeout)),
                timeout.toMillis(), TimeUnit.MILLISECONDS));
        send(request, key, exchange, STALE_CONNECTION_RETRIES);
    }

    /**
     * Sends on a pooled connection. A kept-alive connection may have been closed by the server while it sat idle;
     * when such a reused connection dies before any response byte arrives, the request goes out again on another
     * connection, at most {@code staleRetries} more times.
     */
    private void send(ClientRequest request, HostKey key, ClientExchange exchange, int staleRetries) {
        FullHttpRequest nettyRequest;
        FixedChannelPool pool;
        try {
            nettyRequest = toNettyRequest(request, key);
        } catch (RuntimeException e) {
            exchange.fail(e);
            return;
        }
        try {
            pool = pools.get(key);
        } catch (IllegalStateException closed) {
            nettyRequest.release();
            exchange.fail(new HttpClientException("Client is closed"));
            return;
        }
        pool.acquire().addListener(acquired -> {
            if (!acquired.isSuccess()) {
                nettyRequest.release();
                exchange.fail(asConnectFailure(key, acquired.cause()));
                return;
            }
            Channel channel = (Channel) acquired.getNow();
            boolean reused = channel.attr(USED).getAndSet(Boolean.TRUE) != null;
            exchange.staleRetry(reused && staleRetries > 0 ? () -> send(request, key, exchange, staleRetries - 1) : null);
            if (!exchange.bind(channel, pool)) {
                nettyRequest.release();
                return;
            }
            channel.eventLoop().execute(() -> {
                channel.pipeline().get(ClientConnectionHandler.class).attach(exchange);
                channel.writeAndFlush(nettyRequest).addListener(written -> {
                    if (!written.isSuccess() && !exchange.retryOnFreshConnection()) {
                        exchange.fail(new HttpClientException("Could not send request to " + request.uri(), written.cause()));
                    }
                });
            });
        });
    }

    private static Throwable asConnectFailure(HostKey key, Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof TimeoutException) {
            return cause;
        }
        return new HttpClientException("Could not connect to " + key.host() + ":" + key.port() + ": " + cause.getMessage(), cause);
    }

    private static FullHttpRequest toNettyRequest(ClientRequest request, HostKey key) {
        String target = request.uri().getRawPath() == null || request.uri().getRawPath().isEmpty() ? "/" : request.uri().getRawPath();
        if (request.uri().getRawQuery() != null) {
            target += "?" + request.uri().getRawQuery();
        }
        byte[] body = request.body();
        FullHttpRequest nettyRequest = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.valueOf(request.method()),
                target, body == null ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        try {
            nettyRequest.headers().set(HttpHeaderNames.HOST, key.hostHeader());
            request.headers().forEach(nettyRequest.headers()::set);
            if (body != null) {
                nettyRequest.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
            } else {
                nettyRequest.headers().remove(HttpHeaderNames.CONTENT_LENGTH);
            }
            return nettyRequest;
        } catch (RuntimeException e) {
            nettyRequest.release();
            throw e;
        }
    }

    /** Closes pooled and in-use connections and, if the client created it, its event loop group. */
    @Override
    public void close() {
        pools.close();
        allConnections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        if (ownsGroup) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    private final class PoolHandler extends AbstractChannelPoolHandler {
        @Override
        public void channelCreated(Channel ch) {
            allConnections.add(ch);
            ch.pipeline().addLast("codec", new HttpClientCodec());
            ch.pipeline().addLast("exchange", new ClientConnectionHandler());
        }
    }

    /** Client settings; all optional. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private int maxConnectionsPerHost = 16;
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private int maxEventBytes = SseDecoder.DEFAULT_MAX_EVENT_BYTES;
        private int ioThreads;
        private EventLoopGroup group;

        private Builder() {
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout);
            return this;
        }

        /** Time allowed for a complete response, or for the headers of an event stream. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout);
            return this;
        }

        /** Bound of the pool for one host and port; further requests wait for a free connection. */
        public Builder maxConnectionsPerHost(int maxConnectionsPerHost) {
            this.maxConnectionsPerHost = maxConnectionsPerHost;
            return this;
        }

        public Builder maxResponseBytes(int maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        public Builder maxEventBytes(int maxEventBytes) {
            this.maxEventBytes = maxEventBytes;
            return this;
        }

        public Builder ioThreads(int ioThreads) {
            this.ioThreads = ioThreads;
            return this;
        }

        /** Shares an event loop group; the client then leaves it running on {@link #close()}. */
        public Builder eventLoopGroup(EventLoopGroup group) {
            this.group = group;
            return this;
        }

        public NettyHttpClient build() {
            return new NettyHttpClient(this);
        }
    }
}
