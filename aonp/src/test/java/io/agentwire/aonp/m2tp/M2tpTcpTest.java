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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    private volatile GroupOpenTap tap;

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
        return connect(serverOptions, M2tpOptions.DEFAULTS, GroupOpenTap.NONE);
    }

    /** Connects a sender with {@code senderOptions}; GROUP_OPENs on {@code renamedTrack} name an unknown digest. */
    private M2tpEndpoint connect(M2tpOptions serverOptions, M2tpOptions senderOptions, long renamedTrack)
            throws Exception {
        server = TcpNodeServer.bind("127.0.0.1", 0, SERVER, () -> {
            tap = new GroupOpenTap(new M2tpEndpoint(received, serverOptions), renamedTrack, "sha3-256");
            return TcpM2tpLink.server(tap);
        }, LIMITS);
        client = new TcpNodeClient(CLIENT, LIMITS);
        M2tpEndpoint sender = M2tpEndpoint.sendOnly(senderOptions);
        client.connect("127.0.0.1", server.port(), null, TcpM2tpLink.client(sender)).get(30, TimeUnit.SECONDS);
        sender.opened().get(30, TimeUnit.SECONDS);
        return sender;
    }

    /** With either digest, on the stream path and on the datagram path (which loses nothing on TCP). */
    @ParameterizedTest
    @CsvSource({"CRC32C, false", "SHA_256, false", "CRC32C, true", "SHA_256, true"})
    void aLargeMessageArrivesWholeAndVerified(DigestAlgorithm algorithm, boolean datagrams) throws Exception {
        M2tpEndpoint sender = connect(M2tpOptions.DEFAULTS, M2tpOptions.DEFAULTS.withDigest(algorithm),
                GroupOpenTap.NONE);
        Track track = sender.openTrack("agent-a/files", datagrams, null);
        long size = datagrams ? 3L << 20 : 24L << 20;
        AtomicLong progress = new AtomicLong();
        Delivery delivery = sender.send(track, TestData.stream(size, 7),
                new MessageMeta("application/octet-stream", size, "blob.bin"), (sent, total) -> progress.set(sent));
        assertTrue(delivery.complete(), "nothing lost: " + delivery.missing());
        DigestReceiver.Result result = received.next();
        assertNull(result.failure());
        assertEquals(size, result.size());
        assertArrayEquals(TestData.contentSha256(size, 7), result.contentSha256());
        result.assertVerified(algorithm, TestData.digest(algorithm, size, 7), delivery);
        assertEquals(algorithm == DigestAlgorithm.CRC32C ? null : "sha-256", tap.digests.get(0),
                "GROUP_OPEN names the digest only when it is not the default");
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
                assertArrayEquals(TestData.contentSha256(result.size(), index), result.contentSha256());
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

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aDigestTheReceiverDoesNotSupportIsRefusedWithItsCode(boolean datagrams) throws Exception {
        M2tpEndpoint sender = connect(M2tpOptions.DEFAULTS, M2tpOptions.DEFAULTS.withDigest(DigestAlgorithm.SHA_256),
                0);
        Track renamed = sender.openTrack("renamed", datagrams, null);
        assertEquals(0, renamed.id(), "the tap renames this track's digest");
        M2tpException refused = assertThrows(M2tpException.class, () -> sender.send(renamed,
                TestData.stream(200_000, 3), new MessageMeta(null, 200_000L, null), ProgressListener.NONE));
        assertEquals(M2tpErrors.UNSUPPORTED_DIGEST, refused.code());
        Track plain = sender.openTrack("plain", datagrams, null);
        Delivery delivery = sender.send(plain, TestData.stream(1000, 4), new MessageMeta(null, 1000L, null),
                ProgressListener.NONE);
        DigestReceiver.Result result = received.next();
        assertEquals("plain", result.info().trackName(), "the refused message never reached the application");
        result.assertVerified(DigestAlgorithm.SHA_256, TestData.digest(DigestAlgorithm.SHA_256, 1000, 4), delivery);
    }
}
