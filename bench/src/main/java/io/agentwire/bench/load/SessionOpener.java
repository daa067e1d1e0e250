package io.agentwire.bench.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens many MCP sessions and leaves them idle, for the memory-per-session benchmark.
 *
 * <p>A session is HTTP-level state, not a TCP connection, so a handful of connections suffice: each runs the
 * profile's setup requests (initialize, then notifications/initialized) over and over, starting every round without
 * a session id so the server creates a new one. No GET stream is opened.
 */
public final class SessionOpener {

    /**
     * What was opened.
     *
     * @param opened   sessions whose setup fully succeeded
     * @param failures setup requests that failed
     * @param elapsed  wall time spent
     */
    public record Result(long opened, long failures, Duration elapsed) {
    }

    /**
     * Opens {@code sessions} sessions over {@code connections} connections to {@code host:port}, giving up after
     * {@code timeout}.
     */
    public Result open(String host, int port, RequestProfile profile, int sessions, int connections, Duration timeout)
            throws InterruptedException {
        if (profile.setupSteps() == 0) {
            throw new IllegalArgumentException("the profile has no session setup");
        }
        long start = System.nanoTime();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(Math.min(connections, 2), NioIoHandler.newFactory());
        List<Opener> openers = new ArrayList<>();
        try {
            int share = sessions / connections;
            for (int i = 0; i < connections; i++) {
                int quota = share + (i < sessions % connections ? 1 : 0);
                if (quota == 0) {
                    continue;
                }
                Opener opener = new Opener(profile, quota, group.next().newPromise());
                openers.add(opener);
                new Bootstrap().group(group).channel(NioSocketChannel.class)
                        .option(ChannelOption.TCP_NODELAY, true)
                        .handler(new ChannelInitializer<Channel>() {
                            @Override
                            protected void initChannel(Channel ch) {
                                ch.pipeline().addLast(opener);
                            }
                        })
                        .connect(host, port)
                        .addListener(f -> {
                            if (!f.isSuccess()) {
                                opener.done.tryFailure(f.cause());
                            }
                        });
            }
            long deadline = start + timeout.toNanos();
            for (Opener opener : openers) {
                opener.done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
        }
        long opened = 0;
        long failures = 0;
        for (Opener opener : openers) {
            opened += opener.opened;
            failures += opener.failures;
        }
        return new Result(opened, failures, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Drives one connection through {@code quota} session setups; used by exactly one channel. */
    private static final class Opener extends ChannelInboundHandlerAdapter {

        private final RequestProfile profile;
        private final Promise<Void> done;
        private final HttpResponseParser parser = new HttpResponseParser(this::onResponse);
        private ChannelHandlerContext ctx;
        private int remaining;
        private int step;
        private String sessionId;
        volatile long opened;
        volatile long failures;

        Opener(RequestProfile profile, int quota, Promise<Void> done) {
            this.profile = profile;
            this.remaining = quota;
            this.done = done;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            this.ctx = ctx;
            send();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf in = (ByteBuf) msg;
            try {
                parser.feed(in);
            } finally {
                in.release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            done.trySuccess(null);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failures++;
            done.tryFailure(cause);
            ctx.close();
        }

        private void send() {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(profile.setupRequest(step, sessionId)), ctx.voidPromise());
        }

        private void onResponse(HttpResponse response) {
            JsonRpcResponseCheck.Outcome outcome = JsonRpcResponseCheck.classify(response);
            if (step == 0) {
                sessionId = response.sessionId();
            }
            boolean ok = (outcome == JsonRpcResponseCheck.Outcome.RESULT
                    || outcome == JsonRpcResponseCheck.Outcome.ACCEPTED) && sessionId != null;
            if (!ok) {
                failures++;
                // Start the next session from scratch; a persistent failure stops after the quota's attempts.
                step = 0;
                sessionId = null;
                remaining--;
            } else if (++step == profile.setupSteps()) {
                opened++;
                remaining--;
                step = 0;
                sessionId = null;
            }
            if (remaining <= 0 || response.connectionClose()) {
                done.trySuccess(null);
                ctx.close();
                return;
            }
            send();
        }
    }
}
