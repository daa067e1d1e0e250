package io.agentwire.aonp.relay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.agentwire.aonp.m2tp.Delivery;
import io.agentwire.aonp.m2tp.DigestAlgorithm;
import io.agentwire.aonp.m2tp.M2tpEndpoint;
import io.agentwire.aonp.m2tp.M2tpException;
import io.agentwire.aonp.m2tp.M2tpOptions;
import io.agentwire.aonp.m2tp.MessageMeta;
import io.agentwire.aonp.m2tp.ProgressListener;
import io.agentwire.aonp.m2tp.TestNodes;
import io.agentwire.aonp.m2tp.Track;
import io.agentwire.aonp.m2tp.wire.M2tpErrors;
import io.agentwire.aonp.node.AonpConnector;
import io.agentwire.aonp.node.NodeAddress;

/** A relay hop delivers exactly the bytes a direct connection delivers, in both conversion directions. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RelayTest {
    /** kwik manages 5–20 MiB/s on the shared 2-core test machine, so the QUIC hop gets a modest size. */
    private static final long SIZE = 32L << 20;

    private void relayed(boolean downstreamQuic, boolean upstreamQuic, long size) throws Exception {
        relayed(downstreamQuic, upstreamQuic, size, DigestAlgorithm.DEFAULT);
    }

    private void relayed(boolean downstreamQuic, boolean upstreamQuic, long size, DigestAlgorithm algorithm)
            throws Exception {
        try (TestNodes.Receiver receiver = new TestNodes.Receiver(upstreamQuic);
                M2tpRelay relay = M2tpRelay.start(List.of(new NodeAddress(downstreamQuic, "127.0.0.1", 0)),
                        RelayRoutes.to(receiver.address()), TestNodes.HANDSHAKE, TestNodes.LIMITS);
                AonpConnector connector = new AonpConnector(TestNodes.HANDSHAKE, TestNodes.LIMITS, null)) {
            M2tpEndpoint sender = TestNodes.sender(connector, relay.addresses().get(0),
                    M2tpOptions.DEFAULTS.withDigest(algorithm));
            Track track = sender.openTrack("agent-a/bulk", false, null);
            Delivery delivery = sender.send(track, TestNodes.data(size, 64), new MessageMeta(null, size, "bulk"),
                    ProgressListener.NONE);
            assertArrayEquals(TestNodes.contentSha256(size, 64), receiver.nextContentSha256(),
                    "the end receiver got the original bytes");
            assertEquals(algorithm, delivery.digestAlgorithm());
            assertArrayEquals(TestNodes.digest(algorithm, size, 64), delivery.digest(),
                    "the end receiver verified the digest the sender computed");
            assertEquals(size, delivery.size(), "the GROUP_ACK came back through the relay");
        }
    }

    @Test
    @Tag("kwik-bulk")
    void tcpToRelayToQuicDeliversTheSameBytesAsDirect() throws Exception {
        relayed(false, true, SIZE);
    }

    @Test
    @Tag("kwik-bulk")
    void quicToRelayToTcpDeliversTheSameBytesAsDirect() throws Exception {
        relayed(true, false, 2L << 20);
    }

    /**
     * The same equivalence with TCP on both hops, so the relay logic is covered where kwik is not involved; with
     * either digest, since the relay must pass GROUP_OPEN's algorithm on untouched for the end receiver to verify.
     */
    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void tcpToRelayToTcpDeliversTheSameBytesAsDirect(DigestAlgorithm algorithm) throws Exception {
        relayed(false, false, SIZE, algorithm);
    }

    @Test
    void aDestinationOutsideTheAllowListGetsNoRoute() throws Exception {
        try (TestNodes.Receiver receiver = new TestNodes.Receiver(false);
                M2tpRelay relay = M2tpRelay.start(List.of(new NodeAddress(false, "127.0.0.1", 0)),
                        new RelayRoutes(null, Set.of(receiver.address())), TestNodes.HANDSHAKE, TestNodes.LIMITS);
                AonpConnector connector = new AonpConnector(TestNodes.HANDSHAKE, TestNodes.LIMITS, null)) {
            M2tpEndpoint sender = TestNodes.sender(connector, relay.addresses().get(0));
            Track elsewhere = sender.openTrack("x", false, "tcp://192.0.2.1:9");
            M2tpException e = assertThrows(M2tpException.class, () -> sender.send(elsewhere,
                    TestNodes.data(1000, 1), new MessageMeta(null, 1000L, null), ProgressListener.NONE));
            assertEquals(M2tpErrors.NO_ROUTE, e.code());
            Track allowed = sender.openTrack("y", false, receiver.address().toString());
            sender.send(allowed, TestNodes.data(1000, 2), new MessageMeta(null, 1000L, null), ProgressListener.NONE);
            assertArrayEquals(TestNodes.contentSha256(1000, 2), receiver.nextContentSha256());
        }
    }
}
