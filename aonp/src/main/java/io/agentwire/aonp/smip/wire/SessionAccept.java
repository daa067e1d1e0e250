package io.agentwire.aonp.smip.wire;

/**
 * SESSION_ACCEPT (0x21), the server's answer to SESSION_OPEN.
 *
 * @param session        the session id (new, or the one resumed)
 * @param resumed        whether an existing session was resumed
 * @param acked          the highest sequence number the server received in order from the client (0 for new)
 * @param window         how many unacknowledged sequenced frames the server accepts
 * @param maxInvocations how many invocations may be active at once
 * @param heartbeat      the heartbeat interval both sides use, in milliseconds
 * @param lifetime       how long the server keeps a detached session for resumption, in milliseconds
 */
public record SessionAccept(byte[] session, Boolean resumed, Long acked, Long window, Long maxInvocations,
        Long heartbeat, Long lifetime) implements SmipMessage {
    @Override
    public void check() {
        Checks.sessionId(Checks.require(session, "session"));
        Checks.require(resumed, "resumed");
        Checks.require(acked, "acked");
        Checks.positive(window, "window");
        Checks.positive(maxInvocations, "maxInvocations");
        Checks.positive(heartbeat, "heartbeat");
        Checks.require(lifetime, "lifetime");
    }
}
