package io.agentwire.bench.aonp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.DatagramSocket;
import java.net.URI;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.agentwire.aonp.transport.quic.SelfSignedCertificate;
import io.agentwire.aonp.transport.quic.UdpSockets;
import tech.kwik.core.QuicClientConnection;
import tech.kwik.core.QuicConnection;
import tech.kwik.core.QuicStream;
import tech.kwik.core.log.NullLogger;
import tech.kwik.core.server.ApplicationProtocolConnection;
import tech.kwik.core.server.ApplicationProtocolConnectionFactory;
import tech.kwik.core.server.ServerConnectionConfig;
import tech.kwik.core.server.ServerConnector;

/** The baselines: the same bytes through a plain loopback TCP socket and through one plain kwik QUIC stream. */
final class RawTransfers {
    private static final String RAW_ALPN = "aonp-bench-raw";
    private static final int BUFFER = 64 << 10;

    private RawTransfers() {
    }

    /** Copies {@code size} bytes through a loopback socket; returns nanoseconds until the reader saw the last byte. */
    static long tcp(long size) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Long> read = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = server.accept()) {
                    return drain(socket.getInputStream());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            long start = System.nanoTime();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                copy(new PatternStream(size), socket.getOutputStream());
                socket.shutdownOutput();
                check(size, read.get(10, TimeUnit.MINUTES));
            }
            return System.nanoTime() - start;
        }
    }

    /** Sends {@code size} bytes on one kwik bidirectional stream; returns nanoseconds until the server read them. */
    static long quic(long size) throws Exception {
        KeyStore keys = SelfSignedCertificate.keyStore();
        CompletableFuture<Long> read = new CompletableFuture<>();
        DatagramSocket socket = UdpSockets.bound(new InetSocketAddress("127.0.0.1", 0));
        ServerConnector server = ServerConnector.builder().withSocket(socket)
                .withKeyStore(keys, SelfSignedCertificate.ALIAS, SelfSignedCertificate.PASSWORD)
                .withConfiguration(ServerConnectionConfig.builder().maxIdleTimeoutInSeconds(60)
                        .maxOpenPeerInitiatedBidirectionalStreams(4).maxConnectionBufferSize(16L << 20)
                        .maxBidirectionalStreamBufferSize(4L << 20).build())
                .withLogger(new NullLogger()).build();
        server.registerApplicationProtocol(RAW_ALPN, new Sink(read));
        server.start();
        QuicClientConnection client = QuicClientConnection.newBuilder()
                .uri(URI.create("https://127.0.0.1:" + socket.getLocalPort())).applicationProtocol(RAW_ALPN)
                .socketFactory(UdpSockets.clients()).noServerCertificateCheck().connectTimeout(Duration.ofSeconds(10))
                .defaultStreamReceiveBufferSize(4L << 20).logger(new NullLogger()).build();
        try {
            client.connect();
            long start = System.nanoTime();
            QuicStream stream = client.createStream(true);
            try (OutputStream out = stream.getOutputStream()) {
                copy(new PatternStream(size), out);
            }
            check(size, read.get(10, TimeUnit.MINUTES));
            return System.nanoTime() - start;
        } finally {
            client.close();
            server.close();
            socket.close();
        }
    }

    /** Reads every stream a client opens to its end, on a thread of its own, never on kwik's receiver thread. */
    private static final class Sink implements ApplicationProtocolConnectionFactory {
        private final CompletableFuture<Long> read;

        Sink(CompletableFuture<Long> read) {
            this.read = read;
        }

        @Override
        public ApplicationProtocolConnection createConnection(String protocol, QuicConnection connection) {
            return new ApplicationProtocolConnection() {
                @Override
                public void acceptPeerInitiatedStream(QuicStream stream) {
                    Thread reader = new Thread(() -> {
                        try (InputStream in = stream.getInputStream()) {
                            read.complete(drain(in));
                            stream.getOutputStream().close();
                        } catch (IOException e) {
                            read.completeExceptionally(e);
                        }
                    }, "raw-quic-sink");
                    reader.setDaemon(true);
                    reader.start();
                }
            };
        }

        @Override
        public int maxConcurrentPeerInitiatedBidirectionalStreams() {
            return 4;
        }
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buf = new byte[BUFFER];
        long total = 0;
        for (int n; (n = in.read(buf)) >= 0;) {
            total += n;
        }
        return total;
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[BUFFER];
        for (int n; (n = in.read(buf)) > 0;) {
            out.write(buf, 0, n);
        }
    }

    private static void check(long expected, long actual) {
        if (expected != actual) {
            throw new IllegalStateException("read " + actual + " of " + expected + " bytes");
        }
    }
}
