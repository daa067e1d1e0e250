package io.agentwire.aonp.smip.session;

import java.util.ArrayDeque;
import java.util.Deque;

import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.wire.AonpProtocolException;

/**
 * The sending half of one direction: every sequenced frame stays here, encoded, until the peer acknowledges it.
 * Frames are queued, then in flight once written; a resume moves everything in flight back to the queue, so it is
 * written again on the new connection.
 */
public final class SendWindow {
    /** One encoded sequenced frame. */
    public record Entry(long seq, long type, byte[] payload) {
    }

    private final Deque<Entry> inFlight = new ArrayDeque<>();
    private final Deque<Entry> queued = new ArrayDeque<>();
    private long nextSeq = 1;
    private long acked;
    private long highestSent;

    /** The sequence number the next frame gets. */
    public long nextSeq() {
        return nextSeq;
    }

    /** Queues the frame numbered {@link #nextSeq()}. */
    public void append(long type, byte[] payload) {
        queued.addLast(new Entry(nextSeq++, type, payload));
    }

    /**
     * Forgets frames up to {@code upTo}. Acknowledging a frame never sent is BAD_SEQUENCE; an older
     * acknowledgement than one already seen changes nothing.
     */
    public void acknowledge(long upTo) {
        if (upTo > highestSent) {
            throw new AonpProtocolException(SmipErrorCodes.BAD_SEQUENCE,
                    "acknowledgement of " + upTo + " but only " + highestSent + " sent");
        }
        if (upTo <= acked) {
            return;
        }
        acked = upTo;
        while (!inFlight.isEmpty() && inFlight.peekFirst().seq() <= upTo) {
            inFlight.removeFirst();
        }
        while (!queued.isEmpty() && queued.peekFirst().seq() <= upTo) {
            queued.removeFirst();
        }
    }

    /** Puts every frame in flight back in front of the queue, for retransmission on a new connection. */
    public void rewind() {
        while (!inFlight.isEmpty()) {
            queued.addFirst(inFlight.removeLast());
        }
    }

    /** The next frame the peer's window admits, now counted as in flight; null when none. */
    public Entry poll(long peerWindow) {
        Entry next = queued.peekFirst();
        if (next == null || next.seq() > acked + peerWindow) {
            return null;
        }
        queued.removeFirst();
        inFlight.addLast(next);
        highestSent = Math.max(highestSent, next.seq());
        return next;
    }

    public long acked() {
        return acked;
    }

    /** Frames not yet acknowledged (queued or in flight). */
    public int unacknowledged() {
        return inFlight.size() + queued.size();
    }
}
