package io.agentwire.aonp.transport.quic;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;

import tech.kwik.core.DatagramSocketFactory;

/**
 * UDP sockets for kwik with large kernel buffers. With the default receive buffer (about 200 KiB on Linux) a bulk
 * QUIC stream on loopback overruns it and the kernel drops datagrams (the UDP RcvbufErrors counter climbs), which
 * QUIC then has to detect and resend. Buffers of a few MiB keep loopback transfers free of such drops (the kernel
 * caps the request at {@code net.core.rmem_max} and {@code wmem_max}).
 */
public final class UdpSockets {
    static final int BUFFER_BYTES = 4 << 20;

    private UdpSockets() {
    }

    /** A socket bound to {@code address}, for a server. */
    public static DatagramSocket bound(InetSocketAddress address) throws SocketException {
        return tuned(new DatagramSocket(address));
    }

    /** Client sockets (bound to an ephemeral port), for {@code QuicClientConnection.Builder.socketFactory}. */
    public static DatagramSocketFactory clients() {
        return destination -> tuned(new DatagramSocket());
    }

    private static DatagramSocket tuned(DatagramSocket socket) throws SocketException {
        try {
            socket.setReceiveBufferSize(BUFFER_BYTES);
            socket.setSendBufferSize(BUFFER_BYTES);
            return socket;
        } catch (SocketException e) {
            socket.close();
            throw e;
        }
    }
}
