package io.agentwire.aonp.m2tp.wire;

/**
 * GROUP_OPEN (0x12): starts one message on a track. Its objects follow on the same ordered path.
 *
 * @param track       the track ID
 * @param group       the group ID, increasing within the track
 * @param contentType the media type of the reassembled message (optional)
 * @param size        the message size in bytes when the sender knows it (optional)
 * @param name        a file or part name (optional)
 * @param digest      the digest algorithm of the group's GROUP_END, e.g. {@code "sha-256"} (optional; absent means
 *                    {@code "crc32c"})
 */
public record GroupOpen(long track, long group, String contentType, Long size, String name, String digest) {
}
