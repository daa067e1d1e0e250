package io.agentwire.aonp.m2tp;

import java.time.Duration;
import java.util.Objects;

/**
 * Receiver and sender limits of spec/aonp/m2tp.md section 10, and the sender's digest algorithm (section 3.10).
 *
 * @param maxOpenGroups  open incoming groups per link
 * @param maxMessage     largest incoming message in bytes
 * @param reorderWindow  datagram objects buffered ahead of the next expected one
 * @param reorderTimeout how long a datagram gap waits before a NACK
 * @param maxNackRounds  NACKs per missing object before it is given up
 * @param lossTolerant   whether datagram groups with unrepaired gaps are delivered (with gaps) or failed
 * @param ackTimeout     how long a sender waits for GROUP_ACK after GROUP_END
 * @param digest         the digest algorithm of the groups this side sends (as a receiver it verifies whichever
 *                       algorithm the sender names)
 */
public record M2tpOptions(int maxOpenGroups, long maxMessage, int reorderWindow, Duration reorderTimeout,
        int maxNackRounds, boolean lossTolerant, Duration ackTimeout, DigestAlgorithm digest) {
    public static final M2tpOptions DEFAULTS = new M2tpOptions(64, 1L << 40, 1024, Duration.ofMillis(100), 3, true,
            Duration.ofSeconds(60), DigestAlgorithm.DEFAULT);

    public M2tpOptions {
        Objects.requireNonNull(digest, "digest");
    }

    public M2tpOptions withMaxMessage(long bytes) {
        return new M2tpOptions(maxOpenGroups, bytes, reorderWindow, reorderTimeout, maxNackRounds, lossTolerant,
                ackTimeout, digest);
    }

    public M2tpOptions withAckTimeout(Duration timeout) {
        return new M2tpOptions(maxOpenGroups, maxMessage, reorderWindow, reorderTimeout, maxNackRounds, lossTolerant,
                timeout, digest);
    }

    public M2tpOptions withDigest(DigestAlgorithm algorithm) {
        return new M2tpOptions(maxOpenGroups, maxMessage, reorderWindow, reorderTimeout, maxNackRounds, lossTolerant,
                ackTimeout, algorithm);
    }
}
