package io.agentwire.aonp.m2tp.wire;

/**
 * GROUP_END (0x14): the message is complete; the receiver checks count, size and digest before it accepts it.
 *
 * @param track   the track ID
 * @param group   the group ID
 * @param objects the number of objects sent (object IDs 0 to objects - 1)
 * @param size    the total payload bytes of the group
 * @param digest  the digest, with the algorithm GROUP_OPEN named, of the concatenated object payloads in object ID
 *                order (4 bytes for CRC-32C, 32 for SHA-256)
 */
public record GroupEnd(long track, long group, long objects, long size, byte[] digest) {
}
