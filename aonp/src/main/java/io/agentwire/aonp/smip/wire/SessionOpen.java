package io.agentwire.aonp.smip.wire;

/**
 * SESSION_OPEN (0x20). Without {@code session} it asks for a new session; with {@code session} and {@code acked} it
 * resumes one.
 *
 * @param session   the id of the session to resume (16 bytes), absent for a new session
 * @param acked     resume only: the highest sequence number the sender received in order from the peer
 * @param to        the agent name the session is with, for a gateway to route by (optional, srmp.md)
 * @param window    how many unacknowledged sequenced frames the sender accepts from the peer
 * @param heartbeat the heartbeat interval the sender proposes, in milliseconds
 * @param lifetime  the resume lifetime the sender asks for, in milliseconds
 * @param grant     an A2P grant reference that authorizes the whole session (optional, a2p.md)
 */
public record SessionOpen(byte[] session, Long acked, String to, Long window, Long heartbeat, Long lifetime,
        byte[] grant) implements SmipMessage {
    /** A new session with no target name and no grant. */
    public static SessionOpen fresh(Long window, Long heartbeat, Long lifetime) {
        return new SessionOpen(null, null, null, window, heartbeat, lifetime, null);
    }

    /** A resume of {@code session}, having received {@code acked} frames in order. */
    public static SessionOpen resume(byte[] session, long acked, Long window, Long heartbeat, Long lifetime) {
        return new SessionOpen(session, acked, null, window, heartbeat, lifetime, null);
    }

    @Override
    public void check() {
        if (session != null) {
            Checks.require(acked, "acked");
            Checks.sessionId(session);
        }
        Checks.grant(grant);
    }
}
