package io.agentwire.aonp.relay;

import java.util.Optional;
import java.util.Set;

import io.agentwire.aonp.node.NodeAddress;

/**
 * Where a relay sends a track: its TRACK_OPEN {@code dest} when that address is allowed, else the default
 * upstream. An allow-list, because following any {@code dest} would let senders make the relay connect anywhere.
 *
 * @param defaultUpstream the upstream for tracks without {@code dest}, or null
 * @param allowed         the {@code dest} addresses the relay may connect to
 */
public record RelayRoutes(NodeAddress defaultUpstream, Set<NodeAddress> allowed) {
    public RelayRoutes {
        allowed = Set.copyOf(allowed);
    }

    public static RelayRoutes to(NodeAddress upstream) {
        return new RelayRoutes(upstream, Set.of(upstream));
    }

    /** The upstream for a track, or empty when there is none (TRACK_CLOSE with NO_ROUTE). */
    public Optional<NodeAddress> route(String dest) {
        if (dest == null) {
            return Optional.ofNullable(defaultUpstream);
        }
        try {
            NodeAddress wanted = NodeAddress.parse(dest);
            return allowed.contains(wanted) ? Optional.of(wanted) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
