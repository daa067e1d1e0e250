package io.agentwire.aonp.m2tp;

import java.util.HexFormat;
import java.util.List;

/**
 * The outcome of one message, on either side.
 *
 * @param track           the Track ID
 * @param group           the Group ID
 * @param size            bytes delivered
 * @param digestAlgorithm the algorithm of {@code digest}, chosen by the sender
 * @param digest          the verified digest of the message (the sender's digest on the sending side; with gaps, the
 *                        unverified digest of what arrived)
 * @param missing         datagram objects that never arrived (empty for complete messages)
 */
public record Delivery(long track, long group, long size, DigestAlgorithm digestAlgorithm, byte[] digest,
        List<Long> missing) {
    public Delivery {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The digest in lower-case hex, for logs and command output. */
    public String digestHex() {
        return HexFormat.of().formatHex(digest);
    }
}
