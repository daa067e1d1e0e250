package io.agentwire.aonp.m2tp.wire;

/**
 * The binary header of OBJECT (0x13) and OBJECT_DATAGRAM (0x17) frames: {@code Track ID (i), Group ID (i),
 * Object ID (i), Flags (8)}. Relays route on it without touching the payload behind it.
 *
 * @param track  the track ID
 * @param group  the group ID
 * @param object the object ID, 0 for the first chunk of the group
 * @param flags  bit 0x01 END_OF_GROUP marks the last object; other bits are reserved (sent as 0, ignored)
 */
public record ObjectHeader(long track, long group, long object, int flags) {
    public static final int END_OF_GROUP = 0x01;

    public boolean endOfGroup() {
        return (flags & END_OF_GROUP) != 0;
    }
}
