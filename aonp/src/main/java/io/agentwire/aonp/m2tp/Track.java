package io.agentwire.aonp.m2tp;

import java.util.concurrent.atomic.AtomicLong;

/** A track this side opened with {@link M2tpEndpoint#openTrack}; messages are sent on it as groups. */
public final class Track {
    private final long id;
    private final String name;
    private final boolean datagrams;
    private final AtomicLong nextGroup = new AtomicLong();

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

    long nextGroup() {
        return nextGroup.getAndIncrement();
    }

    @Override
    public String toString() {
        return "track " + id + " (" + name + ")";
    }
}
