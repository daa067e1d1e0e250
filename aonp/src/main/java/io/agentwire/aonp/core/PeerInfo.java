package io.agentwire.aonp.core;

import java.util.List;

/**
 * The peer as its handshake frame described it.
 *
 * @param node      the peer's node identifier, or null when it sent none
 * @param protocols the AONP protocols the peer offers
 * @param maxFrame  the largest frame payload the peer accepts, so the largest this side may send
 * @param auth      the bearer token the client presented in HELLO, or null (always null on the client side)
 */
public record PeerInfo(String node, List<String> protocols, int maxFrame, String auth) {
    public boolean offers(String protocol) {
        return protocols.contains(protocol);
    }
}
