package io.agentwire.aonp.transport.tcp;

import java.net.InetSocketAddress;
import java.util.function.Supplier;

import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.transport.AonpConnection;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/** Accepts AONP connections over TCP; each connection gets a fresh {@link FrameHandler} from the factory. */
public final class TcpNodeServer implements AutoCloseable {
    private final EventLoopGroup group;
    private final Channel serverChannel;

    private TcpNodeServer(EventLoopGroup group, Channel serverChannel) {
        this.group = group;
        this.serverChannel = serverChannel;
    }

    /** Binds {@code host:port} (port 0 picks a free one) and starts accepting. */
    public static TcpNodeServer bind(String host, int port, Handshake handshake, Supplier<FrameHandler> handlers,
            ConnectionLimits limits) throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        try {
            Channel channel = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(512 << 10, 2 << 20))
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            AonpConnection connection = AonpConnection.server(handshake, handlers.get(), limits);
                            TcpPipeline.init(ch, connection, handshake.maxFrame(), limits, true);
                        }
                    })
                    .bind(host, port).sync().channel();
            return new TcpNodeServer(group, channel);
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    public int port() {
        return address().getPort();
    }

    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
}
