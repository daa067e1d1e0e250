package io.agentwire.aonp.transport.tcp;

import java.util.concurrent.TimeUnit;

import io.agentwire.aonp.codec.FrameDecoder;
import io.agentwire.aonp.codec.FrameEncoder;
import io.agentwire.aonp.transport.AonpConnection;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.timeout.IdleStateHandler;

/** The handlers of an AONP TCP connection, the same on both sides but for the preface check. */
final class TcpPipeline {
    private TcpPipeline() {
    }

    static void init(SocketChannel channel, AonpConnection connection, int maxFrame, ConnectionLimits limits,
            boolean server) {
        long idle = limits.idleTimeout().toMillis();
        ChannelPipeline pipeline = channel.pipeline();
        // Many small frames written from several threads become one syscall per batch.
        pipeline.addLast(new FlushConsolidationHandler(256, true));
        if (server) {
            pipeline.addLast(new TcpPreface());
        }
        pipeline.addLast(new IdleStateHandler(idle, idle / 3, 0, TimeUnit.MILLISECONDS));
        pipeline.addLast(new FrameDecoder(maxFrame));
        pipeline.addLast(FrameEncoder.INSTANCE);
        pipeline.addLast(connection);
    }
}
