package io.agentwire.jsonrpc.transport.ndjson;

import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/** One outgoing NDJSON TCP connection with its own event loop thread. */
public final class NdjsonTcpClient implements AutoCloseable {
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel channel;

    private NdjsonTcpClient(String host, int port, int maxLineLength, NdjsonHandler handler) throws InterruptedException {
        try {
            channel = new Bootstrap()
                    .group(group)
                    .channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            NdjsonChannelHandler.install(ch.pipeline(), maxLineLength, handler);
                        }
                    })
                    .connect(host, port).sync().channel();
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    /** Connects, or throws (for example {@link java.net.ConnectException}). */
    public static NdjsonTcpClient connect(String host, int port, int maxLineLength, NdjsonHandler handler) throws InterruptedException {
        return new NdjsonTcpClient(host, port, maxLineLength, handler);
    }

    /** The connection, for sending. */
    public NdjsonConnection connection() {
        return (NdjsonConnection) channel.pipeline().get("ndjson-handler");
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
