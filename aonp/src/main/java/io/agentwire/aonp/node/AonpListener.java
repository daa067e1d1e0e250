package io.agentwire.aonp.node;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.m2tp.M2tpInbound;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.agentwire.aonp.transport.quic.QuicNodeServer;
import io.agentwire.aonp.transport.quic.QuicIdentity;
import io.agentwire.aonp.transport.tcp.TcpM2tpLink;
import io.agentwire.aonp.transport.tcp.TcpNodeServer;

/** Serves M2TP on several TCP and QUIC addresses with one inbound factory. */
public final class AonpListener implements AutoCloseable {
    private final List<AutoCloseable> servers;
    private final List<NodeAddress> addresses;

    private AonpListener(List<AutoCloseable> servers, List<NodeAddress> addresses) {
        this.servers = servers;
        this.addresses = addresses;
    }

    /**
     * Binds every address (port 0 picks a free one). QUIC addresses present {@code identity}, or a fresh
     * self-signed certificate when it is null (development only: clients cannot verify it).
     */
    public static AonpListener bind(List<NodeAddress> listen, Handshake handshake, Supplier<M2tpInbound> inbounds,
            ConnectionLimits limits, QuicIdentity identity) throws IOException {
        List<AutoCloseable> servers = new ArrayList<>();
        List<NodeAddress> bound = new ArrayList<>();
        try {
            for (NodeAddress address : listen) {
                if (address.quic()) {
                    QuicIdentity keys = identity != null ? identity : QuicIdentity.selfSigned();
                    QuicNodeServer server = QuicNodeServer.bind(address.host(), address.port(), handshake, inbounds,
                            keys.keyStore(), keys.alias(), keys.password());
                    servers.add(server);
                    bound.add(new NodeAddress(true, address.host(), server.port()));
                } else {
                    TcpNodeServer server = TcpNodeServer.bind(address.host(), address.port(), handshake,
                            () -> TcpM2tpLink.server(inbounds.get()), limits);
                    servers.add(server);
                    bound.add(new NodeAddress(false, address.host(), server.port()));
                }
            }
            return new AonpListener(servers, List.copyOf(bound));
        } catch (GeneralSecurityException | IOException | InterruptedException | RuntimeException e) {
            closeAll(servers);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof IOException io ? io : new IOException("cannot listen: " + e.getMessage(), e);
        }
    }

    /** The bound addresses, with the real ports, in the order given. */
    public List<NodeAddress> addresses() {
        return addresses;
    }

    @Override
    public void close() {
        closeAll(servers);
    }

    private static void closeAll(List<AutoCloseable> servers) {
        for (AutoCloseable server : servers) {
            try {
                server.close();
            } catch (Exception e) {
                // keep closing the others
            }
        }
    }
}
