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

    private M2tpEndpoint connect() throws Exception {
        server = QuicNodeServer.bind("127.0.0.1", 0, SERVER,
                () -> new M2tpEndpoint(received, M2tpOptions.DEFAULTS), SelfSignedCertificate.keyStore(),
                SelfSignedCertificate.ALIAS, SelfSignedCertificate.PASSWORD);
        client = new QuicNodeClient(CLIENT, null);
        M2tpEndpoint sender = M2tpEndpoint.sendOnly(M2tpOptions.DEFAULTS);
        link = client.connect("127.0.0.1", server.port(), null, sender, Duration.ofSeconds(30));
        sender.opened().get(30, TimeUnit.SECONDS);
        return sender;
    }

    /** Tagged: kwik streams carrying bulk data were seen to stall on the shared test machine (open issue). */
    @Test
    @Tag("kwik-bulk")
    void messagesTravelOnTheirOwnStreamsAndArriveVerified() throws Exception {
        M2tpEndpoint sender = connect();
        assertEquals("receiver", link.peer().node());
        Track track = sender.openTrack("agent-a/files", false, null);
        for (int i = 0; i < 3; i++) {
            long size = (256L << 10) + i;
            Delivery delivery = sender.send(track, TestData.stream(size, i), new MessageMeta("application/x-test",
                    size, "f" + i), ProgressListener.NONE);
            DigestReceiver.Result result = received.next();
            assertNull(result.failure());
            assertArrayEquals(TestData.sha256(size, i), result.sha256());
            assertArrayEquals(result.sha256(), delivery.sha256());
        }
    }

    @Test
    void aDatagramTrackDeliversThroughRealQuicDatagrams() throws Exception {
        M2tpEndpoint sender = connect();
        assertTrue(link.maxDatagramFrame() >= 1200, "kwik offers datagrams: " + link.maxDatagramFrame());
        Track track = sender.openTrack("agent-a/camera", true, null);
        long size = 200_000;
        Delivery delivery = sender.send(track, TestData.stream(size, 42), new MessageMeta("video/h264", size, null),
                ProgressListener.NONE);
        DigestReceiver.Result result = received.next();
        assertNull(result.failure());
        if (delivery.complete()) {
            assertArrayEquals(TestData.sha256(size, 42), result.sha256());
        } else {
            assertEquals(delivery.missing(), result.delivery().missing(), "both sides agree on what was lost");
        }
    }
}
