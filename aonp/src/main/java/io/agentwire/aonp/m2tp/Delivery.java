package io.agentwire.aonp.m2tp;

import java.util.List;

/**
 * The outcome of one message, on either side.
 *
 * @param track   the Track ID
 * @param group   the Group ID
 * @param size    bytes delivered
 * @param sha256  the verified SHA-256 of the message (the sender's digest on the sending side)
 * @param missing datagram objects that never arrived (empty for complete messages)
 */
public record Delivery(long track, long group, long size, byte[] sha256, List<Long> missing) {
    public Delivery {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
