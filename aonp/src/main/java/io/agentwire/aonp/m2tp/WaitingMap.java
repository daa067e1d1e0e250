package io.agentwire.aonp.m2tp;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A small map whose readers may wait a bounded time for a key. Over QUIC a group stream is not ordered with the
 * control stream, so a GROUP_OPEN may overtake the TRACK_OPEN of its track; the reader of the group stream waits
 * for the track instead of calling it unknown.
 */
public final class WaitingMap<K, V> {
    private final Map<K, V> entries = new HashMap<>();

    /** Adds an entry unless the key is present; returns the previous value, or null when added. */
    public synchronized V putIfAbsent(K key, V value) {
        V previous = entries.putIfAbsent(key, value);
        notifyAll();
        return previous;
    }

    public synchronized V remove(K key) {
        return entries.remove(key);
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    /** The value of {@code key}, waiting up to {@code wait} for it to appear; null when it does not. */
    public synchronized V await(K key, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        V value;
        while ((value = entries.get(key)) == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return value;
    }

    public synchronized void clear() {
        entries.clear();
    }
}
