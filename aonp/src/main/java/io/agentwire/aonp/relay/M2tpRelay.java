package io.agentwire.aonp.relay;

import java.io.IOException;
import java.util.List;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.node.AonpConnector;
import io.agentwire.aonp.node.AonpListener;
import io.agentwire.aonp.node.NodeAddress;
import io.agentwire.aonp.transport.ConnectionLimits;

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

    /** Starts a relay; QUIC listen addresses get a fresh self-signed certificate, upstream QUIC certificates are not checked. */
    public static M2tpRelay start(List<NodeAddress> listen, RelayRoutes routes, Handshake handshake,
            ConnectionLimits limits) throws IOException {
        AonpConnector connector = new AonpConnector(handshake, limits, null);
        try {
            AonpListener listener = AonpListener.bind(listen, handshake, () -> new RelaySession(connector, routes),
                    limits, null);
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
