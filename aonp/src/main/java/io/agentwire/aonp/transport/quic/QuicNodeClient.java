package io.agentwire.aonp.transport.quic;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.core.Versions;
import io.agentwire.aonp.m2tp.M2tpInbound;
import io.agentwire.aonp.m2tp.M2tpLink;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCodes;
import tech.kwik.core.QuicClientConnection;
import tech.kwik.core.log.NullLogger;

/** Opens AONP connections over QUIC. One client may open many connections; close it to stop their threads. */
public final class QuicNodeClient implements AutoCloseable {
    private final Handshake handshake;
    private final QuicTrust trust;
    private final ExecutorService executor = QuicThreads.executor("aonp-quic-client");

    /**
     * @param trust what to check the server's certificate against, or null to accept any certificate (tests and
     *              development with {@link SelfSignedCertificate} only)
     */
    public QuicNodeClient(Handshake handshake, QuicTrust trust) {
        this.handshake = handshake;
        this.trust = trust;
    }

    /** Connects to {@code host:port}, runs the HELLO exchange and returns the open link. */
    public M2tpLink connect(String host, int port, String auth, M2tpInbound inbound, Duration timeout)
            throws IOException {
        QuicClientConnection.Builder builder = QuicClientConnection.newBuilder()
                .uri(URI.create("https://" + (trust == null || trust.serverName() == null ? host : trust.serverName())
                        + ":" + port))
                .proxy(host)
                .socketFactory(UdpSockets.clients())
                .applicationProtocol(Versions.ALPN)
                .enableDatagramExtension()
                .connectTimeout(timeout)
                .maxIdleTimeout(Duration.ofMillis(handshake.idleTimeoutMillis()))
                .defaultStreamReceiveBufferSize(QuicThreads.STREAM_WINDOW)
                .maxOpenPeerInitiatedBidirectionalStreams(256)
                .logger(new NullLogger());
        if (trust == null) {
            builder.noServerCertificateCheck();
        } else {
            builder.customTrustStore(trust.certificates());
        }
        QuicClientConnection connection = builder.build();
        QuicM2tpLink link = new QuicM2tpLink(connection, true, inbound, executor, handshake);
        connection.setPeerInitiatedStreamCallback(link::accept);
        connection.setConnectionListener(event -> link.closed(ErrorCodes.INTERNAL_ERROR, "connection lost"));
        try {
            connection.connect();
            link.startClient(auth);
        } catch (IOException | RuntimeException e) {
            connection.close();
            if (e instanceof AonpProtocolException) {
                throw e;
            }
            throw new IOException("QUIC connect to " + host + ":" + port + " failed: " + e.getMessage(), e);
        }
        return link;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
