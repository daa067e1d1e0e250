package io.agentwire.aonp.m2tp.wire;

/**
 * GROUP_CANCEL (0x15): the sender abandons a group; the receiver discards what it has of it.
 *
 * @param track  the track ID
 * @param group  the group ID
 * @param code   why, from the error code registry
 * @param reason a human-readable explanation (optional)
 */
public record GroupCancel(long track, long group, long code, String reason) {
}
