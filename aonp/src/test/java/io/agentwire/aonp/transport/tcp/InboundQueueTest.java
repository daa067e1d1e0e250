package io.agentwire.aonp.transport.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.local.LocalServerChannel;

/** The worker hand-off of a TCP link: order across batches, pausing the socket, and what happens after shutdown. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InboundQueueTest {
    private EventLoopGroup group;
    private Channel server;
    private Channel channel;
    private InboundQueue queue;

    @BeforeEach
    void connect() throws Exception {
        group = new MultiThreadIoEventLoopGroup(1, LocalIoHandler.newFactory());
        LocalAddress address = new LocalAddress("inbound-queue-test");
        server = new ServerBootstrap().group(group).channel(LocalServerChannel.class)
                .childHandler(new ChannelInboundHandlerAdapter()).bind(address).sync().channel();
        channel = new Bootstrap().group(group).channel(LocalChannel.class).handler(new ChannelInboundHandlerAdapter())
                .connect(address).sync().channel();
        queue = new InboundQueue("inbound-queue-test", 100, 50);
        queue.attach(channel);
    }

    @AfterEach
    void close() {
        queue.shutdown();
        channel.close().syncUninterruptibly();
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void workRunsInTheOrderItWasAddedWhetherBatchedOrSubmitted() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        onLoop(() -> {
            queue.add(1, () -> ran.add("a"));
            queue.add(1, () -> ran.add("b"));
            // a submission goes behind the batch gathered so far, not ahead of it
            queue.submit(0, () -> ran.add("c"));
            queue.add(1, () -> ran.add("d"));
            queue.handOver();
            queue.submit(0, done::countDown);
        });
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("a", "b", "c", "d"), ran);
    }

    @Test
    void readingPausesAboveTheHighMarkAndResumesBelowTheLowOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        onLoop(() -> {
            queue.submit(0, () -> await(release));
            queue.add(60, () -> { });
            queue.add(60, () -> { });
            queue.handOver();
        });
        assertFalse(channel.config().isAutoRead(), "120 bytes waiting is above the high mark of 100");
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!channel.config().isAutoRead() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(channel.config().isAutoRead(), "reading resumes once the worker drained the queue");
    }

    @Test
    void aBatchHandedOverAfterShutdownRunsOnTheCallerSoItCanReleaseWhatItHolds() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        onLoop(() -> {
            queue.shutdown();
            queue.add(1, () -> ran.add(Thread.currentThread().getName()));
            queue.handOver();
        });
        assertEquals(1, ran.size());
        assertNotEquals("inbound-queue-test", ran.get(0), "the worker had stopped");
    }

    private void onLoop(Runnable action) throws Exception {
        channel.eventLoop().submit(action).get(10, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
