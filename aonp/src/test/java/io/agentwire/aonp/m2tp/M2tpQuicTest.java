package io.agentwire.aonp.m2tp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.transport.quic.QuicNodeClient;
import io.agentwire.aonp.transport.quic.QuicNodeServer;
import io.agentwire.aonp.transport.quic.SelfSignedCertificate;

@Timeout(value = 180, unit = TimeUnit.SECONDS)
class M2tpQuicTest {
    static final Handshake SERVER = new Handshake("receiver", List.of("m2tp"), 65_536, 120_000);
    static final Handshake CLIENT = new Handshake("sender", List.of("m2tp"), 65_536, 120_000);

    private QuicNodeServer server;
    private QuicNodeClient client;
    private M2tpLink link;
    private final DigestReceiver received = new DigestReceiver();

    @AfterEach
    void stop() {
        if (link != null) {
            link.close(io.agentwire.aonp.wire.ErrorCodes.NO_ERROR, "done");
        }
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private M2tpEndpoint connect(M2tpOptions senderOptions) throws Exception {
        server = QuicNodeServer.bind("127.0.0.1", 0, SERVER,
                () -> new M2tpEndpoint(received, M2tpOptions.DEFAULTS), SelfSignedCertificate.keyStore(),
                SelfSignedCertificate.ALIAS, SelfSignedCertificate.PASSWORD);
        client = new QuicNodeClient(CLIENT, null);
        M2tpEndpoint sender = M2tpEndpoint.sendOnly(senderOptions);
        link = client.connect("127.0.0.1", server.port(), null, sender, Duration.ofSeconds(30));
        sender.opened().get(30, TimeUnit.SECONDS);
        return sender;
    }

    /** Tagged: kwik streams carrying bulk data were seen to stall on the shared test machine (open issue). */
    @Test
    @Tag("kwik-bulk")
    void messagesTravelOnTheirOwnStreamsAndArriveVerified() throws Exception {
        M2tpEndpoint sender = connect(M2tpOptions.DEFAULTS);
        assertEquals("receiver", link.peer().node());
        Track track = sender.openTrack("agent-a/files", false, null);
        for (int i = 0; i < 3; i++) {
            long size = (256L << 10) + i;
            Delivery delivery = sender.send(track, TestData.stream(size, i), new MessageMeta("application/x-test",
                    size, "f" + i), ProgressListener.NONE);
            DigestReceiver.Result result = received.next();
            assertNull(result.failure());
            assertArrayEquals(TestData.contentSha256(size, i), result.contentSha256());
            result.assertVerified(DigestAlgorithm.CRC32C, TestData.digest(DigestAlgorithm.CRC32C, size, i), delivery);
        }
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void aDatagramTrackDeliversThroughRealQuicDatagrams(DigestAlgorithm algorithm) throws Exception {
        M2tpEndpoint sender = connect(M2tpOptions.DEFAULTS.withDigest(algorithm));
        assertTrue(link.maxDatagramFrame() >= 1200, "kwik offers datagrams: " + link.maxDatagramFrame());
        Track track = sender.openTrack("agent-a/camera", true, null);
        long size = 200_000;
        Delivery delivery = sender.send(track, TestData.stream(size, 42), new MessageMeta("video/h264", size, null),
                ProgressListener.NONE);
        DigestReceiver.Result result = received.next();
        assertNull(result.failure());
        if (delivery.complete()) {
            assertArrayEquals(TestData.contentSha256(size, 42), result.contentSha256());
            result.assertVerified(algorithm, TestData.digest(algorithm, size, 42), delivery);
        } else {
            assertEquals(delivery.missing(), result.delivery().missing(), "both sides agree on what was lost");
        }
    }
}
