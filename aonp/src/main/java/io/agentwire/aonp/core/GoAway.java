package io.agentwire.aonp.core;

/**
 * GOAWAY (0x05): the sender will accept no new sessions or groups on this connection and finishes what is open.
 *
 * @param code   why, from the error code registry (NO_ERROR for a planned shutdown)
 * @param reason a human-readable explanation (optional)
 * @param moveTo an address where the peer may reconnect, such as {@code tcp://host:port} (optional)
 */
public record GoAway(long code, String reason, String moveTo) {
}
