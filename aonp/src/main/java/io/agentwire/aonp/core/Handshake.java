package io.agentwire.aonp.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The HELLO exchange, independent of the transport: what a client says, how a server answers, and what each side
 * learns about the other.
 *
 * @param node        this node's identifier (may be null)
 * @param protocols   the protocols this node offers
 * @param maxFrame    the largest frame payload this node accepts
 * @param idleTimeoutMillis this node's idle timeout, announced to the peer
 */
public record Handshake(String node, List<String> protocols, int maxFrame, long idleTimeoutMillis) {
    public Handshake {
        protocols = List.copyOf(protocols);
        if (maxFrame < 1024 || maxFrame > Versions.HARD_MAX_FRAME) {
            throw new IllegalArgumentException("maxFrame out of range: " + maxFrame);
        }
    }

    /** The HELLO a client sends, optionally with a bearer token for the server. */
    public Hello hello(String auth) {
        return new Hello(List.of(Versions.CURRENT), protocols, node, (long) maxFrame, idleTimeoutMillis, auth);
    }

    /** Checks a client's HELLO; throws VERSION_NEGOTIATION_FAILED or PROTOCOL_VIOLATION when it cannot be served. */
    public HelloAck answer(Hello hello) {
        long version = Versions.choose(hello.versions());
        List<String> shared = new ArrayList<>(protocols);
        shared.retainAll(hello.protocols() == null ? List.of() : hello.protocols());
        return new HelloAck(version, shared, node, (long) maxFrame, idleTimeoutMillis);
    }

    /** The client as the server sees it. */
    public static PeerInfo peerOf(Hello hello) {
        return new PeerInfo(hello.node(), hello.protocols() == null ? List.of() : List.copyOf(hello.protocols()),
                Versions.maxFrame(hello.maxFrame()), hello.auth());
    }

    /** The server as the client sees it; a version the client did not offer is a protocol violation. */
    public static PeerInfo peerOf(HelloAck ack) {
        Versions.choose(List.of(ack.version()));
        return new PeerInfo(ack.node(), ack.protocols() == null ? List.of() : List.copyOf(ack.protocols()),
                Versions.maxFrame(ack.maxFrame()), null);
    }
}
