package io.agentwire.aonp.smip.wire;

/**
 * HEARTBEAT (0x24): proof of life, sent every heartbeat interval; it also repeats the cumulative acknowledgement.
 *
 * @param acked the highest sequence number the sender received in order
 */
public record Heartbeat(Long acked) implements SmipMessage {
    @Override
    public void check() {
        Checks.require(acked, "acked");
    }
}
