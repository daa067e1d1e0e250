package io.agentwire.aonp.m2tp.wire;

/**
 * TRACK_CLOSE (0x11): the sender opens no more groups on the track; groups in flight still finish.
 *
 * @param track  the track ID
 * @param code   NO_ERROR, or why the track ended
 * @param reason a human-readable explanation (optional)
 */
public record TrackClose(long track, long code, String reason) {
}
