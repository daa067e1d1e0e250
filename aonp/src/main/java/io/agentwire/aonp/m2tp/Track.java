package io.agentwire.aonp.m2tp;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/** A track this side opened with {@link M2tpEndpoint#openTrack}; messages are sent on it as groups. */
public final class Track {
    private final long id;
    private final String name;
    private final boolean datagrams;
    private final AtomicLong nextGroup = new AtomicLong();
    private final ReentrantLock groupOrder = new ReentrantLock();

    Track(long id, String name, boolean datagrams) {
        this.id = id;
        this.name = name;
        this.datagrams = datagrams;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Whether the track's objects travel as datagrams (loss-tolerant). */
    public boolean datagrams() {
        return datagrams;
    }

    /** Held from taking a Group ID until its GROUP_OPEN is written, so IDs leave in order. */
    ReentrantLock groupOrder() {
        return groupOrder;
    }

    long nextGroup() {
        return nextGroup.getAndIncrement();
    }

    @Override
    public String toString() {
        return "track " + id + " (" + name + ")";
    }
}
