package io.agentwire.aonp.m2tp.wire;

import java.util.List;

/**
 * NACK (0x18): the receiver of a datagram group asks for objects it has not received.
 *
 * @param track   the track ID
 * @param group   the group ID
 * @param missing the missing object IDs, ascending
 */
public record Nack(long track, long group, List<Long> missing) {
}
