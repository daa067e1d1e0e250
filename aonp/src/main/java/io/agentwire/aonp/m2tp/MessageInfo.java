package io.agentwire.aonp.m2tp;

/**
 * What a receiver learns about a message when it starts (from TRACK_OPEN and GROUP_OPEN).
 *
 * @param trackName   the sender's track name
 * @param track       the Track ID
 * @param group       the Group ID
 * @param contentType the media type, or null
 * @param size        the announced size, or null when the sender did not know it
 * @param name        a file or part name, or null
 * @param peer        the sending node's identifier, or null
 */
public record MessageInfo(String trackName, long track, long group, String contentType, Long size, String name,
        String peer) {
}
