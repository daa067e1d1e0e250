package io.agentwire.bench.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.Promise;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One of the N closed-loop connections, pinned to a single event loop so that its histogram and counters are only
 * ever touched by one thread (no locks in the hot path).
 *
 * <p>Life: connect, run the profile's setup requests, then send the call, wait for its complete response, send it
 * again, until the window ends. If the server closes the connection (e.g. {@code Connection: close}) before that, the
 * slot reconnects and sets up again, as a real client would.
 */
final class ConnectionSlot {

    /** Longest latency the histogram can hold, in microseconds; longer ones are clamped to it. */
    static final long MAX_LATENCY_MICROS = TimeUnit.SECONDS.toMicros(60);

    private final EventLoop loop;
    private final LoadConfig config;
    private final RequestProfile profile;
    private final RunWindow window;
    private final Promise<Void> finished;

    final Histogram histogram = new Histogram(1, MAX_LATENCY_MICROS, 3);
    long completed;
    long allCalls;
    long errors;
    long setupFailures;
    long reconnects;
    long incomplete;

    private Channel channel;
    private boolean stopped;

    ConnectionSlot(EventLoop loop, LoadConfig config, RequestProfile profile, RunWindow window) {
        this.loop = loop;
        this.config = config;
        this.profile = profile;
        this.window = window;
        this.finished = loop.newPromise();
    }

    /** Completes when the slot has closed for good. */
    Promise<Void> finished() {
        return finished;
    }

    /** Opens the first connection; safe to call from any thread. */
    void start() {
        loop.execute(this::connect);
    }

    /** Closes whatever is still open and counts an unanswered request; for the drain deadline. */
    void forceStop() {
        loop.execute(() -> {
            if (!stopped) {
                incomplete++;
                stop();
            }
        });
    }

    private void connect() {
        if (stopped) {
            return;
        }
        if (window.over(System.nanoTime())) {
            stop();
            return;
        }
        ChannelFuture connecting = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new Exchange());
                    }
                })
                .connect(config.host(), config.port());
        channel = connecting.channel();
        connecting.addListener(f -> {
            if (!f.isSuccess()) {
                errors++;
                // Back off a little so a dead server does not turn the client into a busy loop.
                loop.schedule(this::connect, 50, TimeUnit.MILLISECONDS);
            }
        });
    }

    private void stop() {
        stopped = true;
        if (channel != null && channel.isOpen()) {
            channel.close();
        }
        finished.trySuccess(null);
    }

    /** The handler of one TCP connection of this slot. */
    private final class Exchange extends ChannelInboundHandlerAdapter {

        private final HttpResponseParser parser = new HttpResponseParser(this::onResponse);
        private ChannelHandlerContext ctx;
        private int step;
        private String sessionId;
        private byte[] call;
        private long sentAt;
        private boolean inFlight;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            this.ctx = ctx;
            sendNext();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf in = (ByteBuf) msg;
            try {
                parser.feed(in);
            } catch (RuntimeException e) {
                errors++;
                ctx.close();
            } finally {
                in.release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            try {
                parser.onClose();
            } catch (RuntimeException e) {
                errors++;
            }
            if (stopped) {
                finished.trySuccess(null);
                return;
            }
            if (inFlight) {
                errors++;
            }
            reconnects++;
            connect();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            errors++;
            ctx.close();
        }

        private void sendNext() {
            byte[] request;
            if (step < profile.setupSteps()) {
                request = profile.setupRequest(step, sessionId);
            } else {
                long now = System.nanoTime();
                if (window.over(now)) {
                    stop();
                    return;
                }
                if (call == null) {
                    call = profile.callRequest(sessionId);
                }
                request = call;
                sentAt = now;
            }
            inFlight = true;
            ctx.writeAndFlush(Unpooled.wrappedBuffer(request), ctx.voidPromise());
        }

        private void onResponse(HttpResponse response) {
            long now = System.nanoTime();
            inFlight = false;
            if (response.sessionId() != null) {
                sessionId = response.sessionId();
            }
            JsonRpcResponseCheck.Outcome outcome = JsonRpcResponseCheck.classify(response);
            if (step < profile.setupSteps()) {
                if (outcome != JsonRpcResponseCheck.Outcome.RESULT
                        && outcome != JsonRpcResponseCheck.Outcome.ACCEPTED) {
                    // A failed handshake would fail again: give this slot up rather than hammer the server.
                    setupFailures++;
                    stop();
                    return;
                }
                step++;
            } else if (outcome == JsonRpcResponseCheck.Outcome.RESULT) {
                allCalls++;
                if (window.measuring(now)) {
                    completed++;
                    histogram.recordValue(Math.min(MAX_LATENCY_MICROS, Math.max(1, (now - sentAt) / 1_000)));
                }
            } else {
                errors++;
            }
            if (response.connectionClose()) {
                // The server will close; channelInactive reconnects and sets up a fresh session.
                ctx.close();
                return;
            }
            sendNext();
        }
    }
}
