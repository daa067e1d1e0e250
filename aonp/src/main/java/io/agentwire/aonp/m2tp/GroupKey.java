package io.agentwire.aonp.m2tp;

/** A group's identity on one link and direction. */
record GroupKey(long track, long group) {
}
