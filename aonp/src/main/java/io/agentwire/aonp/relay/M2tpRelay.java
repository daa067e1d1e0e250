package io.agentwire.aonp.relay;

import java.io.IOException;
import java.util.List;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.node.AonpConnector;
import io.agentwire.aonp.node.AonpListener;
import io.agentwire.aonp.node.NodeAddress;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.agentwire.aonp.transport.quic.QuicIdentity;
import io.agentwire.aonp.transport.quic.QuicTrust;

/**
 * A running relay: accepts M2TP on its listen addresses and forwards every track to the upstream its
 * {@link RelayRoutes} choose, over TCP or QUIC whatever the downstream used.
 */
public final class M2tpRelay implements AutoCloseable {
    private final AonpConnector connector;
    private final AonpListener listener;

    private M2tpRelay(AonpConnector connector, AonpListener listener) {
        this.connector = connector;
        this.listener = listener;
    }

    /**
     * Starts a relay; QUIC listen addresses get a fresh self-signed certificate, upstream QUIC certificates are not
     * checked (development only).
     */
    public static M2tpRelay start(List<NodeAddress> listen, RelayRoutes routes, Handshake handshake,
            ConnectionLimits limits) throws IOException {
        return start(listen, routes, handshake, limits, null, null);
    }

    /**
     * Starts a relay whose QUIC listen addresses present {@code identity} (null: self-signed) and which checks
     * upstream QUIC servers against {@code upstreamTrust} (null: accepts any certificate).
     */
    public static M2tpRelay start(List<NodeAddress> listen, RelayRoutes routes, Handshake handshake,
            ConnectionLimits limits, QuicIdentity identity, QuicTrust upstreamTrust) throws IOException {
        AonpConnector connector = new AonpConnector(handshake, limits, upstreamTrust);
        try {
            AonpListener listener = AonpListener.bind(listen, handshake, () -> new RelaySession(connector, routes),
                    limits, identity);
            return new M2tpRelay(connector, listener);
        } catch (IOException | RuntimeException e) {
            connector.close();
            throw e;
        }
    }

    public List<NodeAddress> addresses() {
        return listener.addresses();
    }

    @Override
    public void close() {
        listener.close();
        connector.close();
    }
}
