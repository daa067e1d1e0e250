package io.agentwire.aonp.node;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.m2tp.M2tpInbound;
import io.agentwire.aonp.m2tp.M2tpLink;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.agentwire.aonp.transport.quic.QuicNodeClient;
import io.agentwire.aonp.transport.quic.QuicTrust;
import io.agentwire.aonp.transport.tcp.TcpM2tpLink;
import io.agentwire.aonp.transport.tcp.TcpNodeClient;

/** Opens M2TP links to {@code tcp://} and {@code quic://} addresses; owns the client threads of both. */
public final class AonpConnector implements AutoCloseable {
    private final TcpNodeClient tcp;
    private final QuicNodeClient quic;
    private final Duration timeout;

    /**
     * @param quicTrust the certificates QUIC servers must present, or null to accept any (development
     *                       against self-signed nodes only)
     */
    public AonpConnector(Handshake handshake, ConnectionLimits limits, QuicTrust quicTrust) {
        this.tcp = new TcpNodeClient(handshake, limits);
        this.quic = new QuicNodeClient(handshake, quicTrust);
        this.timeout = limits.handshakeTimeout();
    }

    /** Connects and completes the handshake; {@code inbound} receives the link's frames. */
    public M2tpLink connect(NodeAddress address, M2tpInbound inbound) throws IOException {
        if (address.quic()) {
            return quic.connect(address.host(), address.port(), null, inbound, timeout);
        }
        TcpM2tpLink link = TcpM2tpLink.client(inbound);
        try {
            tcp.connect(address.host(), address.port(), null, link).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return link;
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("TCP connect to " + address + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + address, e);
        }
    }

    @Override
    public void close() {
        tcp.close();
        quic.close();
    }
}
