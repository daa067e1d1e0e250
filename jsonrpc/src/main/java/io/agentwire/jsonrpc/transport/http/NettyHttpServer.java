package io.agentwire.jsonrpc.transport.http;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.handler.timeout.ReadTimeoutHandler;

/**
 * An HTTP/1.1 server on Netty that hands each aggregated request to an {@link HttpHandler}: keep-alive,
 * {@code TCP_NODELAY}, a body-size limit (413 beyond it) and a read timeout that drops stalled clients.
 */
public final class NettyHttpServer implements AutoCloseable {
    private final String host;
    private final int requestedPort;
    private final int maxBodyBytes;
    private final Duration readTimeout;
    private final HttpHandler handler;
    private EventLoopGroup bossGroup;
    private EventLoopGroup workerGroup;
    private Channel serverChannel;

    private NettyHttpServer(Builder b) {
        this.host = b.host;
        this.requestedPort = b.port;
        this.maxBodyBytes = b.maxBodyBytes;
        this.readTimeout = b.readTimeout;
        this.handler = b.handler;
    }

    public static Builder builder(HttpHandler handler) {
        return new Builder(handler);
    }

    /** Binds and starts accepting; returns once the port is bound. */
    public NettyHttpServer start() throws InterruptedException {
        bossGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workerGroup = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(bossGroup, workerGroup)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(new IdleRequestTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS))
                                .addLast(new HttpServerCodec())
                                .addLast(new HttpServerExpectContinueHandler())
                                .addLast(new HttpObjectAggregator(maxBodyBytes))
                                .addLast(new HttpExchangeHandler(handler));
                    }
                });
        serverChannel = bootstrap.bind(host, requestedPort).sync().channel();
        return this;
    }

    public int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    public String host() {
        return host;
    }

    @Override
    public void close() {
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        if (bossGroup != null) {
            bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            workerGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /**
     * Closes connections that stay silent longer than the timeout while no response is streaming: a stalled
     * client costs a socket for a bounded time only. Open SSE responses are exempt (they are quiet by nature).
     */
    static final class IdleRequestTimeout extends ReadTimeoutHandler {
        IdleRequestTimeout(long timeout, TimeUnit unit) {
            super(timeout, unit);
        }

        @Override
        protected void readTimedOut(io.netty.channel.ChannelHandlerContext ctx) throws Exception {
            if (!HttpExchangeHandler.isStreaming(ctx.channel())) {
                super.readTimedOut(ctx);
            }
        }
    }

    /** Server settings. */
    public static final class Builder {
        private final HttpHandler handler;
        private String host = "127.0.0.1";
        private int port;
        private int maxBodyBytes = 4 * 1024 * 1024;
        private Duration readTimeout = Duration.ofSeconds(60);

        private Builder(HttpHandler handler) {
            this.handler = handler;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 picks a free port; read it back with {@link NettyHttpServer#port()}. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        public NettyHttpServer build() {
            return new NettyHttpServer(this);
        }
    }
}
