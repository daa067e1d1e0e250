package io.agentwire.aonp.transport.quic;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.core.Versions;
import io.agentwire.aonp.m2tp.M2tpInbound;
import io.agentwire.aonp.wire.ErrorCodes;
import tech.kwik.core.QuicConnection;
import tech.kwik.core.QuicStream;
import tech.kwik.core.log.NullLogger;
import tech.kwik.core.server.ApplicationProtocolConnection;
import tech.kwik.core.server.ApplicationProtocolConnectionFactory;
import tech.kwik.core.server.ServerConnectionConfig;
import tech.kwik.core.server.ServerConnector;

/**
 * Accepts AONP connections over QUIC (ALPN {@code aonp/1}) on one UDP socket; each connection gets a fresh
 * {@link M2tpInbound} from the factory.
 */
public final class QuicNodeServer implements AutoCloseable {
    private static final int MAX_STREAMS = 256;

    private final ServerConnector connector;
    private final DatagramSocket socket;
    private final ExecutorService executor;

    private QuicNodeServer(ServerConnector connector, DatagramSocket socket, ExecutorService executor) {
        this.connector = connector;
        this.socket = socket;
        this.executor = executor;
    }

    /**
     * Binds {@code host:port} (port 0 picks a free one) and starts accepting.
     *
     * @param keyStore the server's key and certificate, such as {@link SelfSignedCertificate#keyStore()}
     */
    public static QuicNodeServer bind(String host, int port, Handshake handshake, Supplier<M2tpInbound> inbounds,
            KeyStore keyStore, String alias, char[] password) throws IOException {
        DatagramSocket socket = UdpSockets.bound(new InetSocketAddress(host, port));
        ExecutorService executor = QuicThreads.executor("aonp-quic-server");
        try {
            ServerConnector connector = ServerConnector.builder()
                    .withSocket(socket)
                    .withKeyStore(keyStore, alias, password)
                    .withConfiguration(ServerConnectionConfig.builder()
                            .maxIdleTimeoutInSeconds((int) Math.max(1, handshake.idleTimeoutMillis() / 1000))
                            .maxOpenPeerInitiatedBidirectionalStreams(MAX_STREAMS)
                            .maxConnectionBufferSize(QuicThreads.CONNECTION_WINDOW)
                            .maxBidirectionalStreamBufferSize(QuicThreads.STREAM_WINDOW)
                            .build())
                    .withLogger(new NullLogger())
                    .build();
            connector.registerApplicationProtocol(Versions.ALPN, new Factory(handshake, inbounds, executor));
            connector.start();
            return new QuicNodeServer(connector, socket, executor);
        } catch (GeneralSecurityException | RuntimeException e) {
            socket.close();
            executor.shutdownNow();
            throw new IOException("cannot start the QUIC server: " + e.getMessage(), e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        connector.close();
        socket.close();
        executor.shutdownNow();
    }

    private static final class Factory implements ApplicationProtocolConnectionFactory {
        private final Handshake handshake;
        private final Supplier<M2tpInbound> inbounds;
        private final ExecutorService executor;

        Factory(Handshake handshake, Supplier<M2tpInbound> inbounds, ExecutorService executor) {
            this.handshake = handshake;
            this.inbounds = inbounds;
            this.executor = executor;
        }

        @Override
        public ApplicationProtocolConnection createConnection(String protocol, QuicConnection connection) {
            QuicM2tpLink link = new QuicM2tpLink(connection, false, inbounds.get(), executor, handshake);
            connection.setConnectionListener(event -> link.closed(ErrorCodes.INTERNAL_ERROR, "connection lost"));
            return new ApplicationProtocolConnection() {
                @Override
                public void acceptPeerInitiatedStream(QuicStream stream) {
                    link.accept(stream);
                }
            };
        }

        @Override
        public int maxConcurrentPeerInitiatedBidirectionalStreams() {
            return MAX_STREAMS;
        }

        @Override
        public int maxConcurrentPeerInitiatedUnidirectionalStreams() {
            return 0;
        }

        @Override
        public boolean enableDatagramExtension() {
            return true;
        }
    }
}
