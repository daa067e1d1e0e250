package io.agentwire.mcp.transport.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The recent events of one logical SSE stream, kept so that a client can resume with {@code Last-Event-ID}
 * after its connection dropped. Bounded: the oldest events are forgotten first.
 */
final class EventLog {
    record Entry(long sequence, String data) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final int capacity;
    private long nextSequence = 1;

    EventLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized Entry append(String data) {
        Entry entry = new Entry(nextSequence++, data);
        entries.addLast(entry);
        if (entries.size() > capacity) {
            entries.removeFirst();
        }
        return entry;
    }

    /** The events after the given sequence number, oldest first. */
    synchronized List<Entry> after(long sequence) {
        List<Entry> out = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.sequence() > sequence) {
                out.add(entry);
            }
        }
        return out;
    }
}
