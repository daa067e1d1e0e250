package io.agentwire.aonp.transport.tcp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.transport.AonpConnection;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/** Opens AONP connections over TCP. One client owns one event loop group and may open many connections. */
public final class TcpNodeClient implements AutoCloseable {
    private final EventLoopGroup group;
    private final Handshake handshake;
    private final ConnectionLimits limits;

    public TcpNodeClient(Handshake handshake, ConnectionLimits limits) {
        this.group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        this.handshake = handshake;
        this.limits = limits;
    }

    /**
     * Connects, writes the preface and HELLO (with {@code auth} as bearer token when not null) and completes once the
     * server's HELLO_ACK arrives.
     */
    public CompletableFuture<FrameChannel> connect(String host, int port, String auth, FrameHandler handler) {
        AonpConnection connection = AonpConnection.client(handshake, auth, handler, limits);
        ChannelFuture connect = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) limits.handshakeTimeout().toMillis())
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(512 << 10, 2 << 20))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new PrefaceWriter());
                        TcpPipeline.init(ch, connection, handshake.maxFrame(), limits, false);
                    }
                })
                .connect(host, port);
        connect.addListener(f -> {
            if (!f.isSuccess()) {
                connection.opened().completeExceptionally(f.cause());
            }
        });
        return connection.opened();
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Writes the preface ahead of HELLO, then leaves the pipeline. */
    private static final class PrefaceWriter extends ChannelInboundHandlerAdapter {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ctx.write(TcpPreface.buffer());
            ctx.pipeline().remove(this);
            ctx.fireChannelActive();
        }
    }
}
