package io.agentwire.jsonrpc.transport.http;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;

/**
 * An HTTP/1.1 server on Netty (NIO) that hands every complete request to an {@link HttpHandler}.
 *
 * <p>Bodies are aggregated up to {@code maxBodyBytes} (larger ones get {@code 413}); malformed requests get
 * {@code 400} and the connection is closed; a client that leaves a request unfinished, or keeps an idle
 * connection, for longer than {@code readTimeout} is disconnected (with {@code 408} if it had started a
 * request). Pipelined requests are answered strictly in order: the next one is dispatched only when the
 * previous exchange has been answered completely. Half-closed connections are supported: a client that shuts
 * down its output after sending a request still gets the answer.
 *
 * <pre>{@code
 * NettyHttpServer server = NettyHttpServer.builder().handler(ex -> ex.respond(200, Map.of(), body)).build().start();
 * int port = server.port();
 * }</pre>
 */
public final class NettyHttpServer implements AutoCloseable {
    /** Default cap on a request body; MCP and A2A messages are far smaller. */
    public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private final Builder config;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final ChannelGroup connections = new DefaultChannelGroup("agentwire-http", GlobalEventExecutor.INSTANCE);
    private volatile Channel serverChannel;

    private NettyHttpServer(Builder builder) {
        this.config = builder;
        this.ownsGroup = builder.group == null;
        this.group = ownsGroup ? new MultiThreadIoEventLoopGroup(builder.ioThreads, NioIoHandler.newFactory()) : builder.group;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Builder builder(HttpHandler handler) {
        return new Builder().handler(handler);
    }

    /** Binds the listening socket; blocks until bound. Returns {@code this}. */
    public NettyHttpServer start() throws InterruptedException {
        if (serverChannel != null) {
            throw new IllegalStateException("already started");
        }
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                // Lets a client that shut down its output still read our answer; see HttpServerConnection.
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        if (config.tls != null) {
                            ch.pipeline().addLast("tls", config.tls.newHandler(ch.alloc()));
                        }
                        configurePipeline(ch.pipeline());
                    }
                });
        try {
            serverChannel = bootstrap.bind(config.host, config.port).sync().channel();
        } catch (InterruptedException | RuntimeException e) {
            if (ownsGroup) {
                group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            }
            throw e;
        }
        return this;
    }

    private void configurePipeline(ChannelPipeline pipeline) {
        long readTimeoutMillis = config.readTimeout.toMillis();
        pipeline.addLast("idle", new IdleStateHandler(readTimeoutMillis, 0, 0, TimeUnit.MILLISECONDS));
        pipeline.addLast("codec", new HttpServerCodec(config.maxInitialLineLength, config.maxHeaderBytes, 8192));
        RequestProgressTracker progress = new RequestProgressTracker();
        pipeline.addLast("progress", progress);
        pipeline.addLast("aggregator", new HttpObjectAggregator(config.maxBodyBytes, true));
        pipeline.addLast("connection", new HttpServerConnection(config.handler, progress));
    }

    /** The bound port; useful when the server was configured with port 0. */
    public int port() {
        return localAddress().getPort();
    }

    /** The configured bind host. */
    public String host() {
        return config.host;
    }

    public InetSocketAddress localAddress() {
        Channel channel = serverChannel;
        if (channel == null) {
            throw new IllegalStateException("not started");
        }
        return (InetSocketAddress) channel.localAddress();
    }

    /** Stops accepting, closes every open connection and, if the server created it, shuts its event loops down. */
    @Override
    public void close() {
        Channel channel = serverChannel;
        if (channel != null) {
            channel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        if (ownsGroup) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    /** Server settings. Only {@link #handler} is required. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int maxInitialLineLength = 8192;
        private int maxHeaderBytes = 16384;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int ioThreads;
        private EventLoopGroup group;
        private HttpHandler handler;
        private SslContext tls;

        private Builder() {
        }

        /** Interface to bind; loopback by default so nothing is exposed by accident. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** Port to bind; 0 (default) picks a free one, see {@link NettyHttpServer#port()}. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = positive(maxBodyBytes, "maxBodyBytes");
            return this;
        }

        public Builder maxInitialLineLength(int maxInitialLineLength) {
            this.maxInitialLineLength = positive(maxInitialLineLength, "maxInitialLineLength");
            return this;
        }

        public Builder maxHeaderBytes(int maxHeaderBytes) {
            this.maxHeaderBytes = positive(maxHeaderBytes, "maxHeaderBytes");
            return this;
        }

        /**
         * How long a connection may stay silent while a request is unfinished or while no request is being
         * served; it does not limit how long the application takes to answer, nor an open event stream.
         */
        public Builder readTimeout(Duration readTimeout) {
            if (readTimeout.isNegative() || readTimeout.isZero()) {
                throw new IllegalArgumentException("readTimeout must be positive");
            }
            this.readTimeout = readTimeout;
            return this;
        }

        /** Number of event loop threads when the server creates its own group (0 = Netty's default). */
        public Builder ioThreads(int ioThreads) {
            this.ioThreads = ioThreads;
            return this;
        }

        /** Shares an existing event loop group; the server then leaves it running on {@link #close()}. */
        public Builder eventLoopGroup(EventLoopGroup group) {
            this.group = group;
            return this;
        }

        /**
         * Serves HTTPS with this server context. For mutual TLS, build it with
         * {@code clientAuth(ClientAuth.REQUIRE)} (or {@code OPTIONAL}) and a trust manager for client certificates;
         * handlers then see the verified chain through {@link HttpExchange#clientCertificates()}.
         */
        public Builder tls(SslContext serverContext) {
            if (!serverContext.isServer()) {
                throw new IllegalArgumentException("a server SslContext is required");
            }
            this.tls = serverContext;
            return this;
        }

        public Builder handler(HttpHandler handler) {
            this.handler = handler;
            return this;
        }

        public NettyHttpServer build() {
            Objects.requireNonNull(handler, "handler");
            return new NettyHttpServer(this);
        }

        private static int positive(int value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
