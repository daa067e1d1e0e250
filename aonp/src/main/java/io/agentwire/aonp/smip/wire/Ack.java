package io.agentwire.aonp.smip.wire;

/**
 * ACK (0x25): cumulative acknowledgement of the peer's sequenced frames.
 *
 * @param acked the highest sequence number the sender received in order; everything up to it may be forgotten
 */
public record Ack(Long acked) implements SmipMessage {
    @Override
    public void check() {
        Checks.require(acked, "acked");
    }
}
