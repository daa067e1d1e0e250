package io.agentwire.aonp.m2tp.wire;

import java.util.List;

/**
 * GROUP_ACK (0x16): the receiver's verdict on one group, sent on the control path.
 *
 * @param track   the track ID
 * @param group   the group ID
 * @param code    NO_ERROR when the message was delivered and its digest verified, else the error
 * @param size    the bytes the receiver delivered
 * @param missing object IDs never received, for loss-tolerant datagram groups (optional)
 */
public record GroupAck(long track, long group, long code, long size, List<Long> missing) {
}
