package io.agentwire.aonp.smip;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.agentwire.aonp.transport.tcp.TcpNodeClient;
import io.agentwire.aonp.transport.tcp.TcpNodeServer;

/** A SMIP server on 127.0.0.1 (optionally behind a {@link FaultProxy}) and a TCP client to reach it. */
final class SmipFixture implements AutoCloseable {
    static final ConnectionLimits LIMITS = new ConnectionLimits(Duration.ofSeconds(10), Duration.ofSeconds(60),
            64L << 20, Duration.ofSeconds(30));
    static final Handshake SERVER = new Handshake("server", List.of("smip"), 1 << 20, 60_000);
    static final Handshake CLIENT = new Handshake("client", List.of("smip"), 1 << 20, 60_000);

    final SmipServer smip;
    final TcpNodeServer server;
    final TcpNodeClient client = new TcpNodeClient(CLIENT, LIMITS);
    final FaultProxy proxy;

    SmipFixture(SmipService service, SmipOptions options, Executor executor, boolean proxied)
            throws InterruptedException, IOException {
        smip = new SmipServer(service, options, executor, peer -> peer.auth() == null ? "" : peer.auth());
        server = TcpNodeServer.bind("127.0.0.1", 0, SERVER, smip.handlers(), LIMITS);
        proxy = proxied ? new FaultProxy(server.port()) : null;
    }

    int port() {
        return proxy != null ? proxy.port() : server.port();
    }

    SmipConnector connector(String auth) {
        return SmipConnector.tcp(client, "127.0.0.1", port(), auth);
    }

    SmipClient open(String auth, SmipOptions options) {
        return SmipClient.open(connector(auth), options).orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    @Override
    public void close() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
        client.close();
        smip.close();
        server.close();
    }
}
