package io.agentwire.aonp.node;

import java.net.URI;

/**
 * An AONP address, {@code tcp://host:port} or {@code quic://host:port}.
 *
 * @param quic whether the address is a QUIC one
 * @param host the host
 * @param port the port (0 for any, when listening)
 */
public record NodeAddress(boolean quic, String host, int port) {
    /** Parses {@code tcp://host:port} or {@code quic://host:port}; anything else is an IllegalArgumentException. */
    public static NodeAddress parse(String text) {
        URI uri = URI.create(text);
        String scheme = uri.getScheme();
        if (uri.getHost() == null || uri.getPort() < 0 || !("tcp".equals(scheme) || "quic".equals(scheme))) {
            throw new IllegalArgumentException("not an AONP address (tcp://host:port or quic://host:port): " + text);
        }
        return new NodeAddress("quic".equals(scheme), uri.getHost(), uri.getPort());
    }

    @Override
    public String toString() {
        return (quic ? "quic" : "tcp") + "://" + host + ":" + port;
    }
}
