package io.agentwire.aonp.m2tp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;

import io.netty.buffer.ByteBuf;

/**
 * The sender's bounded memory of recent datagram objects of one group, for answering NACKs
 * (spec/aonp/m2tp.md section 6). Older objects fall out and are no longer resent.
 */
final class Retransmissions {
    private record Sent(long id, int flags, ByteBuf payload) {
    }

    private final int capacity;
    private final Deque<Sent> recent = new ArrayDeque<>();
    private boolean closed;

    Retransmissions(int capacity) {
        this.capacity = capacity;
    }

    /** Keeps a copy of an object just sent. */
    synchronized void remember(long id, int flags, ByteBuf payload) {
        if (closed) {
            return;
        }
        recent.addLast(new Sent(id, flags, payload.copy()));
        if (recent.size() > capacity) {
            recent.removeFirst().payload().release();
        }
    }

    /** Resends the requested objects still remembered; {@code resend} gets (id and flags, payload copy). */
    synchronized void resend(List<Long> ids, BiConsumer<long[], ByteBuf> resend) {
        for (Sent sent : recent) {
            if (ids.contains(sent.id())) {
                resend.accept(new long[] {sent.id(), sent.flags()}, sent.payload().retainedDuplicate());
            }
        }
    }

    synchronized void release() {
        closed = true;
        recent.forEach(s -> s.payload().release());
        recent.clear();
    }
}
