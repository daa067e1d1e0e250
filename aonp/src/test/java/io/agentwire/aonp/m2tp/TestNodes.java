package io.agentwire.aonp.m2tp;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.node.AonpConnector;
import io.agentwire.aonp.node.AonpListener;
import io.agentwire.aonp.node.NodeAddress;
import io.agentwire.aonp.transport.ConnectionLimits;

/** Loopback receivers and senders for tests in other packages. */
public final class TestNodes {
    public static final ConnectionLimits LIMITS = new ConnectionLimits(Duration.ofSeconds(15), Duration.ofSeconds(120),
            64L << 20, Duration.ofSeconds(120));
    public static final Handshake HANDSHAKE = new Handshake("test-node", List.of("m2tp"), 65_536, 120_000);

    private TestNodes() {
    }

    /** A receiver that digests messages, listening on one loopback address of the given kind. */
    public static final class Receiver implements AutoCloseable {
        private final DigestReceiver digests = new DigestReceiver();
        private final AonpListener listener;

        public Receiver(boolean quic) throws IOException {
            this(quic, UnaryOperator.identity());
        }

        /** A receiver whose inbounds {@code around} wraps, e.g. to serve another protocol on the same listener. */
        public Receiver(boolean quic, UnaryOperator<Supplier<M2tpInbound>> around) throws IOException {
            listener = AonpListener.bind(List.of(new NodeAddress(quic, "127.0.0.1", 0)), HANDSHAKE,
                    around.apply(() -> new M2tpEndpoint(digests, M2tpOptions.DEFAULTS)), LIMITS, null);
        }

        public NodeAddress address() {
            return listener.addresses().get(0);
        }

        /** The next message's content SHA-256 as the receiving application computed it; fails on a failed message. */
        public byte[] nextContentSha256() throws InterruptedException {
            DigestReceiver.Result result = digests.next();
            if (result.failure() != null) {
                throw new AssertionError("message failed: " + result.failure());
            }
            return result.contentSha256();
        }

        @Override
        public void close() {
            listener.close();
        }
    }

    /** Connects a send-only endpoint to {@code address}. */
    public static M2tpEndpoint sender(AonpConnector connector, NodeAddress address) throws Exception {
        return sender(connector, address, M2tpOptions.DEFAULTS);
    }

    /** Connects a send-only endpoint with {@code options} (such as its digest) to {@code address}. */
    public static M2tpEndpoint sender(AonpConnector connector, NodeAddress address, M2tpOptions options)
            throws Exception {
        M2tpEndpoint endpoint = M2tpEndpoint.sendOnly(options);
        connector.connect(address, endpoint);
        endpoint.opened().get(30, java.util.concurrent.TimeUnit.SECONDS);
        return endpoint;
    }

    public static java.io.InputStream data(long size, long seed) {
        return TestData.stream(size, seed);
    }

    public static byte[] contentSha256(long size, long seed) throws IOException {
        return TestData.contentSha256(size, seed);
    }

    public static byte[] digest(DigestAlgorithm algorithm, long size, long seed) throws IOException {
        return TestData.digest(algorithm, size, seed);
    }
}
