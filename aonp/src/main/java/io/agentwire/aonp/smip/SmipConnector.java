package io.agentwire.aonp.smip;

import java.util.concurrent.CompletableFuture;

import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.transport.tcp.TcpNodeClient;

/**
 * Opens a fresh AONP connection to the server for a session; the client calls it again after the connection
 * drops, to resume. The QUIC binding plugs in the same way.
 */
@FunctionalInterface
public interface SmipConnector {
    /** A new connection whose frames go to {@code handler}, complete once the HELLO handshake is done. */
    CompletableFuture<FrameChannel> connect(FrameHandler handler);

    /** Connects over TCP with {@code client}, presenting {@code auth} (may be null) in HELLO. */
    static SmipConnector tcp(TcpNodeClient client, String host, int port, String auth) {
        return handler -> client.connect(host, port, auth, handler);
    }
}
