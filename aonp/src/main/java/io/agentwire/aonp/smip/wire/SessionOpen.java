package io.agentwire.aonp.smip.wire;

/**
 * SESSION_OPEN (0x20). Without {@code session} it asks for a new session; with {@code session} and {@code acked} it
 * resumes one.
 *
 * @param session   the id of the session to resume (16 bytes), absent for a new session
 * @param acked     resume only: the highest sequence number the sender received in order from the peer
 * @param window    how many unacknowledged sequenced frames the sender accepts from the peer
 * @param heartbeat the heartbeat interval the sender proposes, in milliseconds
 * @param lifetime  the resume lifetime the sender asks for, in milliseconds
 */
public record SessionOpen(byte[] session, Long acked, Long window, Long heartbeat, Long lifetime)
        implements SmipMessage {
    @Override
    public void check() {
        if (session != null) {
            Checks.require(acked, "acked");
            Checks.sessionId(session);
        }
    }
}
