package io.agentwire.aonp.core;

import java.util.List;

/**
 * HELLO (0x01), the first frame a connecting node sends.
 *
 * @param versions    AONP versions the sender speaks, most preferred first (this implementation: 1)
 * @param protocols   the AONP protocols it implements: {@code m2tp}, {@code smip}, {@code srmp}, {@code aidp}, {@code a2p}
 * @param node        the sender's node identifier, for logs and relays (optional)
 * @param maxFrame    the largest frame payload the sender accepts, in bytes (optional, default 65,536)
 * @param idleTimeout milliseconds of silence after which the sender closes the connection (optional)
 * @param auth        a bearer token for the receiving node (optional; issued by A2P)
 */
public record Hello(List<Long> versions, List<String> protocols, String node, Long maxFrame, Long idleTimeout,
        String auth) {
}
