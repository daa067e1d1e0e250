package io.agentwire.aonp.m2tp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.m2tp.wire.M2tpErrors;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.agentwire.aonp.transport.tcp.TcpM2tpLink;
import io.agentwire.aonp.transport.tcp.TcpNodeClient;
import io.agentwire.aonp.transport.tcp.TcpNodeServer;

@Timeout(value = 180, unit = TimeUnit.SECONDS)
class M2tpTcpTest {
    static final ConnectionLimits LIMITS = new ConnectionLimits(Duration.ofSeconds(10), Duration.ofSeconds(60),
            64L << 20, Duration.ofSeconds(30));
    static final Handshake SERVER = new Handshake("receiver", List.of("m2tp"), 65_536, 60_000);
    static final Handshake CLIENT = new Handshake("sender", List.of("m2tp"), 65_536, 60_000);

    private TcpNodeServer server;
    private TcpNodeClient client;
    private final DigestReceiver received = new DigestReceiver();

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private M2tpEndpoint connect(M2tpOptions serverOptions) throws Exception {
        server = TcpNodeServer.bind("127.0.0.1", 0, SERVER,
                () -> TcpM2tpLink.server(new M2tpEndpoint(received, serverOptions)), LIMITS);
        client = new TcpNodeClient(CLIENT, LIMITS);
        M2tpEndpoint sender = M2tpEndpoint.sendOnly(M2tpOptions.DEFAULTS);
        client.connect("127.0.0.1", server.port(), null, TcpM2tpLink.client(sender)).get(30, TimeUnit.SECONDS);
        sender.opened().get(30, TimeUnit.SECONDS);
        return sender;
    }

    @Test
    void aLargeMessageArrivesWholeAndVerified() throws Exception {
        M2tpEndpoint sender = connect(M2tpOptions.DEFAULTS);
        Track track = sender.openTrack("agent-a/files", false, null);
        long size = 24L << 20;
        AtomicLong progress = new AtomicLong();
        Delivery delivery = sender.send(track, TestData.stream(size, 7),
                new MessageMeta("application/octet-stream", size, "blob.bin"), (sent, total) -> progress.set(sent));
        DigestReceiver.Result result = received.next();
        assertNull(result.failure());
        assertEquals(size, result.size());
        assertArrayEquals(TestData.sha256(size, 7), result.sha256());
        assertArrayEquals(result.sha256(), delivery.sha256());
        assertEquals(size, progress.get());
        assertEquals("blob.bin", result.info().name());
        assertEquals("agent-a/files", result.info().trackName());
        assertEquals(0, track.id() % 2, "the connecting side's tracks are even");
    }

    @Test
    void emptyAndTinyMessagesAreMessagesToo() throws Exception {
        M2tpEndpoint sender = connect(M2tpOptions.DEFAULTS);
        Track track = sender.openTrack("notes", false, null);
        sender.send(track, new ByteArrayInputStream(new byte[0]), new MessageMeta("text/plain", 0L, null),
                ProgressListener.NONE);
        assertEquals(0, received.next().size());
        sender.send(track, new ByteArrayInputStream("hi".getBytes()), new MessageMeta("text/plain", null, null),
                ProgressListener.NONE);
        assertEquals(2, received.next().size());
    }

    @Test
    void concurrentGroupsOnSeveralTracksInterleaveOnOneConnection() throws Exception {
        M2tpEndpoint sender = connect(M2tpOptions.DEFAULTS);
        List<Track> tracks = List.of(sender.openTrack("a", false, null), sender.openTrack("b", false, null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Delivery>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Track track = tracks.get(i % 2);
                long size = 300_000L * (i + 1);
                long seed = i;
                sends.add(pool.submit(() -> sender.send(track, TestData.stream(size, seed),
                        new MessageMeta(null, size, null), ProgressListener.NONE)));
            }
            for (Future<Delivery> send : sends) {
                send.get(120, TimeUnit.SECONDS);
            }
            for (int i = 0; i < 8; i++) {
                DigestReceiver.Result result = received.next();
                int index = (int) (result.size() / 300_000L) - 1;
                assertArrayEquals(TestData.sha256(result.size(), index), result.sha256());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMessageAboveTheReceiversLimitIsRefusedWithItsCode() throws Exception {
        M2tpEndpoint sender = connect(M2tpOptions.DEFAULTS.withMaxMessage(1 << 20));
        Track track = sender.openTrack("big", false, null);
        M2tpException announced = assertThrows(M2tpException.class, () -> sender.send(track,
                TestData.stream(4 << 20, 1), new MessageMeta(null, 4L << 20, null), ProgressListener.NONE));
        assertEquals(M2tpErrors.MESSAGE_TOO_LARGE, announced.code());
        M2tpException unannounced = assertThrows(M2tpException.class, () -> sender.send(track,
                TestData.stream(4 << 20, 1), new MessageMeta(null, null, null), ProgressListener.NONE));
        assertEquals(M2tpErrors.MESSAGE_TOO_LARGE, unannounced.code());
        assertEquals(M2tpErrors.MESSAGE_TOO_LARGE, received.next().failure(), "the sink was told to discard");
        sender.send(track, TestData.stream(1000, 2), new MessageMeta(null, 1000L, null), ProgressListener.NONE);
        assertTrue(received.results.poll(30, TimeUnit.SECONDS) != null, "the link still works");
    }
}
