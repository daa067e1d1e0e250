package io.agentwire.aonp.smip.session;

import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.wire.AonpProtocolException;

/**
 * The receiving half of one direction: which sequence numbers arrived, which were acknowledged, and the dedup
 * rule that makes retransmission safe (a number at or below the highest received is a duplicate and is dropped).
 */
public final class ReceiveWindow {
    private final long window;
    private long received;
    private long acked;

    public ReceiveWindow(long window) {
        this.window = window;
    }

    /**
     * Admits sequence number {@code seq}: true when it is the next one (process it), false for a duplicate
     * (drop it). A gap is BAD_SEQUENCE (the path is ordered, so a gap is a peer bug); more than the window beyond
     * the last acknowledgement is WINDOW_EXCEEDED.
     */
    public boolean accept(long seq) {
        if (seq <= received) {
            return false;
        }
        if (seq != received + 1) {
            throw new AonpProtocolException(SmipErrorCodes.BAD_SEQUENCE,
                    "expected sequence " + (received + 1) + ", got " + seq);
        }
        if (seq > acked + window) {
            throw new AonpProtocolException(SmipErrorCodes.WINDOW_EXCEEDED,
                    "sequence " + seq + " beyond the window of " + window + " after " + acked);
        }
        received = seq;
        return true;
    }

    /** The highest sequence number received in order. */
    public long received() {
        return received;
    }

    public boolean needsAck() {
        return received > acked;
    }

    /** Whether half the window is unacknowledged, so the sender may soon stall without an ACK. */
    public boolean ackUrgent() {
        return received - acked >= Math.max(1, window / 2);
    }

    /** Records that {@link #received()} is being acknowledged and returns it. */
    public long takeAck() {
        acked = received;
        return acked;
    }

    public long window() {
        return window;
    }
}
